// The editor path, end to end: the real VS Code ESLint language server (vscode-eslint-language-server) lints a
// copy of examples/app with this plugin, and we check what a user sees: squiggles (rule id, range, severity,
// docs link), quick fixes offered as commands, and the edits they make.
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialiseExampleApp, type ExampleApp } from '../support/example-app.js';
import { applyWorkspaceEdit, EslintLanguageServer, type CodeAction, type Diagnostic } from '../support/lsp-eslint.js';
import { importPlugin } from '../support/plugin-under-test.js';

const NAMESPACE = 'azure-ai-security';
const FILES = [
  'src/speech.ts',
  'src/chat.ts',
  'src/language.ts',
  'src/browser.ts',
  'src/translate.cjs',
  'infra/account.ts',
];
const languageId = (file: string): string => (file.endsWith('.ts') ? 'typescript' : 'javascript');

let app: ExampleApp;
let server: EslintLanguageServer;
const cleanup: (() => unknown)[] = [];
/** What the ESLint Node API reports for the same copy: the reference the server's view must match. */
let expected: Map<string, ESLint.LintResult>;

beforeAll(async () => {
  app = materialiseExampleApp('lsp');
  cleanup.push(() => {
    app.remove();
  });
  const eslint = new ESLint({ cwd: app.dir });
  expected = new Map((await eslint.lintFiles(FILES)).map((r) => [r.filePath, r]));
  server = new EslintLanguageServer(app.dir);
  cleanup.unshift(() => server.close());
  await server.start();
});

afterAll(async () => {
  for (const step of cleanup) await step();
});

/** Opens a file of the copy and pulls its diagnostics. */
async function openAndPull(file: string): Promise<{ uri: string; text: string; diagnostics: Diagnostic[] }> {
  const text = app.read(file);
  const uri = server.open(app.path(file), text, languageId(file));
  return { uri, text, diagnostics: await server.diagnostics(uri) };
}

const ours = (d: Diagnostic): boolean => typeof d.code === 'string' && d.code.startsWith(`${NAMESPACE}/`);

function expectNoServerErrors(): void {
  expect(server.client.errors(), `the language server logged errors:\n${server.client.describeLogs()}`).toEqual([]);
}

