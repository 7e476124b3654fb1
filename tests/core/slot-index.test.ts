// The slot index looks only at the ancestors of anchor tokens (no second walk); it must find exactly the slots,
// in the same order, that a full walk of the AST finds. Checked on the hardening samples, the rule tests' shapes
// below, and (when `npm run bench` has copied it) the benchmark corpus.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/core/ast.js';
import { isSpecificKeyName } from '../../src/core/names.js';
import type { SlotRole } from '../../src/core/sinks/catalogue.js';
import {
  type ParameterRole,
  parameterSlotsOf,
  SHAPE_ROLES,
  sinkIndex,
  slotsOf,
  specificSlotsOf,
  unnamedSlotsOf,
} from '../../src/core/sinks/index.js';
import { type Slot, slotLabel } from '../../src/core/sinks/slots.js';
import { collectByWalk, collectSyntacticSlots } from '../../src/core/sinks/syntactic.js';
import { samples } from '../hardening/samples.js';
import { legacyKey } from '../support/keys.js';

const describeSlot = (slot: Slot): string =>
  `${slot.role} ${String(slot.node.range)} ${slotLabel(slot)} ${slot.strength} ${slot.service ?? '-'}`;

interface Both {
  readonly indexed: string[];
  readonly walked: string[];
  /** Searched without key names, and the walk's slots that are not key-named. */
  readonly unnamed: string[];
  readonly walkedUnnamed: string[];
  /** Searched for specific key names only, and the walk's slots without the other key names. */
  readonly specific: string[];
  readonly walkedSpecific: string[];
  /** Through the index's API (which may share one search between modes), against the full index. */
  readonly api: {
    unnamed: string[];
    specific: string[];
    all: string[];
    allUnnamed: string[];
    allSpecific: string[];
    /** Slots of the roles only SDK parameters have, without a search, and from the full index. */
    parameters: string[];
    allParameters: string[];
  };
  /** The roles of the slots the full walk finds by shape. */
  readonly shapeRoles: string[];
}

const ROLES: SlotRole[] = [
  'key',
  'endpoint',
  'region',
  'credential',
  'clientSecret',
  'accountKey',
  'sas',
  'connectionString',
  'password',
  'token',
  'headers',
  'query',
];
const PARAMETER_ROLES = ROLES.filter(
  (role): role is ParameterRole => !(SHAPE_ROLES as readonly string[]).includes(role),
);
const isWanted = (s: Slot): boolean =>
  s.strength !== 'name' || (s.source.kind === 'named' && isSpecificKeyName(s.source.name));

