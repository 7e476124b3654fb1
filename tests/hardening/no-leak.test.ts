// No leak: files holding every secret kind (generated at run time) in every sink the rules know are linted
// with the `all` preset; no message, no suggestion description and no SARIF output may contain any
// 12-character piece of any secret. The rules must also report (so the test can fail).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, configFor, languageOptions } from '../support/hardening.js';
import {
  clientSecret,
  identifiableKey,
  jwt,
  legacyKey,
  sasSignature,
  sharedAccessKey,
  storageAccountKey,
} from '../support/keys.js';

type SarifFormatter = (results: ESLint.LintResult[], data: ESLint.LintResultData) => string;
const sarif = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif') as SarifFormatter;

const PIECE = 12;

interface Secret {
  readonly kind: string;
  /** The value as written into code. */
  readonly value: string;
  /** The secret parts that must never be printed. */
  readonly cores: readonly string[];
}

function secrets(): Secret[] {
  const storage = storageAccountKey();
  const shared = sharedAccessKey();
  const sig = sasSignature();
  const token = jwt();
  const [, payload = '', signature = ''] = token.split('.');
  return [
    { kind: 'legacy key', value: legacyKey(), cores: [] },
    { kind: 'identifiable key (Azure OpenAI)', value: identifiableKey('B'), cores: [] },
    { kind: 'identifiable key (Speech)', value: identifiableKey('Y'), cores: [] },
    { kind: 'identifiable key (Translator)', value: identifiableKey('b'), cores: [] },
    { kind: 'storage account key', value: storage, cores: [] },
    {
      kind: 'storage connection string',
      value: `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${storageAccountKey()};EndpointSuffix=core.windows.net`,
      cores: [],
    },
    {
      kind: 'service bus connection string',
      value: `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${shared}`,
      cores: [shared],
    },
    {
      kind: 'SAS token',
      value: `sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${sig}`,
      cores: [sig, decodeURIComponent(sig)],
    },
    { kind: 'Entra client secret', value: clientSecret(8), cores: [] },
    { kind: 'Entra client secret (7Q~)', value: clientSecret(7), cores: [] },
    { kind: 'JWT', value: token, cores: [payload, signature] },
  ].map((s) => {
    // The connection string's key is the secret part; the rest is public configuration.
    const key = /AccountKey=([^;]+)/.exec(s.value)?.[1];
    return { ...s, cores: s.cores.length > 0 ? s.cores : key ? [key] : [s.value] };
  });
}

/** Every sink form the rules know, with `S` standing for the secret (written inside a string literal). */
const FORMS: readonly [string, (s: string) => string][] = [
  ['AzureKeyCredential', (s) => `new AzureKeyCredential("${s}");`],
  [
    'client credential',
    (s) => `new TextAnalysisClient("https://x.cognitiveservices.azure.com", new AzureKeyCredential("${s}"));`,
  ],
  ['AzureOpenAI apiKey', (s) => `new AzureOpenAI({ apiKey: "${s}", endpoint: "https://x.openai.azure.com" });`],
  [
    'OpenAI default header',
    (s) => `new OpenAI({ baseURL: "https://x.openai.azure.com/openai", defaultHeaders: { "api-key": "${s}" } });`,
  ],
  ['LangChain', (s) => `new AzureChatOpenAI({ azureOpenAIApiKey: "${s}", azureOpenAIApiInstanceName: "x" });`],
  ['Speech fromSubscription', (s) => `sdk.SpeechConfig.fromSubscription("${s}", "westus");`],
  [
    'Speech setProperty',
    (s) => `sdk.SpeechConfig.fromEndpoint(new URL(u)).setProperty(sdk.PropertyId.SpeechServiceConnection_Key, "${s}");`,
  ],
  ['Speech token', (s) => `sdk.SpeechConfig.fromAuthorizationToken("${s}", "westus");`],
  ['REST client', (s) => `Translate({ key: "${s}", region: "westeurope" });`],
  [
    'fetch key header',
    (s) => `fetch("https://x.cognitiveservices.azure.com/a", { headers: { "Ocp-Apim-Subscription-Key": "${s}" } });`,
  ],
  ['header object apart', (s) => `const headers = { "api-key": \`${s}\` }; fetch(url, { headers });`],
  ['bearer header', (s) => `fetch(url, { headers: { Authorization: "Bearer ${s}" } });`],
  ['EndpointKey header', (s) => `fetch(url, { headers: { Authorization: "EndpointKey ${s}" } });`],
  ['setRequestHeader', (s) => `xhr.setRequestHeader("Ocp-Apim-Subscription-Key", "${s}");`],
  ['axios defaults', (s) => `axios.defaults.headers.common["Ocp-Apim-Subscription-Key"] = "${s}";`],
  ['binding', (s) => `const speechKey = "${s}"; const clientSecret = "${s}"; const connectionString = "${s}";`],
  ['class field', (s) => `class C { apiKey = "${s}"; call(x) { x.setRequestHeader("api-key", this.apiKey); } }`],
  ['env fallback ??', (s) => `new AzureKeyCredential(process.env.LANGUAGE_KEY ?? "${s}");`],
  ['env fallback ||', (s) => `new AzureOpenAI({ apiKey: process.env["AZURE_OPENAI_API_KEY"] || "${s}" });`],
  [
    'public env fallback',
    (s) =>
      `new AzureOpenAI({ apiKey: import.meta.env.VITE_AZURE_OPENAI_KEY ?? "${s}", dangerouslyAllowBrowser: true });`,
  ],
  [
    'log',
    (s) =>
      `const languageKey = "${s}"; console.log("key", languageKey); console.error(\`key \${"${s}"}\`); logger.info({ apiKey: "${s}" });`,
  ],
  ['thrown error', (s) => `throw new Error("bad key ${s}");`],
  ['query string', (s) => `fetch("https://x.cognitiveservices.azure.com/a?subscription-key=${s}&x=1");`],
  [
    'query params',
    (s) =>
      `axios.get(url, { params: { "subscription-key": "${s}" } }); new URL(u).searchParams.set("api-key", "${s}");`,
  ],
  ['SAS URL', (s) => `fetch("https://contoso.blob.core.windows.net/c/b?${s}");`],
  [
    'client secret credential',
    (s) =>
      `new ClientSecretCredential("00000000-0000-0000-0000-000000000000", "11111111-1111-1111-1111-111111111111", "${s}");`,
  ],
  [
    'storage credentials',
    (s) =>
      `new StorageSharedKeyCredential("contoso", "${s}"); new AzureNamedKeyCredential("n", "${s}"); new AzureSASCredential("${s}");`,
  ],
  ['connection string sink', (s) => `BlobServiceClient.fromConnectionString("${s}"); new ServiceBusClient("${s}");`],
  ['line comment', (s) => `// key: ${s}`],
  ['block comment', (s) => `/* connection: ${s} */`],
  ['template', (s) => `const apiKey = \`${s}\`; new AzureOpenAI({ apiKey });`],
  [
    'concatenation',
    (s) =>
      `new AzureKeyCredential("${s.slice(0, Math.floor(s.length / 2))}" + "${s.slice(Math.floor(s.length / 2))}");`,
  ],
  // Adversarial: the secret where a name is expected (a message that quotes names must not quote it).
  ['secret as property name', (s) => `const cfg = { "${s}": "x", apiKey: "${s}" }; new AzureOpenAI(cfg);`],
  ['secret as header name', (s) => `fetch(url, { headers: { "${s}": "${s}", "Ocp-Apim-Subscription-Key": "${s}" } });`],
];

