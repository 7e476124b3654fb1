// The editor path for Bicep: the real VS Code ESLint language server lints a `.bicep` file of a generated project
// (its eslint.config.js loads the built plugin) and applies a suggestion. VS Code sends `bicep` files to ESLint
// only when `eslint.validate` lists `bicep` (see the README); the server then lints what it is given.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, REPO_ROOT } from '../../support/example-app.js';
import { applyWorkspaceEdit, EslintLanguageServer } from '../../support/lsp-eslint.js';

const NAMESPACE = 'azure-ai-security';
const DIR = join(REPO_ROOT, 'examples', '.generated', `bicep-lsp-${String(process.pid)}`);

// The one-line preset: its Bicep block lints `**/*.bicep` with the plugin's `bicep` language.
const CONFIG = `import plugin from 'eslint-plugin-azure-ai-security';

export default [...plugin.configs.strict];
`;

const MODULE = `param disableLocalAuth bool = false

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'ai'
  kind: 'OpenAI'
  properties: {
    disableLocalAuth: disableLocalAuth
  }
}

output key string = account.listKeys().key1
`;

let server: EslintLanguageServer;

beforeAll(async () => {
  assertBuilt();
  mkdirSync(join(DIR, 'infra'), { recursive: true });
  writeFileSync(join(DIR, 'eslint.config.js'), CONFIG);
  writeFileSync(join(DIR, 'infra', 'ai.bicep'), MODULE);
  server = new EslintLanguageServer(DIR);
  await server.start();
});

afterAll(async () => {
  await server.close();
  rmSync(DIR, { recursive: true, force: true });
});

describe('vscode-eslint-language-server with a .bicep file', () => {
  it('reports on the Bicep file and applies the suggestion that makes the default secure', async () => {
    const uri = server.open(join(DIR, 'infra', 'ai.bicep'), MODULE, 'bicep');
    const diagnostics = await server.diagnostics(uri);
    const codes = diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [`${NAMESPACE}/iac-disable-local-auth`, 0, 30],
        [`${NAMESPACE}/iac-private-network`, 2, 9],
        [`${NAMESPACE}/no-secret-in-deployment-output`, 10, 20],
      ]),
    );
    const diagnostic = diagnostics.find((d) => d.code === `${NAMESPACE}/iac-disable-local-auth`)!;
    expect(diagnostic.range.end).toEqual({ line: 0, character: 35 });
    const actions = (await server.codeActions(uri, diagnostic)) ?? [];
    const suggestion = actions.find((a) => a.command?.command === 'eslint.applySuggestion');
    expect(suggestion?.title, `actions: ${actions.map((a) => a.title).join(' | ')}`).toBe(
      `Set properties.disableLocalAuth to true. (${NAMESPACE}/iac-disable-local-auth)`,
    );
    if (!suggestion?.command) return;
    const edit = await server.execute(suggestion.command);
    const after = applyWorkspaceEdit(MODULE, uri, edit);
    expect(after).toBe(MODULE.replace('param disableLocalAuth bool = false', 'param disableLocalAuth bool = true'));
    server.change(uri, after);
    const again = await server.diagnostics(uri);
    expect(again.map((d) => d.code)).not.toContain(`${NAMESPACE}/iac-disable-local-auth`);
    expect(again.map((d) => d.code)).toContain(`${NAMESPACE}/no-secret-in-deployment-output`);
    expect(server.client.errors(), server.client.describeLogs()).toEqual([]);
  });
});