describe('vscode-eslint-language-server with the example app', () => {
  it('reports the plugin problems with rule ids, ranges, severities and docs links, as the CLI does', async () => {
    let seen = 0;
    for (const file of FILES) {
      const { diagnostics } = await openAndPull(file);
      const reference = expected.get(app.path(file));
      const want = (reference?.messages ?? [])
        .filter((m) => m.ruleId?.startsWith(`${NAMESPACE}/`))
        .map((m) => ({
          code: m.ruleId,
          severity: m.severity === 2 ? 1 : 2,
          range: {
            start: { line: m.line - 1, character: m.column - 1 },
            end: { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 },
          },
        }));
      const got = diagnostics.filter(ours).map((d) => ({ code: d.code, severity: d.severity, range: d.range }));
      expect(got, file).toEqual(want);
      for (const d of diagnostics.filter(ours)) {
        const rule = String(d.code).slice(NAMESPACE.length + 1);
        expect(d.source).toBe('eslint');
        expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${rule}\\.md$`));
        for (const key of app.keys) expect(d.message).not.toContain(key.slice(0, 12));
      }
      seen += got.length;
    }
    expect(seen).toBeGreaterThan(0);
    expectNoServerErrors();
  });

  it('a hardcoded key is an error on the literal, offered as a suggestion that moves it to the environment', async () => {
    const { uri, text, diagnostics } = await openAndPull('src/speech.ts');
    const key = app.keys.find((k) => text.includes(k))!;
    const diagnostic = diagnostics.find((d) => d.code === `${NAMESPACE}/no-hardcoded-key`);
    expect(diagnostic, 'no-hardcoded-key in src/speech.ts').toBeDefined();
    if (!diagnostic) return;
    expect(diagnostic.severity).toBe(1);
    const line = text.split('\n')[diagnostic.range.start.line]!;
    expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe(`'${key}'`);

    const actions = (await server.codeActions(uri, diagnostic)) ?? [];
    // Suggestions are quick fixes the user picks; they are never offered as "fix" or applied by Fix all.
    expect(actions.map((a) => a.command?.command)).not.toContain('eslint.applySingleFix');
    const suggestion = actions.find((a) => a.command?.command === 'eslint.applySuggestion');
    expect(suggestion, `actions: ${actions.map((a) => a.title).join(' | ')}`).toBeDefined();
    if (!suggestion?.command) return;
    expect(suggestion.title).toMatch(/environment variable SPEECH_KEY.*\(azure-ai-security\/no-hardcoded-key\)$/);
    expect(suggestion.title).not.toContain(key.slice(0, 12));
    expect(suggestion.kind).toBe('quickfix');
    expect(suggestion.diagnostics).toEqual([diagnostic]);

    const edit = await server.execute(suggestion.command);
    const after = applyWorkspaceEdit(text, uri, edit);
    expect(after).not.toContain(key);
    expect(after).toContain('process.env');
    // The same edit the Node API's suggestion makes.
    const reference = expected
      .get(app.path('src/speech.ts'))
      ?.messages.find((m) => m.ruleId === `${NAMESPACE}/no-hardcoded-key`);
    const fix = reference?.suggestions?.[0]?.fix;
    expect(fix).toBeDefined();
    if (fix) expect(after).toBe(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));

    server.change(uri, after);
    const again = await server.diagnostics(uri);
    expect(again.filter((d) => d.code === `${NAMESPACE}/no-hardcoded-key`)).toEqual([]);
    expectNoServerErrors();
  });

  it('"Fix all" on save (source.fixAll.eslint) applies what eslint --fix applies, and never moves a key', async () => {
    const fixed = new Map(
      (await new ESLint({ cwd: app.dir, fix: true }).lintFiles(FILES)).map((r) => [r.filePath, r.output]),
    );
    for (const file of FILES) {
      const { uri, text } = await openAndPull(file);
      const actions = await server.client.request<CodeAction[] | null>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.eslint'], triggerKind: 2 },
      });
      // On save the server answers with the edit itself (no command round trip).
      const after = (actions ?? [])
        .filter((a) => a.kind === 'source.fixAll.eslint' && a.edit)
        .reduce((t, a) => applyWorkspaceEdit(t, uri, a.edit!), text);
      expect(after, file).toBe(fixed.get(app.path(file)) ?? text);
      for (const key of app.keys.filter((k) => text.includes(k))) expect(after, file).toContain(key);
    }
    expectNoServerErrors();
  });

  it('executes a rule fix offered as a quick fix, and the problem is gone', async () => {
    const plugin = await importPlugin();
    const fixableRules = Object.entries(plugin.rules ?? {})
      .filter(([, rule]) => typeof rule === 'object' && rule.meta?.fixable !== undefined)
      .map(([name]) => `${NAMESPACE}/${name}`);
    expect(fixableRules, 'the plugin has fixable rules (no-plaintext-endpoint, no-insecure-tls-version)').not.toEqual(
      [],
    );
    const target = [...expected.values()]
      .flatMap((r) =>
        r.messages
          .filter((m) => m.fix && m.ruleId && fixableRules.includes(m.ruleId))
          .map((m) => ({ result: r, message: m })),
      )
      .at(0);
    expect(
      target,
      `fixable rules ${fixableRules.join(', ')} are registered but none reports a fixable problem in examples/app`,
    ).toBeDefined();
    if (!target?.message.fix) return;
    const file = target.result.filePath.slice(app.dir.length + 1);
    const { uri, text, diagnostics } = await openAndPull(file);
    const ruleId = target.message.ruleId!;
    const diagnostic = diagnostics.find((d) => d.code === ruleId && d.range.start.line === target.message.line - 1);
    expect(diagnostic, `${ruleId} in ${file}`).toBeDefined();
    if (!diagnostic) return;
    const actions = (await server.codeActions(uri, diagnostic)) ?? [];
    const fix = actions.find((a) => a.command?.command === 'eslint.applySingleFix');
    expect(fix, `actions: ${actions.map((a) => a.title).join(' | ')}`).toBeDefined();
    if (!fix?.command) return;
    expect(fix.diagnostics).toEqual([diagnostic]);
    const after = applyWorkspaceEdit(text, uri, await server.execute(fix.command));
    const { range, text: replacement } = target.message.fix;
    expect(after).toBe(text.slice(0, range[0]) + replacement + text.slice(range[1]));
    server.change(uri, after);
    const again = await server.diagnostics(uri);
    expect(again.filter((d) => d.code === ruleId && d.range.start.line === diagnostic.range.start.line)).toEqual([]);
    expectNoServerErrors();
  });
});
