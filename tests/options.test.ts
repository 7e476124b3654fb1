// The option types users get (src/options.ts) match the options each rule reads: checked by the type-check
// (`npm run typecheck` covers tests/), and by the rules' schemas at run time.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RuleName, RuleOptions } from '../src/options.js';
import { rules } from '../src/rules/index.js';
import type { PluginRule } from '../src/utils/create-rule.js';

type Rules = typeof rules;
/** The options object a rule's `create` receives (readonly-ness aside). */
type RuleObject<Name extends RuleName> =
  Rules[Name] extends PluginRule<[infer Options], string> ? Partial<Options> : never;
/** The options object users write. */
type UserObject<Name extends RuleName> = RuleOptions[Name] extends [(infer Options)?]
  ? Partial<NonNullable<Options>>
  : never;
type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

describe('typed rule options', () => {
  it('src/options.ts types the options of every rule as the rule reads them', () => {
    expectTypeOf<keyof Rules>().toEqualTypeOf<RuleName>();
    expectTypeOf<Writable<UserObject<'iac-customer-managed-key'>>>().toEqualTypeOf<
      Writable<RuleObject<'iac-customer-managed-key'>>
    >();
    expectTypeOf<Writable<UserObject<'iac-disable-local-auth'>>>().toEqualTypeOf<
      Writable<RuleObject<'iac-disable-local-auth'>>
    >();
    expectTypeOf<Writable<UserObject<'iac-private-network'>>>().toEqualTypeOf<
      Writable<RuleObject<'iac-private-network'>>
    >();
    expectTypeOf<Writable<UserObject<'iac-restrict-outbound'>>>().toEqualTypeOf<
      Writable<RuleObject<'iac-restrict-outbound'>>
    >();
    expectTypeOf<Writable<UserObject<'no-client-exposed-key'>>>().toEqualTypeOf<
      Writable<RuleObject<'no-client-exposed-key'>>
    >();
    expectTypeOf<Writable<UserObject<'no-hardcoded-credential'>>>().toEqualTypeOf<
      Writable<RuleObject<'no-hardcoded-credential'>>
    >();
    expectTypeOf<Writable<UserObject<'no-hardcoded-key'>>>().toEqualTypeOf<Writable<RuleObject<'no-hardcoded-key'>>>();
    expectTypeOf<Writable<UserObject<'no-plaintext-endpoint'>>>().toEqualTypeOf<
      Writable<RuleObject<'no-plaintext-endpoint'>>
    >();
    expectTypeOf<Writable<UserObject<'no-stored-completions'>>>().toEqualTypeOf<
      Writable<RuleObject<'no-stored-completions'>>
    >();
    expectTypeOf<Writable<UserObject<'prefer-env-config'>>>().toEqualTypeOf<
      Writable<RuleObject<'prefer-env-config'>>
    >();
  });

  it('names in src/options.ts every option of every rule schema, and rules without options take none', () => {
    const optionNames: Record<RuleName, readonly string[]> = {
      'iac-customer-managed-key': ['strictParameters'],
      'iac-disable-local-auth': ['strictParameters'],
      'iac-private-network': ['strictParameters'],
      'iac-restrict-outbound': ['strictParameters'],
      'no-audio-logging': [],
      'no-client-exposed-key': ['anyImportMetaEnv'],
      'no-disabled-certificate-validation': [],
      'no-hardcoded-credential': ['envTemplate', 'allowFingerprints'],
      'no-hardcoded-key': ['envTemplate', 'allowFingerprints'],
      'no-insecure-tls-version': [],
      'no-key-in-query': [],
      'no-plaintext-endpoint': ['allowLocalhost'],
      'no-secret-in-deployment-output': [],
      'no-secret-in-log': [],
      'no-stored-completions': ['allowResponsesStorage'],
      'prefer-entra-id': [],
      'prefer-env-config': ['envTemplate'],
    };
    for (const [name, rule] of Object.entries(rules)) {
      const schema = rule.meta.schema;
      const [first] = Array.isArray(schema) ? (schema as { properties?: Record<string, unknown> }[]) : [];
      expect(Object.keys(first?.properties ?? {}).sort(), name).toEqual([...optionNames[name as RuleName]].sort());
    }
  });
});
