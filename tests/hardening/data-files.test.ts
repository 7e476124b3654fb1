// Hardening for the JSON and .env languages: no secret reaches a message, a suggestion title or SARIF; no rule
// crashes on broken, binary or huge input; nothing takes long on 1 MB values full of secret markers. Every rule
// that lints the language runs (the `all-json` preset, and every .env rule). Secrets are generated at run time.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { DOTENV_LANGUAGE } from '../../src/languages/ids.js';
import {
  clientSecret,
  identifiableKey,
  jwt,
  legacyKey,
  sasSignature,
  sharedAccessKey,
  storageAccountKey,
} from '../support/keys.js';
import { ROOT } from '../support/hardening.js';

type SarifFormatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;
const sarif = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif') as SarifFormatter;

const configs = plugin.configs as unknown as Record<string, Linter.Config[]>;
const dotenvRules = Object.entries(plugin.rules)
  .filter(([, rule]) => (rule.meta as { languages?: string[] }).languages?.includes(DOTENV_LANGUAGE))
  .map(([name]): [string, Linter.RuleSeverity] => [`azure-ai-security/${name}`, 'error']);
const CONFIG: Linter.Config[] = [
  ...(configs['all-json'] ?? []),
  {
    files: ['**/.env', '**/.env.*'],
    plugins: { 'azure-ai-security': plugin },
    language: DOTENV_LANGUAGE,
    rules: Object.fromEntries(dotenvRules),
  },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];

interface Secret {
  readonly kind: string;
  readonly value: string;
  /** The parts that must never be printed. */
  readonly cores: readonly string[];
}

function secrets(): Secret[] {
  const account = storageAccountKey();
  const shared = sharedAccessKey();
  const sig = sasSignature();
  const token = jwt();
  const [, payload = '', signature = ''] = token.split('.');
  const legacy = legacyKey();
  return [
    { kind: 'legacy key', value: legacy, cores: [legacy] },
    ...['B', 'Y', 'b'].map((letter) => {
      const key = identifiableKey(letter);
      return { kind: `identifiable key ${letter}`, value: key, cores: [key] };
    }),
    {
      kind: 'storage connection string',
      value: `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${account};EndpointSuffix=core.windows.net`,
      cores: [account],
    },
    {
      kind: 'service bus connection string',
      value: `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${shared}`,
      cores: [shared],
    },
    {
      kind: 'SAS URL',
      value: `https://contoso.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&se=2030-01-01T00:00:00Z&sig=${sig}`,
      cores: [sig, decodeURIComponent(sig)],
    },
    ...[8, 7].map((version) => {
      const secret = clientSecret(version as 7 | 8);
      return { kind: `client secret ${String(version)}Q~`, value: secret, cores: [secret] };
    }),
    { kind: 'JWT', value: token, cores: [payload, signature] },
  ];
}

const PIECE = 12;
function leaks(text: string, all: readonly Secret[]): string[] {
  return all.flatMap((secret) =>
    secret.cores.some((core) =>
      Array.from({ length: Math.max(0, core.length - PIECE + 1) }, (_, i) => core.slice(i, i + PIECE)).some((p) =>
        text.includes(p),
      ),
    )
      ? [secret.kind]
      : [],
  );
}

/** The places a secret sits in JSON and .env files, the value standing for it. */
function jsonFiles(value: string): [string, string][] {
  const json = JSON.stringify(value).slice(1, -1);
  return [
    [
      'local.settings.json',
      `{ "Values": { "SPEECH_KEY": "${json}", "AzureWebJobsStorage": "${json}", "${json}": "${json}" }, "ConnectionStrings": { "Db": "${json}" } }`,
    ],
    [
      'appsettings.Production.json',
      `{\n  // comment ${json}\n  "AzureOpenAI": { "ApiKey": "${json}" }, "AzureAd": { "ClientSecret": "${json}" }, "OpenAI:ApiKey": "${json}", "Auth": { "AccessToken": "Bearer ${json}" }\n}`,
    ],
    [
      'azuredeploy.parameters.json',
      `{ "parameters": { "speechKey": { "value": "${json}" }, "adminPassword": { "value": "${json}" } } }`,
    ],
    [
      'package.json',
      `{ "name": "x", "config": { "apiKey": "${json}" }, "scripts": { "start": "NODE_TLS_REJECT_UNAUTHORIZED=0 API_KEY=${json} node --tls-min-v1.0 app.js" } }`,
    ],
    ['data.json', `["${json}", { "nested": [{ "key": "${json}" }] }]`],
  ];
}

function dotenvFiles(value: string): [string, string][] {
  return [
    [
      '.env',
      `SPEECH_KEY=${value}\nexport AZURE_OPENAI_API_KEY="${value}" # ${value}\nAZURE_STORAGE_CONNECTION_STRING='${value}'\nVITE_SPEECH_KEY=${value}\n${value}=x\nAZURE_CLIENT_SECRET=${value}\nACCESS_TOKEN=${value}\n`,
    ],
    ['.env.example', `NEXT_PUBLIC_TRANSLATOR_KEY=\`${value}\`\nNOTES="multi\nline ${value}"\n`],
  ];
}

