import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_ENV_TEMPLATE, envNameFor, envRead, type SettingRole } from './env-names.js';
import { ALLOW_FINGERPRINTS_SCHEMA } from './redact.js';
import { isLegacyKeyShape, looksLikeSecretValue } from './secrets.js';
import type { Leaf } from './values.js';

/** Shared option for rules that suggest an environment read. */
export interface EnvOptions {
  /** How to write the read; `{{name}}` is the variable name. */
  readonly envTemplate?: string;
}

export const ENV_TEMPLATE_SCHEMA = {
  type: 'string',
  pattern: '\\{\\{name\\}\\}',
  description: 'How a suggestion reads a setting; `{{name}}` is replaced by the variable name (default: a `process.env` read that throws when unset).',
} as const;

/** The options schema of the rules that report secrets (`SecretOptions` in core/redact). */
export const SECRET_OPTIONS_SCHEMA = [
  {
    type: 'object',
    properties: { envTemplate: ENV_TEMPLATE_SCHEMA, allowFingerprints: ALLOW_FINGERPRINTS_SCHEMA },
    additionalProperties: false,
  },
] as const;

/**
 * The fix that moves a literal to the environment: replaces the literal's source text (or, for
 * `process.env.X ?? "literal"`, the whole fallback expression, so the secret is not kept) with an env read.
 */
export function envReplacement(
  leaf: Extract<Leaf, { kind: 'string' }>,
  service: string | undefined,
  role: SettingRole,
  template: string | undefined,
): { name: string; fix: TSESLint.ReportFixFunction } {
  const fallback = leaf.fallback?.env.source === 'process.env' ? leaf.fallback : undefined;
  const name = usableEnvName(leaf.fallback?.env.variable) ?? envNameFor(leaf.name, service, role);
  const text = envRead(template ?? DEFAULT_ENV_TEMPLATE, name);
  // `process.env.X ?? "secret"`: replace the whole expression, so the secret does not stay as a fallback.
  const target: TSESTree.Node = fallback ? fallback.expression : leaf.node;
  const replacement = target.parent.type === AST_NODE_TYPES.JSXAttribute ? `{${text}}` : text;
  return { name, fix: (fixer) => fixer.replaceText(target, replacement) };
}

/**
 * The variable name the code already reads, when it can be reused as written: a plain identifier (so
 * `process.env.NAME` parses) that is not itself a pasted secret (it ends up in the suggestion's title).
 */
function usableEnvName(name: string | undefined): string | undefined {
  if (name === undefined || name.length > 100 || !/^[a-z_]\w*$/i.test(name)) return undefined;
  return looksLikeSecretValue(name) || isLegacyKeyShape(name) ? undefined : name;
}
