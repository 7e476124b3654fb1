// No hang: 1 MB strings and templates, long key-like runs, repeated secret markers, deep nesting and
// thousands of sinks, each linted once by the `all` preset. There is no timing assertion (the test timeout
// is the only bound); the time of every input and of every rule on it is printed (ESLint `stats`), which is
// the benchmark. The self-lint config must keep eslint-plugin-regexp's super-linear checks on src.
import { ESLint, Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { ROOT, configFor, languageOptions } from '../support/hardening.js';

const MB = 1_000_000;
const rep = (s: string, total = MB): string => s.repeat(Math.ceil(total / s.length)).slice(0, total);
const many = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n');

const IMPORTS = `import { AzureKeyCredential } from "@azure/core-auth";
import { AzureOpenAI } from "openai";
import * as sdk from "microsoft-cognitiveservices-speech-sdk";
import { ClientSecretCredential } from "@azure/identity";
import { BlobServiceClient } from "@azure/storage-blob";
import * as azure from "@pulumi/azure-native";
import https from "node:https";
`;

const HEX = '0123456789abcdef';
const INPUTS: readonly [string, () => string][] = [
  ['1 MB string in a key slot', () => `new AzureKeyCredential("${rep('a')}");`],
  [
    '1 MB hex in a key-named binding',
    () => `const speechKey = "${rep(HEX)}"; sdk.SpeechConfig.fromSubscription(speechKey, "westus");`,
  ],
  [
    '1 MB of 0 in key slots',
    () =>
      `const z = "${rep('0')}"; new AzureOpenAI({ apiKey: z, endpoint: z }); fetch(z, { headers: { "api-key": z } }); sdk.SpeechConfig.fromSubscription(z, z);`,
  ],
  [
    '1 MB template with JQQJ99 runs',
    () => `const apiKey = \`${rep('JQQJ99')}\${x}${rep('JQQJ99', 1000)}\`; new AzureOpenAI({ apiKey });`,
  ],
  ['1 MB JQQJ99 in a comment', () => `// ${rep('JQQJ99')}\nconst x = 1;`],
  ['1 MB key-alphabet run in a string', () => `const value = "${rep('aB3dE5gH7jK9mN1pQ3sT5vW7yZ9')}";`],
  [
    '1 MB base64 run after AccountKey=',
    () => `BlobServiceClient.fromConnectionString("AccountKey=${rep('aB3+/9zQ')}");`,
  ],
  [
    'AccountKey= repeated (1 MB)',
    () => `const s = "${rep('AccountKey=')}";\nconst t = "${rep(';SharedAccessKey=a1', MB / 2)}";`,
  ],
  ['sig= and sv= repeated (1 MB)', () => `fetch("https://a.blob.core.windows.net/c?${rep('sv=1&sig=a1%3D&')}");`],
  [
    '8Q~ repeated (1 MB)',
    () => `new ClientSecretCredential("t", "c", "${rep('ab8Q~')}"); const s = "${rep('8Q~', MB / 2)}";`,
  ],
  [
    'eyJ. repeated (1 MB)',
    () => `const token = "${rep('eyJ.')}"; fetch(u, { headers: { Authorization: "Bearer " + token } });`,
  ],
  ['1 MB URL to an Azure AI host', () => `new AzureOpenAI({ endpoint: "http://${rep('a.')}openai.azure.com" });`],
  [
    'http:// repeated (1 MB)',
    () => `const u = "${rep('http://')}"; fetch(u); const w = "${rep('ws://x.openai.azure.com/', MB / 2)}";`,
  ],
  [
    'subscription-key= repeated (1 MB)',
    () => `fetch("https://x.cognitiveservices.azure.com/?${rep('subscription-key=0123&')}");`,
  ],
  ['1 MB of whitespace and newlines', () => `${rep(' \n\t')}new AzureKeyCredential(k);`],
  ['1 MB block comment of stars', () => `/*${rep('*')}*/ new AzureKeyCredential(k);`],
  ['1 MB regular expression', () => `const r = /${rep('a|b')}/u; new AzureKeyCredential(r.source);`],
  [
    'deeply nested options (500)',
    () => `new AzureOpenAI(${'{ a: '.repeat(500)}{ apiKey: "${rep(HEX, 32)}" }${' }'.repeat(500)});`,
  ],
  [
    'nested headers object (500)',
    () => `fetch(u, { headers: ${'{ x: '.repeat(500)}{ "api-key": "${rep(HEX, 32)}" }${' }'.repeat(500)} });`,
  ],
  // eslint-scope itself recurses per member: much deeper chains overflow its stack before any rule runs.
  ['member chain (1,000)', () => `const v = a${'.b'.repeat(1000)}; new AzureKeyCredential(v${'?.c'.repeat(500)});`],
  [
    'binding chain (2,000)',
    () =>
      `const a0 = "${rep(HEX, 32)}";\n${many(2000, (i) => `const a${String(i + 1)} = a${String(i)};`)}\nnew AzureKeyCredential(a2000);`,
  ],
  [
    '?? fallback chain (2,000)',
    () =>
      `new AzureKeyCredential(${many(2000, (i) => `process.env.K${String(i)}`).replace(/\n/g, ' ?? ')} ?? "${rep(HEX, 32)}");`,
  ],
  [
    'string concatenation (3,000)',
    () => `const apiKey = ${many(3000, () => '"ab"').replace(/\n/g, ' + ')}; new AzureOpenAI({ apiKey });`,
  ],
  [
    'spread chain (1,000)',
    () =>
      `const o0 = { apiKey: "${rep(HEX, 32)}" };\n${many(1000, (i) => `const o${String(i + 1)} = { ...o${String(i)}, x${String(i)}: 1 };`)}\nnew AzureOpenAI(o1000);`,
  ],
  [
    'property reference cycle',
    () => `const a = { k: b.k }; const b = { k: a.k }; let c = d; let d = c; new AzureKeyCredential(a.k ?? c ?? d);`,
  ],
  [
    'thousands of header objects (5,000)',
    () =>
      many(
        5000,
        (i) =>
          `fetch(u${String(i)}, { headers: { "Ocp-Apim-Subscription-Key": "${rep(HEX, 32)}", "x-${String(i)}": k } });`,
      ),
  ],
  [
    'thousands of SDK calls (3,000)',
    () =>
      many(
        3000,
        (i) =>
          `new AzureOpenAI({ apiKey: process.env.K${String(i)} ?? "${rep(HEX, 32)}", endpoint: "http://r${String(i)}.openai.azure.com" }); sdk.SpeechConfig.fromSubscription(k${String(i)}, "westus").enableAudioLogging();`,
      ),
  ],
  [
    'thousands of TLS options (3,000)',
    () =>
      many(
        3000,
        (i) =>
          `https.request({ rejectUnauthorized: ${String(i % 2 === 0)}, minVersion: "TLSv1", secureProtocol: "TLSv1_method" }); process.env.NODE_TLS_REJECT_UNAUTHORIZED = "${String(i % 2)}";`,
      ),
  ],
  [
    'thousands of logs of key-named values (3,000)',
    () =>
      many(
        3000,
        (i) =>
          `const apiKey${String(i)} = process.env.VITE_KEY_${String(i)}; console.log(apiKey${String(i)}, \`\${apiKey${String(i)}}\`);`,
      ),
  ],
  [
    'thousands of IaC accounts (2,000)',
    () =>
      many(
        2000,
        (i) =>
          `new azure.cognitiveservices.Account("a${String(i)}", { kind: "OpenAI", properties: { disableLocalAuth: false, publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow" } } });`,
      ),
  ],
  [
    'thousands of identifiers with key names (5,000)',
    () =>
      many(
        5000,
        (i) =>
          `let speechKey${String(i)} = "k${String(i)}"; const obj${String(i)} = { apiKey: "v", ["subscriptionKey"]: speechKey${String(i)} };`,
      ),
  ],
];

interface Row {
  readonly input: string;
  readonly bytes: number;
  readonly parseMs: number;
  readonly rulesMs: number;
  readonly slowest: string;
}
const rows: Row[] = [];
const perRule = new Map<string, number>();
const linter = new Linter({ configType: 'flat' });

describe('no hang on huge or pathological input', () => {
  it('has rules to run', () => {
    expect(Object.keys(rules).length).toBeGreaterThan(0);
  });

  for (const [label, make] of INPUTS) {
    it(`finishes: ${label}`, () => {
      const code = IMPORTS + make();
      let messages: Linter.LintMessage[] = [];
      let error: unknown;
      try {
        // `stats` (per-rule times) is recorded by verifyAndFix only; `fix: false` keeps it to one pass.
        const options: Linter.FixOptions & { stats: boolean } = { filename: 'huge.js', stats: true, fix: false };
        messages = linter.verifyAndFix(code, configFor(languageOptions('espree')), options).messages;
      } catch (e) {
        error = e;
      }
      expect(
        error === undefined ? undefined : ((error as Error).stack ?? (error as Error).message).slice(0, 1500),
      ).toBeUndefined();
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      const pass = linter.getTimes().passes[0];
      const ruleTimes = Object.entries(pass?.rules ?? {}).map(
        ([id, t]) => [id.replace(/^azure-ai-security\//, ''), t.total] as const,
      );
      for (const [id, ms] of ruleTimes) perRule.set(id, (perRule.get(id) ?? 0) + ms);
      const [slowId, slowMs] = [...ruleTimes].sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
      rows.push({
        input: label,
        bytes: code.length,
        parseMs: pass?.parse?.total ?? 0,
        rulesMs: ruleTimes.reduce((n, [, ms]) => n + ms, 0),
        slowest: `${slowId} ${slowMs.toFixed(0)} ms`,
      });
    });
  }

  afterAll(() => {
    const lines = rows.map(
      (r) =>
        `  ${r.input.padEnd(48)} ${(r.bytes / MB).toFixed(2).padStart(5)} MB  parse ${r.parseMs.toFixed(0).padStart(5)} ms  rules ${r.rulesMs.toFixed(0).padStart(5)} ms  slowest ${r.slowest}`,
    );
    const total = [...perRule.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([id, ms]) => `  ${id.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms`);
    console.log(
      `[no-hang] per input (all rules, espree, one pass):\n${lines.join('\n')}\n[no-hang] per rule, all inputs:\n${total.join('\n')}`,
    );
  });
});

describe('linear regular expressions', () => {
  it('the self-lint config turns on the super-linear checks for src', async () => {
    // Read the config array itself (not ESLint's calculated config, which would also validate the
    // @eslint/js 10 rules under the ESLint 9 compatibility run).
    const { default: configs } = (await import(`${ROOT}eslint.config.js`)) as { default: Linter.Config[] };
    const level = (id: string): unknown =>
      configs
        .filter((c) => (c.files ?? []).flat().includes('src/**/*.ts') && c.rules?.[id] !== undefined)
        .map((c) => {
          const entry = c.rules?.[id];
          return Array.isArray(entry) ? entry[0] : entry;
        })
        .at(-1);
    for (const id of ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'])
      expect([2, 'error']).toContain(level(id));
  });

  it('every regular expression in src passes them', async () => {
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['src/**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { regexp },
          // Inline directives name rules of the full self-lint (eslint-plugin/...) that this config does not load, and no
          // directive may switch the two checks off here.
          linterOptions: { noInlineConfig: true },
          rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
        },
      ],
    });
    const results = await eslint.lintFiles(['src/**/*.ts']);
    expect(results.length).toBeGreaterThan(0);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.fatal === true || m.ruleId?.startsWith('regexp/') === true)
        .map((m) => `${r.filePath.slice(ROOT.length)}:${String(m.line)} ${m.ruleId ?? ''} ${m.message}`),
    );
    expect(found).toEqual([]);
  });
});
