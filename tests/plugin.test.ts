import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { legacyKey } from './support/keys.js';

const root = new URL('../', import.meta.url);
const names = (dir: string, ext: string): string[] =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith(ext) && f !== `index${ext}`)
    .map((f) => f.slice(0, -ext.length))
    .sort();

const ruleNames = Object.keys(rules).sort();
const NAMESPACE = 'azure-ai-security';

describe('plugin surface', () => {
  it('exports every rule file, and every rule has a doc and a test', () => {
    expect(ruleNames.length).toBeGreaterThan(0);
    expect(Object.keys(rules)).toEqual(ruleNames); // the hand-written list stays sorted
    expect(names('src/rules', '.ts')).toEqual(ruleNames);
    expect(names('docs/rules', '.md')).toEqual(ruleNames);
    expect(names('tests/rules', '.test.ts')).toEqual(ruleNames);
    expect(Object.keys(plugin.rules).sort()).toEqual(ruleNames);
  });

  it('sets meta for caching and config inspection', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: NAMESPACE });
  });

  it('builds presets from rule metadata', () => {
    const enabled = (preset: 'recommended' | 'strict' | 'all'): string[] =>
      // A rule that serves several languages is in several blocks (JavaScript, .env): count it once.
      [...new Set(plugin.configs[preset].flatMap((block) => Object.keys(block.rules ?? {})))].sort();
    const byPreset = (level: 'recommended' | 'strict'): string[] =>
      ruleNames
        .filter(
          (n) =>
            level === 'strict' ||
            Object.entries(rules).some(([name, rule]) => name === n && rule.meta.docs?.preset === 'recommended'),
        )
        .map((n) => `${NAMESPACE}/${n}`);
    expect(enabled('all')).toEqual(ruleNames.map((n) => `${NAMESPACE}/${n}`));
    expect(enabled('recommended')).toEqual(byPreset('recommended'));
    expect(enabled('strict')).toEqual(byPreset('strict'));
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      for (const block of plugin.configs[preset]) expect(block.plugins?.[NAMESPACE]).toBe(plugin);
    }
  });

  it('has one preset block per language: JavaScript first, unscoped, leaving out the files other languages own', () => {
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      const [js, ...others] = plugin.configs[preset];
      expect(js?.name).toBe(`${NAMESPACE}/${preset}`);
      expect(js?.files).toBeUndefined();
      expect(js?.ignores).toEqual(
        expect.arrayContaining(['**/*.json', '**/*.md', ...others.flatMap((b) => b.files ?? [])]),
      );
      for (const block of others) expect(block.language, String(block.name)).toBeTypeOf('string');
    }
  });

  it('declares meta.languages on every rule, and every preset block enables only rules for its language', () => {
    for (const [name, rule] of Object.entries(rules))
      expect(rule.meta.languages, name).toEqual(expect.arrayContaining([expect.any(String)]));
    for (const preset of ['recommended', 'strict', 'all'] as const) {
      for (const block of plugin.configs[preset]) {
        const language = block.language ?? 'js/js';
        for (const id of Object.keys(block.rules ?? {})) {
          const rule = rules[id.slice(NAMESPACE.length + 1) as keyof typeof rules];
          expect(rule.meta.languages, `${id} in ${String(block.name)}`).toContain(language);
        }
      }
    }
  });

  it('every rule has a docs URL to its page, a description and messages that end with a full stop', () => {
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      expect(rule.meta.docs?.description).toMatch(/^(?:Enforce|Require|Disallow) /);
      for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/\.$/);
    }
  });
});

describe('presets through ESLint', () => {
  const bad = `import { AzureKeyCredential } from "@azure/core-auth";\nexport const c = new AzureKeyCredential("${legacyKey()}");\n`;

  it.each(['recommended', 'strict', 'all'] as const)('%s reports a known bad line', async (preset) => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: plugin.configs[preset] });
    const [result] = await eslint.lintText(bad, { filePath: 'app.js' });
    expect(result?.messages.map((m) => m.ruleId)).toContain(`${NAMESPACE}/no-hardcoded-key`);
  });

  it('works through defineConfig extends with the plugin registered by the user', async () => {
    const config = defineConfig({
      files: ['**/*.js'],
      plugins: { [NAMESPACE]: plugin },
      extends: [`${NAMESPACE}/recommended`],
    });
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText(bad, { filePath: 'app.js' });
    expect(result?.messages.map((m) => m.ruleId)).toEqual([`${NAMESPACE}/no-hardcoded-key`]);
  });
});