describe('JSON and .env: no secret reaches any output', () => {
  const all = secrets();
  const results: ESLint.LintResult[] = [];
  let sarifText = '';

  beforeAll(async () => {
    const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG });
    for (const [index, secret] of all.entries()) {
      for (const [name, code] of [...jsonFiles(secret.value), ...dotenvFiles(secret.value)]) {
        results.push(...(await eslint.lintText(code, { filePath: join(ROOT, 'leak', String(index), name) })));
      }
    }
    sarifText = sarif(results, { cwd: ROOT, rulesMeta: eslint.getRulesMetaForResults(results) });
  });

  it('the rules report every secret kind in both languages (so this test can fail)', () => {
    for (const result of results)
      expect(
        result.messages.filter((m) => m.fatal),
        result.filePath,
      ).toEqual([]);
    for (const [index, secret] of all.entries()) {
      const reported = results.filter((r) => r.filePath.includes(`/leak/${String(index)}/`)).flatMap((r) => r.messages);
      expect(reported.length, `${secret.kind} was not reported`).toBeGreaterThan(0);
    }
    // Each language reports: JSON settings files and .env files alike.
    for (const name of ['local.settings.json', 'appsettings.Production.json', 'package.json', '.env', '.env.example']) {
      expect(
        results.some((r) => r.filePath.endsWith(`/${name}`) && r.messages.length > 0),
        name,
      ).toBe(true);
    }
    const rules = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect([...rules].sort()).toEqual([
      'azure-ai-security/no-client-exposed-key',
      'azure-ai-security/no-disabled-certificate-validation',
      'azure-ai-security/no-hardcoded-credential',
      'azure-ai-security/no-hardcoded-key',
      'azure-ai-security/no-insecure-tls-version',
    ]);
  });

  it('no message, suggestion title or SARIF output holds a piece of a secret', () => {
    const found = results.flatMap((r) =>
      r.messages.flatMap((m) =>
        [m.message, ...(m.suggestions ?? []).map((s) => s.desc)].flatMap((text) =>
          leaks(text, all).map((kind) => `${m.ruleId ?? ''}: ${kind}`),
        ),
      ),
    );
    expect(found).toEqual([]);
    expect(leaks(sarifText, all)).toEqual([]);
  });

  it('suggestions replace a secret instead of copying it', () => {
    for (const r of results) {
      for (const m of r.messages)
        for (const s of m.suggestions ?? [])
          expect(leaks(s.fix.text, all), `${m.ruleId ?? ''} in ${r.filePath}`).toEqual([]);
    }
  });
});

const MB = 1_000_000;
const rep = (s: string, total = MB): string => s.repeat(Math.ceil(total / s.length)).slice(0, total);

/** Inputs that must neither crash a rule nor take long. */
const HOSTILE: readonly [string, string][] = [
  ['local.settings.json', `{ "Values": { "SPEECH_KEY": "${rep('a')}" } }`],
  [
    'appsettings.json',
    `{ "ConnectionStrings": { "Db": "${rep('AccountKey=')}" }, "x": "${rep(';SharedAccessKey=a1', MB / 2)}" }`,
  ],
  [
    'config.json',
    `{ "a": "${rep('sv=1&sig=a1%3D&')}", "b": "${rep('ab8Q~')}", "c": "${rep('JQQJ99')}", "d": "${rep('\\u0041\\"')}" }`,
  ],
  [
    'package.json',
    `{ "scripts": { "a": "${rep('NODE_TLS_REJECT_UNAUTHORIZED=0 ')}", "b": "${rep('--tls-min-v1.0 ')}", "c": "${rep('set NODE_TLS_REJECT_UNAUTHORIZED=')}" } }`,
  ],
  [
    'wide.json',
    `{ ${Array.from({ length: 20_000 }, (_, i) => `"apiKey${String(i)}": "${rep('0123456789abcdef', 32)}"`).join(', ')} }`,
  ],
  // @eslint/json itself overflows the stack from about 800 levels (momoa's recursive traverse, with any rule on),
  // and from 1,500 its parser fails: both outside this plugin. 400 levels is deep and inside what it survives.
  ['deep.json', `${'{ "a": ['.repeat(400)}"x"${']}'.repeat(400)}`],
  [
    'azuredeploy.json',
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      variables: Object.fromEntries(
        Array.from({ length: 2000 }, (_, i) => [`v${String(i)}`, `[variables('v${String(i + 1)}')]`]),
      ),
      resources: Array.from({ length: 300 }, () => ({
        type: 'Microsoft.Resources/deployments',
        properties: {
          template: {
            resources: [
              {
                type: 'Microsoft.CognitiveServices/accounts',
                properties: { disableLocalAuth: "[variables('v0')]", networkAcls: "[variables('v1')]" },
              },
            ],
          },
        },
      })),
    }),
  ],
  ['broken.json', `{ "Values": { "SPEECH_KEY": "${rep('a', 1000)}`],
  ['.env', `K=${rep('x')}\nA="${rep('\\n')}\nB='${rep("'", 1000)}\n${rep('export ', MB / 4)}\n`],
  ['.env.local', rep('A="\n', MB / 2)],
  [
    '.env.production',
    Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65_536))
      .join('')
      .repeat(64),
  ],
  [
    '.env.test',
    `${rep('# eslint-disable-next-line azure-ai-security/no-hardcoded-key\n', MB / 4)}SPEECH_KEY=${rep('0123456789abcdef', 32)}\n`,
  ],
];

describe('JSON and .env: no crash, no hang', () => {
  const linter = new Linter({ configType: 'flat' });

  it.each(HOSTILE)('%s', (filename, code) => {
    const started = performance.now();
    let messages: Linter.LintMessage[] = [];
    expect(() => (messages = linter.verify(code, CONFIG, filename))).not.toThrow();
    const ms = performance.now() - started;
    console.log(
      `[data-files no-hang] ${filename}: ${String(code.length)} chars, ${ms.toFixed(0)} ms, ${String(messages.length)} messages`,
    );
    // Broken JSON is @eslint/json's parse error, not a crash; every other input parses.
    const fatal = messages.filter((m) => m.fatal === true);
    if (filename === 'broken.json' || filename === 'deep.json') expect(fatal.length).toBeLessThanOrEqual(1);
    else expect(fatal).toEqual([]);
    expect(ms).toBeLessThan(15_000);
  });
});
