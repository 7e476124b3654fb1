// Rule options as types, for users who type-check their eslint.config.ts. No imports: this file is the part of the
// package's types that needs nothing else, and the rules may import their option interfaces from it.

/** A rule's severity, as ESLint accepts it. */
export type Severity = 0 | 1 | 2 | 'off' | 'warn' | 'error';

/** `no-hardcoded-key`, `no-hardcoded-credential`. */
export interface SecretRuleOptions {
  /** How a suggestion reads the setting; `{{name}}` is replaced by the environment variable name. */
  readonly envTemplate?: string;
  /** Fingerprints (`sha256:1a2b3c4d`, as the messages print them) of known test values to accept. */
  readonly allowFingerprints?: readonly string[];
}

/** `iac-customer-managed-key`, `iac-disable-local-auth`, `iac-private-network`, `iac-restrict-outbound`. */
export interface IacRuleOptions {
  /** Bicep: also report a setting whose value comes from a parameter without a default. Default `false`. */
  readonly strictParameters?: boolean;
}

/** `no-client-exposed-key`. */
export interface NoClientExposedKeyOptions {
  /** Treat every `import.meta.env` read as public (client code). Default `true`. */
  readonly anyImportMetaEnv?: boolean;
}

/** `no-plaintext-endpoint`. */
export interface NoPlaintextEndpointOptions {
  /** Allow `http://` and `ws://` for loopback hosts. Default `true`. */
  readonly allowLocalhost?: boolean;
}

/** `no-stored-completions`. */
export interface NoStoredCompletionsOptions {
  /** Allow Responses API calls that store their response (the service default). Default `false`. */
  readonly allowResponsesStorage?: boolean;
}

/** `prefer-env-config`. */
export interface PreferEnvConfigOptions {
  /** How a suggestion reads the setting; `{{name}}` is replaced by the environment variable name. */
  readonly envTemplate?: string;
}

/** Each rule's options after the severity (`[]` for a rule without options). */
export interface RuleOptions {
  'iac-customer-managed-key': [IacRuleOptions?];
  'iac-disable-local-auth': [IacRuleOptions?];
  'iac-private-network': [IacRuleOptions?];
  'iac-restrict-outbound': [IacRuleOptions?];
  'no-audio-logging': [];
  'no-client-exposed-key': [NoClientExposedKeyOptions?];
  'no-disabled-certificate-validation': [];
  'no-hardcoded-credential': [SecretRuleOptions?];
  'no-hardcoded-key': [SecretRuleOptions?];
  'no-insecure-tls-version': [];
  'no-key-in-query': [];
  'no-plaintext-endpoint': [NoPlaintextEndpointOptions?];
  'no-secret-in-deployment-output': [];
  'no-secret-in-log': [];
  'no-stored-completions': [NoStoredCompletionsOptions?];
  'prefer-entra-id': [];
  'prefer-env-config': [PreferEnvConfigOptions?];
}

export type RuleName = keyof RuleOptions;

/** One rule's setting: a severity, or a severity followed by the rule's options. */
export type RuleEntry<Options extends readonly unknown[]> = Severity | [Severity, ...Options];

/**
 * The `rules` of a config object, typed: `{ rules: { ... } satisfies RulesConfig }` in an eslint.config.ts makes a
 * misspelt rule name or option a type error.
 */
export type RulesConfig = { [Name in RuleName as `azure-ai-security/${Name}`]?: RuleEntry<RuleOptions[Name]> };