/** Both slot lists of a file: indexed (anchors) and walked; undefined when it does not parse. */
function bothWays(code: string, options: Linter.Config['languageOptions'] = {}): Both | undefined {
  let result: Both | undefined;
  const probe = {
    meta: { type: 'problem', schema: [] },
    create: (context: Context): TSESLint.RuleListener => ({
      'Program:exit': () => {
        // The narrower searches first, so that they are not served from the full index.
        const apiParameters = parameterSlotsOf(context, ...PARAMETER_ROLES).map(describeSlot);
        const apiUnnamed = unnamedSlotsOf(context, ...ROLES).map(describeSlot);
        const apiSpecific = specificSlotsOf(context, ...ROLES).map(describeSlot);
        const full = slotsOf(context, ...ROLES);
        const { rowOf } = sinkIndex(context);
        const indexed: Slot[] = [];
        const walked: Slot[] = [];
        const unnamed: Slot[] = [];
        const specific: Slot[] = [];
        collectSyntacticSlots(context, indexed, rowOf);
        collectSyntacticSlots(context, unnamed, rowOf, 'none');
        collectSyntacticSlots(context, specific, rowOf, 'specific');
        collectByWalk(context, walked, rowOf);
        // The narrower searches must find every slot they are asked for, in the same order.
        const notNamed = (slots: Slot[]): string[] => slots.filter((s) => s.strength !== 'name').map(describeSlot);
        const specificOnly = (slots: Slot[]): string[] =>
          slots
            .filter((s) => s.strength !== 'name' || (s.source.kind === 'named' && isSpecificKeyName(s.source.name)))
            .map(describeSlot);
        result = {
          indexed: indexed.map(describeSlot),
          walked: walked.map(describeSlot),
          unnamed: notNamed(unnamed),
          walkedUnnamed: notNamed(walked),
          specific: specificOnly(specific),
          walkedSpecific: specificOnly(walked),
          api: {
            unnamed: apiUnnamed,
            specific: apiSpecific,
            all: full.map(describeSlot),
            allUnnamed: full.filter((s) => s.strength !== 'name').map(describeSlot),
            allSpecific: full.filter(isWanted).map(describeSlot),
            parameters: apiParameters,
            allParameters: full.filter((s) => (PARAMETER_ROLES as string[]).includes(s.role)).map(describeSlot),
          },
          shapeRoles: [...new Set(walked.map((s) => s.role))],
        };
      },
    }),
  };
  const config = {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', ...options },
    plugins: { p: { rules: { probe } } },
    rules: { 'p/probe': 'error' },
  } as unknown as Linter.Config;
  const messages = new Linter({ configType: 'flat' }).verify(code, [config], 'file.js');
  return messages.some((m) => m.fatal === true) ? undefined : result;
}

const key = legacyKey();
const SHAPES = [
  `const speechKey = "${key}"; headers["Ocp-Apim-Subscription-Key"] = k; h.set("api-key", k); url.searchParams.append("api-key", k);`,
  `const H = "api-key"; headers[H] = k; xhr.setRequestHeader(H, k); const o = { Authorization: "EndpointKey " + k, authorization: \`Bearer \${t}\` };`,
  `class C { apiKey = "${key}"; #subscriptionKey = k; } obj.translatorKey = k; let openaiKey; openaiKey = k;`,
  'cfg.setProperty(PropertyId.SpeechServiceConnection_Key, k); cfg.setProperty("SpeechServiceConnection_Region", r);',
  'import { AzureKeyCredential } from "@azure/core-auth"; const c = new AzureKeyCredential(a); c.update(b);',
  'const o = { "\\x61pi-key": k, [`api-key`]: k2, ["subscription" + "Key"]: k3 }; f({ key }); g({ KEY: 1 });',
  'function f() { return { nested: { deeper: { speechKey: k, list: [1, , { apiKey: k }] } } }; }',
  // Names that are not specific, repeated (each judged once), before the one that is.
  'const key = 1; f(key); g(key, key); o.key = key; const { key: cacheKey } = x; cacheKey.key = key; const speechKey = k;',
  'const a = { "api-key": 1 }, b = { "api-key": 2 }, c = { "key": 3 }; const d = { "key": 4, "speechKey": k };',
  // Header names that reach a binding (a default, a local function's or method's argument) and ones that cannot.
  'function put(name, v) { h.set(name, v); } put("Ocp-Apim-Subscription-Key", k); if (n === "api-key") {}',
  'function add(name = "api-key") { h.append(name, k); } add();',
  'class C { send(header) { this.req.setHeader(header, k); } go() { this.send("api-key"); } } h.get("authorization");',
  'const H = c ? "api-key" : "api-key"; h.set(H, t); let A; A = "Authorization"; x[A] = `Bearer ${t}`;',
  'class F { "api-key" = k1; ["Ocp-Apim-Subscription-Key"] = k2; } const h = { "api-key": k3 }; h.set("api-key", k4);',
  'function sendWith({ header }) { headers[header] = k; } sendWith({ header: "api-key" }); const l = ["api-key", k];',
  // A member named by a binding is a slot only when assigned; parentheses around the name do not change that.
  'const N = "speechKey"; o[(N)] = k; p[((N))] = k2; q[N] == k3; r[N] += k4; const v = s[N]; t[(N), N] = k5;',
  // SDK parameters: a credential, a query object and a headers object (roles no shape has).
  'import { AzureOpenAI } from "openai"; new AzureOpenAI({ endpoint: e, defaultQuery: { "api-key": k }, defaultHeaders: { "api-key": k } });',
  'import { TextAnalyticsClient, AzureKeyCredential } from "@azure/ai-text-analytics"; new TextAnalyticsClient(e, new AzureKeyCredential(k)); const h = { "api-key": k };',
];