/** A key pasted as the variable name of an env read (a real mistake): suggestions name the variable. */
const ENV_NAME_FORMS: readonly [string, (s: string) => string][] = [
  ['secret as env name (??)', (s) => `new AzureKeyCredential(process.env["${s}"] ?? "${s}");`],
  [
    'secret as env name (||)',
    (s) =>
      `const connectionString = process.env["${s}"] || "${s}"; BlobServiceClient.fromConnectionString(connectionString);`,
  ],
];

const IMPORTS = `import { AzureKeyCredential, AzureNamedKeyCredential, AzureSASCredential } from "@azure/core-auth";
import { TextAnalysisClient } from "@azure/ai-language-text";
import { AzureOpenAI, OpenAI } from "openai";
import { AzureChatOpenAI } from "@langchain/openai";
import * as sdk from "microsoft-cognitiveservices-speech-sdk";
import Translate from "@azure-rest/ai-translation-text";
import { ClientSecretCredential } from "@azure/identity";
import { BlobServiceClient, StorageSharedKeyCredential } from "@azure/storage-blob";
import { ServiceBusClient } from "@azure/service-bus";
import axios from "axios";
`;

/** Every 12-character piece of every core. */
function pieces(secret: Secret): string[] {
  const out = new Set<string>();
  for (const core of secret.cores) for (let i = 0; i + PIECE <= core.length; i++) out.add(core.slice(i, i + PIECE));
  return [...out];
}

function leaks(text: string, all: readonly Secret[]): string[] {
  const found: string[] = [];
  for (const secret of all) {
    const piece = pieces(secret).find((p) => text.includes(p));
    if (piece !== undefined)
      found.push(`${secret.kind} (piece at ${secret.cores.findIndex((c) => c.includes(piece))})`);
  }
  return found;
}

