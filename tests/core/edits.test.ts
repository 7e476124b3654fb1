// Generic edits keep the file's line endings and carry no unrelated text that holds a secret.
import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { isExpressionTemplate } from '../../src/core/fix/expression-text.js';
import { legacyKey, storageConnectionString } from '../support/keys.js';

function lint(code: string, rule: string, options: unknown[] = []): Linter.LintMessage[] {
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser },
    plugins: { 'azure-ai-security': plugin },
    rules: { [`azure-ai-security/${rule}`]: ['error', ...options] },
  } as unknown as Linter.Config;
  return new Linter({ configType: 'flat' }).verify(code, [config], 'file.ts');
}

function applySuggestion(code: string, message: Linter.LintMessage | undefined, index = 0): string | undefined {
  const fix = message?.suggestions?.[index]?.fix;
  return fix ? code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]) : undefined;
}

describe('the @azure/identity import edit', () => {
  const IMPORT = 'import { AzureKeyCredential, TextAnalysisClient } from "@azure/ai-language-text";';
  const CALL =
    'const client = new TextAnalysisClient(endpoint, new AzureKeyCredential(process.env.LANGUAGE_KEY ?? ""));';

  it("inserts the import with the file's line break (CRLF stays CRLF)", () => {
    const code = `${IMPORT}\r\n${CALL}\r\n`;
    const [message] = lint(code, 'prefer-entra-id');
    expect(message?.messageId).toBe('keyAuth');
    const output = applySuggestion(code, message);
    expect(output).toBe(
      `${IMPORT}\r\nimport { DefaultAzureCredential } from "@azure/identity";\r\n${CALL.replace('new AzureKeyCredential(process.env.LANGUAGE_KEY ?? "")', 'new DefaultAzureCredential()')}\r\n`,
    );
    expect(output?.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('keeps the suggestion when the lines between the import and the call hold no secret', () => {
    const code = `${IMPORT}\nconst region = "westus";\n${CALL}\n`;
    const [message] = lint(code, 'prefer-entra-id');
    expect(message?.suggestions?.map((s) => s.messageId)).toEqual(['useDefaultAzureCredential']);
  });

  it('judges each call by the text between it and the import: a key after the first call withholds only the later ones', () => {
    const call2 = CALL.replace('const client', 'const second');
    const call3 = CALL.replace('const client', 'const third');
    const url = 'const docs = "https://learn.microsoft.com/azure/ai-services/authentication";';
    const code = `${IMPORT}\n${url}\n${CALL}\nconst other = "${legacyKey()}";\n${call2}\n${call3}\n`;
    const messages = lint(code, 'prefer-entra-id');
    expect(messages.map((m) => m.messageId)).toEqual(['keyAuth', 'keyAuth', 'keyAuth']);
    // The long URL string before the first call is no key; the key after it travels with the second and third.
    expect(messages.map((m) => (m.suggestions ?? []).length)).toEqual([1, 0, 0]);
  });

  it.each([
    ['a legacy key', () => `const other = "${legacyKey()}";`],
    ['a connection string', () => `// ${storageConnectionString()}`],
  ])(
    'offers no suggestion when %s sits between the import and the call (it would travel in the fix text)',
    (_, line) => {
      const secretLine = line();
      const code = `${IMPORT}\n${secretLine}\n${CALL}\n`;
      const messages = lint(code, 'prefer-entra-id');
      expect(messages.map((m) => m.messageId)).toEqual(['keyAuth']);
      expect(messages[0]?.suggestions ?? []).toEqual([]);
      expect(JSON.stringify(messages)).not.toContain(secretLine.slice(12, 40));
    },
  );
});

describe('the IaC insert edit', () => {
  it("adds a missing setting on its own line with the file's line break", () => {
    const code =
      'import * as native from "@pulumi/azure-native";\r\nnew native.cognitiveservices.Account("a", {\r\n  resourceGroupName: rg,\r\n  kind: "OpenAI",\r\n});\r\n';
    const [message] = lint(code, 'iac-disable-local-auth');
    expect(message?.messageId).toBe('localAuthDefault');
    expect(applySuggestion(code, message)).toBe(
      'import * as native from "@pulumi/azure-native";\r\nnew native.cognitiveservices.Account("a", {\r\n  resourceGroupName: rg,\r\n  kind: "OpenAI",\r\n  properties: { disableLocalAuth: true },\r\n});\r\n',
    );
  });
});

describe('envTemplate', () => {
  it.each([
    ['process.env.NAME', true],
    ['(process.env.NAME ?? (() => { throw new Error("NAME is not set"); })())', true],
    ['config.get(`NAME`)', true],
    ['env("NAME", { required: true })', true],
    ['process.env.NAME // x', false],
    ['process.env.NAME /* x */', false],
    ['process.env.NAME; steal()', false],
    ['a, b', false],
    ['process.env.NAME +', false],
    ['(process.env.NAME', false],
    ['"unclosed', false],
    ['', false],
  ])('%j is one expression: %s', (text, expected) => {
    expect(isExpressionTemplate(text)).toBe(expected);
  });

  const code = () =>
    `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("${legacyKey()}");`;

  it('a template that is one expression gives the suggestion', () => {
    const source = code();
    const [message] = lint(source, 'no-hardcoded-key', [{ envTemplate: 'env("{{name}}")' }]);
    expect(message?.messageId).toBe('hardcodedKey');
    expect(applySuggestion(source, message)).toBe(source.replace(/"[0-9a-f]{32}"/, 'env("AZURE_AI_KEY")'));
  });

  it.each(['process.env.{{name}} // x', 'process.env.{{name}}; x()', '({{name}}'])(
    'a template that is not one expression (%j) gives no suggestion, still the report',
    (envTemplate) => {
      const messages = [
        ...lint(code(), 'no-hardcoded-key', [{ envTemplate }]),
        ...lint(code(), 'prefer-env-config', [{ envTemplate }]),
      ];
      expect(messages.map((m) => m.messageId)).toEqual(['hardcodedKey']);
      expect(messages[0]?.suggestions ?? []).toEqual([]);
    },
  );
});

describe('the env suggestion of a secret fallback after an import.meta.env read', () => {
  it.each([
    [
      'no-hardcoded-key',
      'import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential(import.meta.env.VITE_KEY ?? "SECRET");',
      legacyKey,
    ],
    [
      'no-hardcoded-credential',
      'import { BlobServiceClient } from "@azure/storage-blob";\nBlobServiceClient.fromConnectionString(import.meta.env.VITE_CONN || "SECRET");',
      storageConnectionString,
    ],
  ])(
    '%s keeps the import.meta.env read and drops the secret (bundled code has no process.env)',
    (rule, template, secret) => {
      const code = template.replace('SECRET', secret());
      const [message] = lint(code, rule);
      expect(message?.ruleId).toBe(`azure-ai-security/${rule}`);
      expect(applySuggestion(code, message)).toBe(code.replace(/ (?:\?\?|\|\|) "[^"]+"/, ''));
    },
  );
});
