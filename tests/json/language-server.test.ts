// The editor path for data files: the real VS Code ESLint language server opens a local.settings.json and a .env
// file in a project whose eslint.config.js uses the recommended presets (JavaScript and .env, JSON), and shows diagnostics
// (rule id, range) and the Key Vault suggestion as a quick fix. Keys are generated when the test runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, REPO_ROOT } from '../support/example-app.js';
import { legacyKey } from '../support/keys.js';
import { applyWorkspaceEdit, type Diagnostic, EslintLanguageServer } from '../support/lsp-eslint.js';

const NAMESPACE = 'azure-ai-security';
// Under examples/.generated (git-ignored, no package.json of its own) so the config resolves the package by its own
// name (the repository's self-reference to dist/) and @eslint/json.
const dir = join(REPO_ROOT, 'examples', '.generated', `lsp-data-${String(process.pid)}`);
const key = legacyKey();
const SETTINGS = `{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "node",\n    "SPEECH_KEY": "${key}"\n  }\n}\n`;
const DOTENV = `# local settings\nSPEECH_REGION=westus\nVITE_SPEECH_KEY="${key}"\n`;
const CONFIG = `import { defineConfig } from 'eslint/config';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default defineConfig([
  azureAiSecurity.configs.recommended,
  azureAiSecurity.configs['recommended-json'],
]);
`;

let server: EslintLanguageServer;

beforeAll(async () => {
  assertBuilt();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'eslint.config.js'), CONFIG);
  writeFileSync(join(dir, 'local.settings.json'), SETTINGS);
  writeFileSync(join(dir, '.env'), DOTENV);
  server = new EslintLanguageServer(dir);
  await server.start();
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const ours = (d: Diagnostic): boolean => typeof d.code === 'string' && d.code.startsWith(`${NAMESPACE}/`);

function textAt(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  return (lines[d.range.start.line] ?? '').slice(d.range.start.character, d.range.end.character);
}

describe('vscode-eslint-language-server with JSON and .env files', () => {
  it('local.settings.json: the key is an error at its value, and the quick fix writes a Key Vault reference', async () => {
    const uri = server.open(join(dir, 'local.settings.json'), SETTINGS, 'json');
    const diagnostics = (await server.diagnostics(uri)).filter(ours);
    expect(diagnostics.map((d) => [d.code, d.severity, d.range.start.line, textAt(SETTINGS, d)])).toEqual([
      [`${NAMESPACE}/no-hardcoded-key`, 1, 4, key],
    ]);
    const diagnostic = diagnostics[0]!;
    expect(diagnostic.message).not.toContain(key.slice(0, 12));
    const actions = (await server.codeActions(uri, diagnostic)) ?? [];
    const suggestion = actions.find((a) => a.command?.command === 'eslint.applySuggestion');
    expect(suggestion?.title, actions.map((a) => a.title).join(' | ')).toMatch(
      /Key Vault reference to the secret SPEECH-KEY/,
    );
    if (!suggestion?.command) return;
    const after = applyWorkspaceEdit(SETTINGS, uri, await server.execute(suggestion.command));
    expect(after).toBe(SETTINGS.replace(key, '@Microsoft.KeyVault(VaultName=<vault-name>;SecretName=SPEECH-KEY)'));
    expect(server.client.errors(), server.client.describeLogs()).toEqual([]);
  });

  it('.env: the key and the browser-public variable are reported at the value inside its quotes', async () => {
    const uri = server.open(join(dir, '.env'), DOTENV, 'dotenv');
    const diagnostics = (await server.diagnostics(uri)).filter(ours);
    expect(diagnostics.map((d) => [d.code, d.range.start.line, textAt(DOTENV, d)]).sort()).toEqual([
      [`${NAMESPACE}/no-client-exposed-key`, 2, key],
      [`${NAMESPACE}/no-hardcoded-key`, 2, key],
    ]);
    for (const d of diagnostics) expect(d.message).not.toContain(key.slice(0, 12));
    expect(server.client.errors(), server.client.describeLogs()).toEqual([]);
  });
});
