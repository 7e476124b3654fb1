// The dotenv language end to end: ESLint (flat config, `language: 'azure-ai-security/dotenv'`) parses a `.env`
// file, runs a probe rule over its nodes, honours `# eslint-disable…` comments and `# eslint` inline config, and
// applies fixes at the exact value range.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rule } from 'eslint';
import { ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import type { DotenvEntry, DotenvSourceCode, DotenvValue } from '../../../src/languages/dotenv/index.js';

/** Reports every non-empty value named `SECRET*`, with a fix that empties it and the entry's ancestors as data. */
const probe: Rule.RuleModule = {
  meta: { type: 'problem', fixable: 'code', schema: [], messages: { found: 'Value of {{key}} under {{path}}.' } },
  create(context) {
    const sourceCode = context.sourceCode as unknown as DotenvSourceCode;
    return {
      Value(node: DotenvValue) {
        const entry = sourceCode.getParent(node) as DotenvEntry;
        if (!entry.key.name.startsWith('SECRET') || node.value === '') return;
        const path = sourceCode
          .getAncestors(node)
          .map((ancestor) => ancestor.type)
          .join('>');
        context.report({
          loc: node.loc,
          messageId: 'found',
          data: { key: entry.key.name, path },
          fix: (fixer) => fixer.replaceTextRange(node.range, ''),
        });
      },
    } as unknown as Rule.RuleListener;
  },
};

const config: Linter.Config[] = [
  {
    files: ['**/.env', '**/.env.*'],
    plugins: { 'azure-ai-security': plugin, probe: { rules: { probe } } },
    language: 'azure-ai-security/dotenv',
    rules: { 'probe/probe': 'error' },
  },
];

function lint(text: string, options: Linter.LintOptions = {}): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(text, config, { filename: '.env', ...options });
}

describe('dotenv language through ESLint', () => {
  it('runs rules over entries with exact locations, parents and ancestors', () => {
    const messages = lint('PLAIN=1\nexport SECRET_A="abc" # note\nSECRET_B=\n');
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'probe/probe',
        message: 'Value of SECRET_A under DotenvFile>Entry.',
        line: 2,
        column: 18,
        endLine: 2,
        endColumn: 21,
      }),
    ]);
  });

  it('honours eslint-disable-next-line, eslint-disable-line and disable/enable blocks', () => {
    const text = [
      '# eslint-disable-next-line probe/probe -- a test fixture',
      'SECRET_1=a',
      'SECRET_2=b # eslint-disable-line probe/probe',
      '# eslint-disable probe/probe',
      'SECRET_3=c',
      '# eslint-enable probe/probe',
      'SECRET_4=d',
    ].join('\n');
    expect(lint(text).map((message) => [message.line, message.message])).toEqual([
      [7, 'Value of SECRET_4 under DotenvFile>Entry.'],
    ]);
  });

  it('reports an unused disable directive when asked', () => {
    const messages = lint('# eslint-disable-next-line probe/probe\nPLAIN=1\n', { reportUnusedDisableDirectives: true });
    expect(
      messages.map((message) => [message.line, message.message.startsWith('Unused eslint-disable directive')]),
    ).toEqual([[1, true]]);
  });

  it('applies inline rule config comments and reports bad ones', () => {
    expect(lint('# eslint probe/probe: off\nSECRET=x\n')).toEqual([]);
    expect(lint('# eslint probe/probe: "warn"\nSECRET=x\n')).toEqual([expect.objectContaining({ severity: 1 })]);
    const bad = lint('# eslint probe/probe: [\nSECRET=x\n');
    expect(bad.some((message) => message.fatal === true && message.line === 1)).toBe(true);
  });

  it('applies fixes at the value range and keeps quotes, comments and line endings', () => {
    const fixed = new Linter({ configType: 'flat' }).verifyAndFix(
      'SECRET_A="abc" # k\r\nSECRET_B=def\r\n',
      config,
      '.env',
    );
    expect(fixed.output).toBe('SECRET_A="" # k\r\nSECRET_B=\r\n');
  });

  describe('through the ESLint class on files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dotenv-e2e-'));
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('lints .env and .env.local files a flat config matches', async () => {
      writeFileSync(join(dir, '.env'), 'SECRET_X=1\n');
      writeFileSync(join(dir, '.env.local'), '# eslint-disable-next-line probe/probe\nSECRET_Y=2\nSECRET_Z=3\n');
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
      const results = await eslint.lintFiles(['.env', '.env.local']);
      const found = results.map((result) => [
        result.filePath.slice(dir.length + 1),
        result.messages.map((m) => m.line),
      ]);
      expect(found).toEqual([
        ['.env', [1]],
        ['.env.local', [3]],
      ]);
    });
  });
});
