/** Options shared by several rules: their types, JSON schemas and normalisation. */

/** Options of the rules that report secrets: accept known test values by fingerprint, never by value. */
export interface SecretOptions {
  /** How a suggestion writes an environment read; `{{name}}` is the variable name. */
  readonly envTemplate?: string;
  readonly allowFingerprints?: readonly string[];
}

export const ALLOW_FINGERPRINTS_SCHEMA = {
  type: 'array',
  items: { type: 'string', pattern: '^(sha256:)?[0-9a-f]{8}$' },
  uniqueItems: true,
  description: 'Fingerprints (as printed in the message, `sha256:1a2b3c4d`) of known test values to accept.',
} as const;

/** The allow-listed fingerprints, normalised to the `sha256:` form the messages print. */
export function allowedFingerprints(options: SecretOptions): ReadonlySet<string> {
  return new Set((options.allowFingerprints ?? []).map((f) => (f.startsWith('sha256:') ? f : `sha256:${f}`)));
}

export const ENV_TEMPLATE_SCHEMA = {
  type: 'string',
  pattern: '\\{\\{name\\}\\}',
  description:
    'How a suggestion reads a setting; `{{name}}` is replaced by the variable name (default: a `process.env` read that throws when unset).',
} as const;

/** The options schema of the rules that report secrets (`SecretOptions`). */
export const SECRET_OPTIONS_SCHEMA = [
  {
    type: 'object',
    properties: { envTemplate: ENV_TEMPLATE_SCHEMA, allowFingerprints: ALLOW_FINGERPRINTS_SCHEMA },
    additionalProperties: false,
  },
] as const;

/** Options of the iac-* rules. */
export interface IacOptions {
  /** Bicep: report a setting that comes from a parameter without a default. */
  readonly strictParameters?: boolean;
}

/** The options schema of the iac-* rules (`IacOptions`). */
export const IAC_OPTIONS_SCHEMA = [
  {
    type: 'object',
    properties: {
      strictParameters: {
        type: 'boolean',
        description:
          'Bicep: also report a setting whose value comes from a parameter without a default (the deployment supplies it).',
      },
    },
    additionalProperties: false,
  },
] as const;
