// Every rule on Bicep files: no crash, no hang, no leak. Each pathological input (inputs.ts), truncations and
// mutations of realistic files, and files full of generated secrets are linted with every rule on; the time of
// each input is printed. No message, suggestion or fix may hold a secret's value.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import { identifiableKey, legacyKey, sasToken, storageConnectionString } from '../../support/keys.js';
import { bicepCorpus, random } from './corpus.js';
import { INPUTS } from './inputs.js';

/** Every rule that serves Bicep (ESLint refuses to run a rule on a language its `meta.languages` does not list). */
const rules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) =>
      ((rule.meta as { languages?: readonly string[] } | undefined)?.languages ?? []).includes(
        'azure-ai-security/bicep',
      ),
    )
    .map(([name]): [string, Linter.RuleEntry] => [`azure-ai-security/${name}`, 'error']),
);
const config: Linter.Config[] = [
  { files: ['**/*.bicep'], plugins: { 'azure-ai-security': plugin }, language: 'azure-ai-security/bicep', rules },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];

function lint(text: string, filename = 'infra/main.bicep'): { messages: Linter.LintMessage[]; ms: number } {
  const linter = new Linter();
  const start = performance.now();
  const messages = linter.verify(text, config, filename);
  const ms = performance.now() - start;
  const fatal = messages.filter((m) => m.fatal === true || m.ruleId === null);
  expect(
    fatal.map((m) => m.message),
    filename,
  ).toEqual([]);
  return { messages, ms };
}

/**
 * ESLint keeps each node's ancestry while it walks (linear in the depth per node): chains 100k deep, which the
 * parser test reads, take seconds in ESLint itself. 10k shows the rules stay linear.
 */
const RULE_INPUTS: readonly [string, () => string][] = [
  ...INPUTS.filter(([name]) => !name.includes('(100k)')),
  ['member chain (10k)', () => `var a = x${'.b'.repeat(10_000)}\nvar after = 1`],
  ['?? chain (10k)', () => `var a = ${'x.?y ?? '.repeat(10_000)}1\nvar after = 1`],
  ['stray closers (100k)', () => `${')]}'.repeat(100_000)}\nvar after = 1`],
];

it('the rules that serve Bicep: the four iac-* rules, the two secret rules and the output rule', () => {
  expect(Object.keys(rules).sort()).toEqual(
    [
      'iac-customer-managed-key',
      'iac-disable-local-auth',
      'iac-private-network',
      'iac-restrict-outbound',
      'no-hardcoded-credential',
      'no-hardcoded-key',
      'no-secret-in-deployment-output',
    ].map((name) => `azure-ai-security/${name}`),
  );
});

describe('every rule on pathological Bicep input', () => {
  for (const [name, make] of RULE_INPUTS) {
    it(`${name}: no crash, bounded time`, () => {
      const { ms } = lint(make());
      console.log(`rules on ${name}: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(30_000);
    });
  }

  it('thousands of AI accounts and modules (2,000): bounded time, every one judged', () => {
    const text = Array.from(
      { length: 2000 },
      (_, i) =>
        `resource a${String(i)} 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  properties: { disableLocalAuth: false, publicNetworkAccess: 'Enabled' }\n}\n` +
        `module m${String(i)} 'br/public:avm/res/cognitive-services/account:0.7.0' = {\n  params: { disableLocalAuth: false }\n}\n`,
    ).join('');
    const { messages, ms } = lint(text);
    console.log(`rules on 2,000 accounts and modules: ${ms.toFixed(0)} ms`);
    expect(messages.filter((m) => m.ruleId === 'azure-ai-security/iac-disable-local-auth')).toHaveLength(4000);
    expect(ms).toBeLessThan(60_000);
  });
});

describe('every rule on damaged real shapes', () => {
  it('truncations and mutations of generated files never crash', () => {
    const rng = random(23);
    const files = bicepCorpus(8);
    for (let round = 0; round < 120; round++) {
      const source = (files[round % files.length] as { text: string }).text;
      const at = Math.floor(rng() * source.length);
      const insert =
        ["'", '{', '}', '[', ']', '(', '${', "'''", '/*', '\n', '?', '!', '=>', '@', ''][Math.floor(rng() * 15)] ?? '';
      const text =
        round % 2 === 0
          ? source.slice(0, at)
          : source.slice(0, at) + insert + source.slice(at + Math.floor(rng() * 30));
      lint(text);
    }
  });
});

describe('no secret leaves a Bicep report', () => {
  it('messages, suggestion descriptions and edits never hold the secret values', () => {
    const secrets = [identifiableKey('B'), legacyKey(), storageConnectionString(), sasToken()];
    const [openAi, hex, connection, sas] = secrets as [string, string, string, string];
    const text = [
      `param openAiKey string = '${openAi}'`,
      `@secure()\nparam speechKey string = '${hex}'`,
      `var conn = '${connection}'`,
      `var url = 'https://contoso.blob.core.windows.net/c?${sas}'`,
      `var header = 'x ${openAi} \${y}'`,
      "resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {",
      '  properties: {',
      `    apiProperties: { speechKey: '${hex}' }`,
      '  }',
      '}',
      'output key string = account.listKeys().key1',
      '',
    ].join('\n');
    const { messages } = lint(text);
    expect(messages.length).toBeGreaterThan(5);
    const texts = messages.flatMap((m) => [
      m.message,
      ...(m.suggestions ?? []).flatMap((s) => [s.desc, s.fix.text]),
      m.fix?.text ?? '',
    ]);
    for (const secret of secrets) {
      for (const piece of [secret, secret.slice(0, 16), secret.slice(-16)]) {
        expect(texts.filter((t) => t.includes(piece))).toEqual([]);
      }
    }
  });
});

interface Times {
  passes: { parse?: { total: number }; rules?: Record<string, { total: number }>; total?: number }[];
}

describe('the corpus', () => {
  it('lints a few hundred generated files; the cost of parsing and of every rule is printed', () => {
    const files = bicepCorpus(300);
    const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
    lint(files[0]!.text, files[0]!.name);
    const perRule = new Map<string, number>();
    let parse = 0;
    let total = 0;
    let findings = 0;
    const linter = new Linter();
    for (const file of files) {
      // `stats` is only recorded by verifyAndFix (without fixing, the text stays as it is).
      const options = { filename: file.name, stats: true, fix: false } as Linter.FixOptions;
      findings += linter.verifyAndFix(file.text, config, options).messages.length;
      const times = (linter as unknown as { getTimes(): Times }).getTimes();
      for (const pass of times.passes) {
        parse += pass.parse?.total ?? 0;
        total += pass.total ?? 0;
        for (const [rule, { total: ms }] of Object.entries(pass.rules ?? {}))
          perRule.set(rule, (perRule.get(rule) ?? 0) + ms);
      }
    }
    const rulesMs = [...perRule.values()].reduce((a, b) => a + b, 0);
    console.log(
      `rules on the corpus: ${String(files.length)} files, ${(bytes / 1e6).toFixed(2)} MB, ${total.toFixed(0)} ms in ESLint ` +
        `(parse ${parse.toFixed(0)} ms, rules ${rulesMs.toFixed(0)} ms, ${(rulesMs / files.length).toFixed(3)} ms per file), ${String(findings)} findings`,
    );
    for (const [rule, ms] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${ms.toFixed(1)} ms`);
    expect(findings).toBeGreaterThan(0);
    expect(perRule.size).toBe(Object.keys(rules).length);
  });
});
