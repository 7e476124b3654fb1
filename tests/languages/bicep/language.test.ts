// The `bicep` language through real ESLint: files are parsed, rules see the tree with parents, locations in
// messages are exact (CRLF included), and `//` and `/* */` eslint directives and inline config are honoured.
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import { bicep, type BicepSourceCode, type ResourceDeclaration } from '../../../src/languages/bicep/index.js';

const probe: Rule.RuleModule = {
  meta: { type: 'problem', messages: { resource: 'Resource {{name}} in {{parent}}.' }, schema: [] },
  create(context) {
    const sourceCode = context.sourceCode as unknown as BicepSourceCode;
    return {
      ResourceDeclaration(node: Rule.Node) {
        const resource = node as unknown as ResourceDeclaration;
        const parent = sourceCode.getParent(resource);
        const loc = resource.id.loc;
        context.report({ loc, messageId: 'resource', data: { name: resource.id.name, parent: parent?.type ?? '' } });
      },
    };
  },
};

const config = (rules: Linter.RulesRecord = { 'probe/resource': 'error' }): Linter.Config[] => [
  {
    files: ['**/*.bicep'],
    plugins: { 'azure-ai-security': plugin, probe: { rules: { resource: probe } } },
    language: 'azure-ai-security/bicep',
    rules,
  },
];

const lint = (code: string, rules?: Linter.RulesRecord): Linter.LintMessage[] =>
  new Linter().verify(code, config(rules), 'infra/main.bicep');

describe('the bicep language in ESLint', () => {
  it('is registered on the plugin with the API ESLint reads', () => {
    expect(plugin.languages.bicep).toBe(bicep);
    expect(bicep).toMatchObject({ fileType: 'text', lineStart: 1, columnStart: 0, nodeTypeKey: 'type' });
    expect(bicep.visitorKeys.ResourceDeclaration).toEqual(['decorators', 'id', 'resourceType', 'body']);
  });

  it('runs rules over the tree with parents and exact locations, with CRLF line ends', () => {
    const code = "var a = '''\r\nx\r\n'''\r\nresource acc 'T@1' = {\r\n  resource child 'c' = {}\r\n}\r\n";
    expect(lint(code).map((m) => [m.message, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['Resource acc in BicepFile.', 4, 10, 4, 13],
      ['Resource child in ObjectExpression.', 5, 12, 5, 17],
    ]);
  });

  it('honours eslint-disable-next-line, eslint-disable-line, block disable/enable and inline config', () => {
    const code = [
      '// eslint-disable-next-line probe/resource',
      "resource a 'T@1' = {}",
      "resource b 'T@1' = {} // eslint-disable-line probe/resource -- a reason",
      '/* eslint-disable probe/resource */',
      "resource c 'T@1' = {}",
      '/* eslint-enable probe/resource */',
      "resource d 'T@1' = {}",
    ].join('\n');
    expect(lint(code).map((m) => m.message)).toEqual(['Resource d in BicepFile.']);
    expect(lint("/* eslint probe/resource: off */\nresource e 'T@1' = {}")).toEqual([]);
    expect(lint("/* eslint probe/resource: warn */\nresource e 'T@1' = {}").map((m) => m.severity)).toEqual([1]);
  });

  it('reports unused disable directives like JavaScript does', () => {
    const messages = new Linter().verify(
      '// eslint-disable-next-line probe/resource\nvar a = 1\n',
      [...config(), { linterOptions: { reportUnusedDisableDirectives: 'error' } }],
      'main.bicep',
    );
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([[null, 1]]);
  });

  it('lints a broken file instead of failing it: declarations around the damage are still checked', () => {
    const messages = lint(
      "resource a 'T@1' = {\n  name: [\nresource b 'T@1' = {}\n}}} garbage\nresource c 'T@1' = {}\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      'Resource a in BicepFile.',
      'Resource b in BicepFile.',
      'Resource c in BicepFile.',
    ]);
  });

  it('accepts a Uint8Array body and keeps text, lines and comments on the SourceCode', () => {
    const file = {
      path: 'main.bicep',
      physicalPath: 'main.bicep',
      bom: false,
      body: new TextEncoder().encode('// c\r\nvar a = 1'),
    };
    const result = bicep.parse(file);
    if (!result.ok) throw new Error('parse failed');
    const sourceCode = bicep.createSourceCode(file, result);
    expect(sourceCode.lines).toEqual(['// c', 'var a = 1']);
    expect(sourceCode.comments.map((c) => [c.type, c.value])).toEqual([['Line', ' c']]);
    expect(sourceCode.getText(result.ast.body[0])).toBe('var a = 1');
  });
});
