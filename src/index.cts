// The CommonJS entry (`require('eslint-plugin-azure-ai-security')`, e.g. from an eslint.config.cjs): the ES module's
// default export itself, so `.default` is not needed and both entries give the same plugin object.
import esm = require('./index.js');

// The ES entry's types, for CommonJS TypeScript configs (`import type { RulesConfig } from '…'`).
declare namespace plugin {
  export type AzureAiSecurityPlugin = esm.AzureAiSecurityPlugin;
  export type PresetName = esm.PresetName;
  export type RuleName = esm.RuleName;
  export type RuleOptions = esm.RuleOptions;
  export type RuleEntry<Options extends readonly unknown[]> = esm.RuleEntry<Options>;
  export type RulesConfig = esm.RulesConfig;
  export type Severity = esm.Severity;
  export type SecretRuleOptions = esm.SecretRuleOptions;
  export type IacRuleOptions = esm.IacRuleOptions;
  export type NoStoredCompletionsOptions = esm.NoStoredCompletionsOptions;
  export type NoClientExposedKeyOptions = esm.NoClientExposedKeyOptions;
  export type NoPlaintextEndpointOptions = esm.NoPlaintextEndpointOptions;
  export type PreferEnvConfigOptions = esm.PreferEnvConfigOptions;
}
const plugin = esm.default;

export = plugin;
