// The recommended preset (JavaScript and .env blocks) next to the JSON preset: each file gets only the rules of its
// language.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { afterAll, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { legacyKey } from '../support/keys.js';

const dir = mkdtempSync(join(tmpdir(), 'mixed-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('lints JS, JSON and .env files side by side with the README configuration', async () => {
  const key = legacyKey();
  writeFileSync(
    join(dir, 'app.js'),
    `import { AzureKeyCredential } from "@azure/core-auth";\nnew AzureKeyCredential("${key}");\n`,
  );
  writeFileSync(join(dir, 'local.settings.json'), JSON.stringify({ Values: { SPEECH_KEY: key } }));
  writeFileSync(join(dir, '.env'), `VITE_SPEECH_KEY=${key}\n`);
  const configs = plugin.configs as unknown as Record<string, Linter.Config | Linter.Config[]>;
  const config = defineConfig([configs.recommended ?? [], configs['recommended-json'] ?? []]);
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['app.js', 'local.settings.json', '.env']);
  expect(
    Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId).sort()])),
  ).toEqual({
    'app.js': ['azure-ai-security/no-hardcoded-key'],
    'local.settings.json': ['azure-ai-security/no-hardcoded-key'],
    '.env': ['azure-ai-security/no-client-exposed-key', 'azure-ai-security/no-hardcoded-key'],
  });
});
