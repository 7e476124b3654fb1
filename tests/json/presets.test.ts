// The JSON presets through ESLint on files: each block (json/json, json/jsonc) lints the files it claims, with the
// rules of its level; a missing @eslint/json gives a clear message.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { loadJsonPlugin } from '../../src/json/presets.js';
import { identifiableKey, legacyKey } from '../support/keys.js';
import { jsonText } from './support.js';

const configs = plugin.configs as unknown as Record<string, Linter.Config[]>;
const dir = mkdtempSync(join(tmpdir(), 'json-presets-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

async function lint(preset: string, files: string[]): Promise<Record<string, string[]>> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configs[preset] ?? [] });
  const results = await eslint.lintFiles(files);
  return Object.fromEntries(
    results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)]),
  );
}

const key = legacyKey();
const ARM = jsonText({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: { disableLocalAuth: { type: 'bool', defaultValue: false } },
  resources: [
    {
      type: 'Microsoft.CognitiveServices/accounts',
      apiVersion: '2024-10-01',
      name: 'ai',
      properties: { disableLocalAuth: "[parameters('disableLocalAuth')]" },
    },
  ],
});

write('local.settings.json', `{\n  // Functions settings\n  "Values": { "SPEECH_KEY": "${key}" }\n}\n`);
write('src/appsettings.Development.json', jsonText({ AzureOpenAI: { ApiKey: identifiableKey('B') } }));
write(
  'package.json',
  jsonText({ name: 'app', scripts: { start: 'NODE_TLS_REJECT_UNAUTHORIZED=0 node --tls-min-v1.0 app.js' } }),
);
write('infra/azuredeploy.json', ARM);
write('data/clean.json', jsonText({ region: 'westus' }));
write('package-lock.json', jsonText({ packages: { '': { apiKey: key } } }));
const FILES = [
  'local.settings.json',
  'src/appsettings.Development.json',
  'package.json',
  'infra/azuredeploy.json',
  'data/clean.json',
];

describe('JSON presets through ESLint', () => {
  it('recommended-json: secrets in settings files (JSONC comments allowed) and TLS in scripts', async () => {
    expect(await lint('recommended-json', FILES)).toEqual({
      'local.settings.json': ['azure-ai-security/no-hardcoded-key'],
      'src/appsettings.Development.json': ['azure-ai-security/no-hardcoded-key'],
      'package.json': [
        'azure-ai-security/no-disabled-certificate-validation',
        'azure-ai-security/no-insecure-tls-version',
      ],
      'infra/azuredeploy.json': [],
      'data/clean.json': [],
    });
  });

  it('strict-json adds the iac-* rules on ARM templates', async () => {
    const found = await lint('strict-json', ['infra/azuredeploy.json']);
    expect(found['infra/azuredeploy.json']?.toSorted()).toEqual([
      'azure-ai-security/iac-customer-managed-key',
      'azure-ai-security/iac-disable-local-auth',
      'azure-ai-security/iac-private-network',
      'azure-ai-security/iac-restrict-outbound',
    ]);
  });

  it('all-json enables every JSON rule, and leaves package-lock.json alone', async () => {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: configs['all-json'] ?? [] });
    // No block matches it: ESLint skips it (lintFiles would warn that it is ignored).
    expect(await eslint.isPathIgnored('package-lock.json')).toBe(true);
    expect(await eslint.isPathIgnored('local.settings.json')).toBe(false);
    const blocks = configs['all-json'] ?? [];
    expect(blocks.map((b) => [b.name, b.language])).toEqual([
      ['azure-ai-security/all-json/json', 'json/json'],
      ['azure-ai-security/all-json/jsonc', 'json/jsonc'],
    ]);
    const ruleNames = Object.keys(blocks[0]?.rules ?? {}).map((r) => r.replace('azure-ai-security/', ''));
    const jsonRules = Object.entries(plugin.rules)
      .filter(([, rule]) => (rule.meta as { languages?: string[] }).languages?.includes('json/json'))
      .map(([name]) => name);
    expect(ruleNames).toEqual(jsonRules);
    expect(ruleNames.toSorted()).toEqual([
      'iac-customer-managed-key',
      'iac-disable-local-auth',
      'iac-private-network',
      'iac-restrict-outbound',
      'no-disabled-certificate-validation',
      'no-hardcoded-credential',
      'no-hardcoded-key',
      'no-insecure-tls-version',
      'prefer-env-config',
    ]);
  });

  it('works through defineConfig extends', async () => {
    const { defineConfig } = await import('eslint/config');
    const config = defineConfig([
      { plugins: { 'azure-ai-security': plugin }, extends: ['azure-ai-security/recommended-json'] },
    ]);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintFiles(['local.settings.json']);
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['azure-ai-security/no-hardcoded-key']);
  });

  it('says to install @eslint/json when it is missing', () => {
    const missing = (): never => {
      throw Object.assign(new Error("Cannot find module '@eslint/json'"), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => loadJsonPlugin(missing)).toThrow(/npm install --save-dev @eslint\/json/);
    const broken = (): never => {
      throw new SyntaxError('unexpected token');
    };
    expect(() => loadJsonPlugin(broken)).toThrow(SyntaxError);
  });
});