describe('no secret reaches any output', () => {
  const all = secrets();
  const files: { name: string; code: string; secret: Secret }[] = [];
  const envNameFiles: { name: string; code: string; secret: Secret }[] = [];
  let envNameResults: ESLint.LintResult[] = [];
  for (const [index, secret] of all.entries()) {
    // One block per form keeps bindings apart; the file is TypeScript (parsed by typescript-eslint) and the
    // same forms go through espree as JavaScript.
    const body = (forms: typeof FORMS): string =>
      forms.map(([label, form]) => `// form: ${label}\n{\n${form(secret.value)}\n}`).join('\n');
    files.push({ name: `leak/secret-${String(index)}.ts`, code: IMPORTS + body(FORMS), secret });
    files.push({ name: `leak/secret-${String(index)}.js`, code: IMPORTS + body(FORMS), secret });
    envNameFiles.push({ name: `leak/env-name-${String(index)}.ts`, code: IMPORTS + body(ENV_NAME_FORMS), secret });
  }

  // The same secrets in a Vue component (script and template) and in JSX.
  for (const [index, secret] of all.entries()) {
    const v = secret.value;
    files.push({
      name: `leak/component-${String(index)}.vue`,
      code: `<template><div :data-k="'${v}'">{{ "${v}" }}</div></template>\n<script setup lang="ts">\nimport { AzureOpenAI } from "openai";\nconst apiKey = "${v}";\nnew AzureOpenAI({ apiKey, dangerouslyAllowBrowser: true });\nfetch("https://x.cognitiveservices.azure.com", { headers: { "Ocp-Apim-Subscription-Key": "${v}" } });\n// ${v}\n</script>\n`,
      secret,
    });
    files.push({
      name: `leak/page-${String(index)}.tsx`,
      code: `import { AzureOpenAI } from "openai";\nconst client = new AzureOpenAI({ apiKey: import.meta.env.VITE_OPENAI_KEY ?? "${v}", dangerouslyAllowBrowser: true });\nexport const Page = () => <Widget apiKey="${v}" onClick={() => fetch(u, { headers: { "api-key": "${v}" } })}>{client ? "${v}" : null}</Widget>;\n`,
      secret,
    });
  }

  let results: ESLint.LintResult[] = [];
  let sarifText = '';
  const savedEmbed = process.env.SARIF_ESLINT_EMBED;

  beforeAll(async () => {
    // The formatter embeds file contents only when asked to; make sure it is not.
    delete process.env.SARIF_ESLINT_EMBED;
    const ts = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: configFor(languageOptions('typescript-eslint')),
    });
    const js = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: configFor(languageOptions('espree')),
    });
    const tsx = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: configFor(languageOptions('typescript-eslint', 'module', true)),
    });
    const vue = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: configFor(languageOptions('vue-eslint-parser')),
    });
    for (const file of files) {
      const eslint = file.name.endsWith('.ts')
        ? ts
        : file.name.endsWith('.tsx')
          ? tsx
          : file.name.endsWith('.vue')
            ? vue
            : js;
      results.push(...(await eslint.lintText(file.code, { filePath: join(ROOT, file.name) })));
    }
    sarifText = sarif(results, { cwd: ROOT, rulesMeta: ts.getRulesMetaForResults(results) });
    for (const file of envNameFiles)
      envNameResults.push(...(await ts.lintText(file.code, { filePath: join(ROOT, file.name) })));
  });

  afterAll(() => {
    if (savedEmbed !== undefined) process.env.SARIF_ESLINT_EMBED = savedEmbed;
    results = [];
    envNameResults = [];
  });

  it('the rules report on every secret kind (so this test can fail)', () => {
    expect(results).toHaveLength(files.length);
    for (const [i, result] of results.entries()) {
      const file = files[i]!;
      expect(
        result.messages.filter((m) => m.fatal),
        file.name,
      ).toEqual([]);
      expect(result.messages.length, `${file.secret.kind} in ${file.name} was not reported`).toBeGreaterThan(0);
    }
    const ruleIds = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    console.log(
      `[no-leak] ${String(results.reduce((n, r) => n + r.messages.length, 0))} messages from ${String(ruleIds.size)} rules: ${[...ruleIds].sort().join(', ')}`,
    );
    expect(ruleIds.size).toBeGreaterThan(1);
  });

  it('no message text contains a piece of a secret', () => {
    const found = results.flatMap((r) =>
      r.messages.flatMap((m) => leaks(m.message, all).map((l) => `${m.ruleId ?? ''} line ${String(m.line)}: ${l}`)),
    );
    expect(found).toEqual([]);
  });

  it('no suggestion description contains a piece of a secret', () => {
    const found = results.flatMap((r) =>
      r.messages.flatMap((m) =>
        (m.suggestions ?? []).flatMap((s) =>
          leaks(s.desc, all).map((l) => `${m.ruleId ?? ''} line ${String(m.line)} suggestion: ${l}`),
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('the SARIF log contains no piece of a secret', () => {
    expect(sarifText.length).toBeGreaterThan(1000);
    expect(JSON.parse(sarifText)).toHaveProperty('runs');
    expect(leaks(sarifText, all)).toEqual([]);
  });

  it('a key pasted as an env variable name is not echoed by a message or suggestion', () => {
    expect(envNameResults.every((r) => r.messages.length > 0)).toBe(true);
    const found = envNameResults.flatMap((r) =>
      r.messages.flatMap((m) =>
        [['message', m.message] as const, ...(m.suggestions ?? []).map((s) => ['suggestion', s.desc] as const)].flatMap(
          ([where, text]) => leaks(text, all).map((l) => `${m.ruleId ?? ''} ${where}: ${l}`),
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('catches a leak when there is one (the check itself works)', () => {
    const secret = all[0]!;
    expect(leaks(`key ${secret.value.slice(3, 3 + PIECE)} shown`, all)).not.toEqual([]);
  });
});
