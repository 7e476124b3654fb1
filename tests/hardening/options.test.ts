// Bad configuration: every rule's options schema rejects unknown properties, wrong types and values outside
// enums/patterns with a clear message, so no unknown option value ever reaches a rule's `create`.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { NAMESPACE } from '../support/hardening.js';

interface PropertySchema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  items?: PropertySchema;
  properties?: Record<string, PropertySchema>;
  description?: string;
}

const linter = new Linter({ configType: 'flat' });

/** Lints a trivial file with the rule at these options; returns the configuration error, if any. */
function configError(name: string, options: unknown[]): string | undefined {
  const rules = { [`${NAMESPACE}/${name}`]: ['error', ...options] as Linter.RuleEntry };
  // A rule that lints only Bicep is configured on a Bicep file (ESLint refuses it on JavaScript).
  const languages = (plugin.rules[name as keyof typeof plugin.rules].meta?.languages ?? ['js/js']) as readonly string[];
  const bicep = !languages.includes('js/js');
  try {
    if (bicep)
      linter.verify(
        'var x = 1\n',
        [{ files: ['**/*.bicep'], plugins: { [NAMESPACE]: plugin }, language: `${NAMESPACE}/bicep`, rules }],
        'a.bicep',
      );
    else linter.verify('const x = 1;\n', [{ files: ['**/*.js'], plugins: { [NAMESPACE]: plugin }, rules }], 'a.js');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A value of a type the property does not allow (undefined when every JSON type is allowed). */
function wrongType(schema: PropertySchema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0 && !schema.enum) return undefined;
  for (const candidate of [42.5, 'not-a-valid-value', true, { unexpected: 1 }, ['unexpected']] as unknown[]) {
    const kind = Array.isArray(candidate) ? 'array' : typeof candidate === 'object' ? 'object' : typeof candidate;
    const allowed = types.length === 0 || types.some((t) => t === kind || (t === 'integer' && kind === 'number'));
    if (!allowed) return candidate;
    if (schema.enum && !schema.enum.includes(candidate)) return candidate;
  }
  return undefined;
}

const ruleEntries = Object.entries(rules);

describe('bad configuration is rejected by the schemas', () => {
  it('has rules to check', () => {
    expect(ruleEntries.length).toBeGreaterThan(0);
  });

  for (const [name, rule] of ruleEntries) {
    const schema = rule.meta.schema as PropertySchema[] | PropertySchema | false | undefined;
    const first = Array.isArray(schema) ? schema[0] : undefined;

    describe(name, () => {
      it('accepts its own default options', () => {
        expect(configError(name, [...(rule.meta.defaultOptions ?? [])])).toBeUndefined();
        expect(configError(name, [])).toBeUndefined();
      });

      if (!first) {
        it('takes no options, so any option is rejected', () => {
          const message = configError(name, [{ anything: true }]);
          expect(message).toBeDefined();
          expect(message).toContain(`${NAMESPACE}/${name}`);
        });
        return;
      }

      it('rejects an unknown property, naming the rule and the property', () => {
        const message = configError(name, [{ notAnOption: true }]);
        expect(message).toBeDefined();
        expect(message).toContain(`${NAMESPACE}/${name}`);
        expect(message).toMatch(/additional properties|notAnOption/i);
      });

      it('rejects a second options object and a non-object first option', () => {
        if (Array.isArray(schema) && schema.length === 1) expect(configError(name, [{}, {}])).toBeDefined();
        expect(configError(name, ['string-instead-of-object'])).toBeDefined();
      });

      for (const [property, propertySchema] of Object.entries(first.properties ?? {})) {
        it(`option ${property}: has a description and rejects a wrong type or value`, () => {
          expect(propertySchema.description, `${name}.${property} needs a description`).toBeTruthy();
          const bad = wrongType(propertySchema);
          if (bad !== undefined) {
            const message = configError(name, [{ [property]: bad }]);
            expect(message, `${name}: ${property}: ${JSON.stringify(bad)} was accepted`).toBeDefined();
            expect(message).toContain(`${NAMESPACE}/${name}`);
            // ESLint's ajv message: `Value 42.5 should be array.` (it names the value and the expected type).
            expect(message).toMatch(/should (?:be|match|NOT|have|equal)/i);
          }
          if (propertySchema.type === 'array' && propertySchema.items) {
            const item = wrongType(propertySchema.items);
            if (item !== undefined)
              expect(
                configError(name, [{ [property]: [item] }]),
                `${name}: ${property}: [${JSON.stringify(item)}] was accepted`,
              ).toBeDefined();
            if (propertySchema.items.pattern !== undefined) {
              expect(
                configError(name, [{ [property]: ['\u0000 clearly not matching \u0000'] }]),
                `${name}: ${property} item pattern`,
              ).toBeDefined();
            }
          }
          if (propertySchema.pattern !== undefined) {
            expect(
              configError(name, [{ [property]: '\u0000 clearly not matching \u0000' }]),
              `${name}: ${property} pattern`,
            ).toBeDefined();
          }
          if (propertySchema.enum) {
            expect(configError(name, [{ [property]: '__not_in_enum__' }]), `${name}: ${property} enum`).toBeDefined();
          }
        });
      }
    });
  }
});