describe('the slot index without a second walk', () => {
  it.each(SHAPES.map((code, i) => [i, code] as const))('finds what the full walk finds: shape %i', (_, code) => {
    const both = bothWays(code);
    expect(both).toBeDefined();
    expect(both?.walked.length).toBeGreaterThan(0);
    expect(both?.indexed).toEqual(both?.walked);
    expect(both?.unnamed).toEqual(both?.walkedUnnamed);
    expect(both?.specific).toEqual(both?.walkedSpecific);
    expect(both?.api.unnamed).toEqual(both?.api.allUnnamed);
    expect(both?.api.specific).toEqual(both?.api.allSpecific);
    expect(both?.api.parameters).toEqual(both?.api.allParameters);
    for (const role of both?.shapeRoles ?? []) expect(SHAPE_ROLES).toContain(role);
  });

  it.each(samples.filter((s) => s.parsers.includes('espree')).map((s) => [s.name, s] as const))(
    'finds what the full walk finds: sample %s',
    (_, sample) => {
      const jsx = sample.jsx === true ? { parserOptions: { ecmaFeatures: { jsx: true } } } : {};
      const both = bothWays(sample.code, { sourceType: sample.sourceType ?? 'module', ...jsx });
      if (both) expect(both.indexed).toEqual(both.walked);
      if (both) expect(both.unnamed).toEqual(both.walkedUnnamed);
      if (both) expect(both.specific).toEqual(both.walkedSpecific);
      if (both) expect(both.api.unnamed).toEqual(both.api.allUnnamed);
      if (both) expect(both.api.specific).toEqual(both.api.allSpecific);
      if (both) expect(both.api.parameters).toEqual(both.api.allParameters);
      for (const role of both?.shapeRoles ?? []) expect(SHAPE_ROLES).toContain(role);
    },
  );

  const corpus = path.resolve('bench/corpus');
  it.skipIf(!existsSync(corpus))(
    'finds what the full walk finds on the benchmark corpus (files with key-ish words)',
    () => {
      const files: string[] = [];
      const visit = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const full = path.join(dir, name);
          if (statSync(full).isDirectory()) visit(full);
          else if (/\.(?:c|m)?js$/.test(name) && statSync(full).size < 400_000) files.push(full);
        }
      };
      visit(corpus);
      let compared = 0;
      let withSlots = 0;
      let withUnnamed = 0;
      for (const file of files.sort().filter((_, i) => i % 5 === 0)) {
        const code = readFileSync(file, 'utf8');
        if (!/key|authorization|setProperty/i.test(code)) continue;
        const both = bothWays(code, {
          sourceType: file.includes(`${path.sep}commonjs${path.sep}`) ? 'commonjs' : 'module',
        });
        if (!both) continue;
        compared++;
        if (both.walked.length > 0) withSlots++;
        if (both.walkedUnnamed.length > 0) withUnnamed++;
        expect(both.indexed, file).toEqual(both.walked);
        expect(both.unnamed, file).toEqual(both.walkedUnnamed);
        expect(both.specific, file).toEqual(both.walkedSpecific);
        expect(both.api.unnamed, file).toEqual(both.api.allUnnamed);
        expect(both.api.specific, file).toEqual(both.api.allSpecific);
      }
      expect(compared).toBeGreaterThan(50);
      expect(withSlots).toBeGreaterThan(10);
      expect(withUnnamed).toBeGreaterThan(5);
    },
  );
});
