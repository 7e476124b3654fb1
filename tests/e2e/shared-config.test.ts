// A company shared config (as in docs/editor-and-ci.md) that re-exports this plugin's `strict` preset with its own
// additions, installed as a package and consumed through `extends` in a project's eslint.config.js.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, REPO_ROOT } from '../support/example-app.js';
import { legacyKey } from '../support/keys.js';
import { importPlugin, PLUGIN_DIR } from '../support/plugin-under-test.js';

const NAMESPACE = 'azure-ai-security';
const project = join(REPO_ROOT, 'examples', '.generated', `shared-config-${String(process.pid)}`);

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'contoso-app', private: true, type: 'module' }),
  'node_modules/@contoso/eslint-config/package.json': JSON.stringify({
    name: '@contoso/eslint-config',
    version: '1.0.0',
    type: 'module',
    exports: './index.js',
    peerDependencies: { eslint: '^9.15.0 || ^10.0.0', 'eslint-plugin-azure-ai-security': '*' },
  }),
  'node_modules/@contoso/eslint-config/index.js': `
import { defineConfig } from 'eslint/config';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default defineConfig([
  {
    name: 'contoso/azure-ai-security',
    extends: [azureAiSecurity.configs.strict],
    rules: {
      // Contoso's additions on top of strict.
      '${NAMESPACE}/prefer-entra-id': 'warn',
      'no-eval': 'error',
    },
  },
]);
`,
  'eslint.config.js': `
import { defineConfig } from 'eslint/config';
import contoso from '@contoso/eslint-config';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default defineConfig([
  { files: ['src/**/*.js'], extends: [contoso] },
  // The project may register the same plugin itself: it is the same object, so there is no conflict.
  { files: ['scripts/**/*.js'], plugins: { '${NAMESPACE}': azureAiSecurity }, extends: ['${NAMESPACE}/recommended'] },
]);
`,
  'src/app.js': `import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
export const client = new TextAnalysisClient(process.env.LANGUAGE_ENDPOINT, new AzureKeyCredential('${legacyKey()}'));
export const answer = eval('42');
`,
};

beforeAll(() => {
  assertBuilt();
  rmSync(project, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
  }
  // `npm install eslint-plugin-azure-ai-security`, in effect: the repo's build, or the installed tarball.
  symlinkSync(PLUGIN_DIR, join(project, 'node_modules', 'eslint-plugin-azure-ai-security'), 'dir');
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** A preset's config blocks (one per language). */
function preset(plugin: ESLint.Plugin, name: string): Linter.Config[] {
  const config = plugin.configs?.[name];
  return (Array.isArray(config) ? config : [config]) as Linter.Config[];
}

describe('a company shared config re-exporting strict', () => {
  it('enables every strict rule plus the company additions, through extends', async () => {
    const plugin = await importPlugin();
    // The JavaScript block's rules (the Bicep block's apply to .bicep files).
    const strict = preset(plugin, 'strict')
      .filter((block) => block.language === undefined)
      .flatMap((block) => Object.keys(block.rules ?? {}));
    expect(strict).toContain(`${NAMESPACE}/no-hardcoded-key`);

    const eslint = new ESLint({ cwd: project });
    const config = (await eslint.calculateConfigForFile('src/app.js')) as { rules: Record<string, unknown[]> };
    for (const rule of strict) {
      expect(config.rules[rule]?.[0], rule).toBe(rule === `${NAMESPACE}/prefer-entra-id` ? 1 : 2);
    }
    expect(config.rules['no-eval']?.[0]).toBe(2);
  });

  it('reports the plugin problems and the company rules in the consuming project', async () => {
    const eslint = new ESLint({ cwd: project });
    const [result] = await eslint.lintFiles(['src/app.js']);
    const ids = result?.messages.map((m) => m.ruleId) ?? [];
    expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
    expect(ids).toContain(`${NAMESPACE}/no-hardcoded-key`);
    expect(ids).toContain('no-eval');
  });
});

describe('the documented override for test files', () => {
  it('turns off the configuration-posture rules in tests and keeps the key rules on', async () => {
    const plugin = await importPlugin();
    const eslint = new ESLint({
      cwd: project,
      overrideConfigFile: true,
      overrideConfig: [
        ...preset(plugin, 'recommended'),
        {
          files: ['**/*.{test,spec}.{js,ts}', '**/__tests__/**', 'test/**', 'tests/**'],
          rules: {
            [`${NAMESPACE}/no-plaintext-endpoint`]: 'off',
            [`${NAMESPACE}/no-disabled-certificate-validation`]: 'off',
            [`${NAMESPACE}/prefer-env-config`]: 'off',
          },
        },
      ],
    });
    const code = `import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
export const client = new TextAnalysisClient('http://contoso.cognitiveservices.azure.com/', new AzureKeyCredential('${legacyKey()}'));
`;
    const [inTest] = await eslint.lintText(code, { filePath: join(project, 'tests', 'client.test.js') });
    const [inApp] = await eslint.lintText(code, { filePath: join(project, 'src', 'client.js') });
    const ids = (r: ESLint.LintResult | undefined): (string | null)[] =>
      [...new Set(r?.messages.map((m) => m.ruleId))].sort();
    expect(ids(inApp)).toContain(`${NAMESPACE}/no-plaintext-endpoint`);
    expect(ids(inTest)).toEqual([`${NAMESPACE}/no-hardcoded-key`]);
  });
});
