import { describe, expect, it } from 'vitest';
import { parseBicep, type Expression, type BicepFile, type Statement } from '../../../src/languages/bicep/index.js';
import { locationProblems, nodesOf, strip, textOf } from './helpers.js';

/** Parses text that must be valid: no parse errors, sound locations. */
function ok(text: string): BicepFile {
  const program = parseBicep(text);
  expect(program.errors).toEqual([]);
  expect(locationProblems(text, program)).toEqual([]);
  return program;
}

const only = (text: string): Statement => {
  const program = ok(text);
  expect(program.body).toHaveLength(1);
  return program.body[0]!;
};

/** The value of `var x = <expression>`, without locations. */
const expr = (expression: string): unknown => {
  const statement = only(`var x = ${expression}`);
  if (statement.type !== 'VariableDeclaration') throw new Error(statement.type);
  return strip(statement.init);
};

const id = (name: string) => ({ type: 'Identifier', name });
const lit = (
  value: string | number | boolean | null,
  raw = typeof value === 'string' ? `'${value}'` : String(value),
) => ({ type: 'Literal', value, raw });
const ref = (name: string) => ({ type: 'TypeReference', name: id(name), typeArguments: [], member: null });
const call = (callee: unknown, ...args: unknown[]) => ({ type: 'CallExpression', callee, arguments: args });
const member = (object: unknown, name: string, operator = '.') => ({
  type: 'MemberExpression',
  object,
  property: id(name),
  operator,
});

describe('Bicep declarations', () => {
  it('targetScope and metadata', () => {
    const program = ok("targetScope = 'subscription'\nmetadata owner = { team: 'ai' }\n");
    expect(strip(program.body)).toEqual([
      { type: 'TargetScopeDeclaration', decorators: [], value: lit('subscription') },
      {
        type: 'MetadataDeclaration',
        decorators: [],
        id: id('owner'),
        value: {
          type: 'ObjectExpression',
          properties: [{ type: 'ObjectProperty', decorators: [], key: id('team'), value: lit('ai') }],
        },
      },
    ]);
  });

  it('param with a type, a default and decorators', () => {
    const text =
      "@secure()\n@allowed([\n  'Enabled'\n  'Disabled'\n])\n@sys.description('Public access')\nparam publicNetworkAccess string = 'Enabled'";
    expect(strip(only(text))).toEqual({
      type: 'ParameterDeclaration',
      decorators: [
        { type: 'Decorator', expression: call(id('secure')) },
        {
          type: 'Decorator',
          expression: call(id('allowed'), { type: 'ArrayExpression', elements: [lit('Enabled'), lit('Disabled')] }),
        },
        { type: 'Decorator', expression: call(member(id('sys'), 'description'), lit('Public access')) },
      ],
      id: id('publicNetworkAccess'),
      typeAnnotation: ref('string'),
      default: lit('Enabled'),
    });
  });

  it('param without a default, and .bicepparam assignments without a type', () => {
    const program = ok('param key string\nparam disableLocalAuth = true\n');
    expect(strip(program.body)).toEqual([
      { type: 'ParameterDeclaration', decorators: [], id: id('key'), typeAnnotation: ref('string'), default: null },
      {
        type: 'ParameterDeclaration',
        decorators: [],
        id: id('disableLocalAuth'),
        typeAnnotation: null,
        default: lit(true),
      },
    ]);
  });

  it('param types: arrays, unions, literals, objects, nullable, resource-typed', () => {
    const program = ok(
      [
        'param a string[]',
        "param b 'S0' | 'S1' | 1 | -1 | true",
        'param c { name: string, capacity?: int, *: bool }',
        'param d int?',
        "param e resource 'Microsoft.KeyVault/vaults@2023-07-01'",
        'param f (string | int)[]',
        "param g resourceInput<'Microsoft.CognitiveServices/accounts@2024-10-01'>.properties",
        '',
      ].join('\n'),
    );
    const types = program.body.map((s) => (s.type === 'ParameterDeclaration' ? strip(s.typeAnnotation) : s.type));
    expect(types).toEqual([
      { type: 'ArrayType', elementType: ref('string') },
      {
        type: 'UnionType',
        types: [
          { type: 'LiteralType', literal: lit('S0') },
          { type: 'LiteralType', literal: lit('S1') },
          { type: 'LiteralType', literal: lit(1) },
          { type: 'LiteralType', literal: { type: 'UnaryExpression', operator: '-', argument: lit(1) } },
          { type: 'LiteralType', literal: lit(true) },
        ],
      },
      {
        type: 'ObjectType',
        properties: [
          { type: 'ObjectTypeProperty', decorators: [], key: id('name'), optional: false, value: ref('string') },
          { type: 'ObjectTypeProperty', decorators: [], key: id('capacity'), optional: true, value: ref('int') },
          { type: 'ObjectTypeProperty', decorators: [], key: id('*'), optional: false, value: ref('bool') },
        ],
      },
      { type: 'NullableType', typeAnnotation: ref('int') },
      { type: 'ResourceType', resourceType: lit('Microsoft.KeyVault/vaults@2023-07-01') },
      { type: 'ArrayType', elementType: { type: 'UnionType', types: [ref('string'), ref('int')] } },
      {
        type: 'TypeReference',
        name: id('resourceInput'),
        typeArguments: [{ type: 'LiteralType', literal: lit('Microsoft.CognitiveServices/accounts@2024-10-01') }],
        member: id('properties'),
      },
    ]);
  });

  it('a union type over several lines', () => {
    const statement = only("type sku =\n  | 'S0'\n  | 'S1'\n");
    expect(strip(statement)).toMatchObject({ type: 'TypeDeclaration', value: { type: 'UnionType', types: [{}, {}] } });
  });

  it('var, with and without a type', () => {
    const program = ok("var a = 1\nvar b string = 'x'\n");
    expect(strip(program.body)).toEqual([
      { type: 'VariableDeclaration', decorators: [], id: id('a'), typeAnnotation: null, init: lit(1) },
      { type: 'VariableDeclaration', decorators: [], id: id('b'), typeAnnotation: ref('string'), init: lit('x') },
    ]);
  });

  it('resource with properties, parent, existing and a nested child', () => {
    const text = [
      "resource account 'Microsoft.CognitiveServices/accounts@2023-05-01' = {",
      '  name: name',
      "  kind: 'OpenAI'",
      '  properties: {',
      '    disableLocalAuth: false',
      '  }',
      "  resource gpt 'deployments' = {",
      "    name: 'gpt'",
      '  }',
      '}',
      "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {",
      "  name: 'kv'",
      '}',
      "resource child 'Microsoft.CognitiveServices/accounts/deployments@2023-05-01' = {",
      '  parent: account',
      "  name: 'x'",
      '}',
    ].join('\n');
    const program = ok(text);
    const [account, kv, child] = program.body;
    expect(strip(account)).toMatchObject({
      type: 'ResourceDeclaration',
      id: id('account'),
      existing: false,
      resourceType: lit('Microsoft.CognitiveServices/accounts@2023-05-01'),
      body: {
        type: 'ObjectExpression',
        properties: [
          { key: id('name'), value: id('name') },
          { key: id('kind'), value: lit('OpenAI') },
          { key: id('properties'), value: { properties: [{ key: id('disableLocalAuth'), value: lit(false) }] } },
          { type: 'ResourceDeclaration', id: id('gpt'), resourceType: lit('deployments') },
        ],
      },
    });
    expect(strip(kv)).toMatchObject({ type: 'ResourceDeclaration', id: id('kv'), existing: true });
    expect(strip(child)).toMatchObject({ body: { properties: [{ key: id('parent'), value: id('account') }, {}] } });
  });

  it('conditional resources and loops', () => {
    const program = ok(
      [
        "resource a 'T@1' = if (deploy && !empty(name)) {",
        '  name: name',
        '}',
        "resource b 'T@1' = [for item in items: {",
        '  name: item.name',
        '}]',
        "resource c 'T@1' = [for (item, i) in range(0, 3): if (i > 0) {",
        "  name: 'c${i}'",
        '}]',
      ].join('\n'),
    );
    const [a, b, c] = program.body.map(strip);
    expect(a).toMatchObject({
      body: {
        type: 'IfExpression',
        test: {
          type: 'BinaryExpression',
          operator: '&&',
          left: id('deploy'),
          right: { type: 'UnaryExpression', operator: '!' },
        },
        body: { type: 'ObjectExpression' },
      },
    });
    expect(b).toMatchObject({
      body: {
        type: 'ForExpression',
        item: id('item'),
        index: null,
        iterable: id('items'),
        body: { type: 'ObjectExpression' },
      },
    });
    expect(c).toMatchObject({
      body: {
        type: 'ForExpression',
        item: id('item'),
        index: id('i'),
        iterable: call(id('range'), lit(0), lit(3)),
        body: { type: 'IfExpression', body: { type: 'ObjectExpression' } },
      },
    });
  });

  it('modules: local paths and registry references', () => {
    const program = ok(
      [
        "module ai './core/ai/cognitiveservices.bicep' = {",
        "  name: 'ai'",
        '  params: { disableLocalAuth: false }',
        '}',
        "module avm 'br/public:avm/res/cognitive-services/account:0.7.0' = {",
        "  params: { publicNetworkAccess: 'Enabled' }",
        '}',
        "module reg 'br:contoso.azurecr.io/bicep/ai:v1' = { name: 'r' }",
        "module spec 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = if (x) { name: 's' }",
        "module many './m.bicep' = [for n in names: { name: n }]",
      ].join('\n'),
    );
    expect(
      program.body.map((s) =>
        s.type === 'ModuleDeclaration' ? [s.source.type === 'Literal' ? s.source.value : '', s.body.type] : s.type,
      ),
    ).toEqual([
      ['./core/ai/cognitiveservices.bicep', 'ObjectExpression'],
      ['br/public:avm/res/cognitive-services/account:0.7.0', 'ObjectExpression'],
      ['br:contoso.azurecr.io/bicep/ai:v1', 'ObjectExpression'],
      ['ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0', 'IfExpression'],
      ['./m.bicep', 'ForExpression'],
    ]);
  });

  it('outputs, including resource outputs and @secure()', () => {
    const program = ok(
      [
        'output key string = account.listKeys().key1',
        "output r resource 'Microsoft.CognitiveServices/accounts@2023-05-01' = account",
        '@secure()',
        'output s string = k',
      ].join('\n'),
    );
    expect(strip(program.body)).toEqual([
      {
        type: 'OutputDeclaration',
        decorators: [],
        id: id('key'),
        typeAnnotation: ref('string'),
        value: member(call(member(id('account'), 'listKeys')), 'key1'),
      },
      {
        type: 'OutputDeclaration',
        decorators: [],
        id: id('r'),
        typeAnnotation: { type: 'ResourceType', resourceType: lit('Microsoft.CognitiveServices/accounts@2023-05-01') },
        value: id('account'),
      },
      {
        type: 'OutputDeclaration',
        decorators: [{ type: 'Decorator', expression: call(id('secure')) }],
        id: id('s'),
        typeAnnotation: ref('string'),
        value: id('k'),
      },
    ]);
  });

  it('user-defined types and functions', () => {
    const program = ok(
      [
        '@export()',
        'type deployment = {',
        "  @description('name')",
        '  name: string',
        '  sku: { capacity: int }?',
        '}',
        'type pair = [string, int]',
        'func add(a int, b int) int => a + b',
        "func greet() string => 'hi'",
      ].join('\n'),
    );
    const [type, pair, add, greet] = program.body.map(strip);
    expect(type).toMatchObject({
      type: 'TypeDeclaration',
      decorators: [{ expression: call(id('export')) }],
      id: id('deployment'),
      value: {
        type: 'ObjectType',
        properties: [
          { key: id('name'), decorators: [{ expression: call(id('description'), lit('name')) }], value: ref('string') },
          { key: id('sku'), value: { type: 'NullableType', typeAnnotation: { type: 'ObjectType' } } },
        ],
      },
    });
    expect(pair).toMatchObject({ value: { type: 'TupleType', elementTypes: [ref('string'), ref('int')] } });
    expect(add).toEqual({
      type: 'FunctionDeclaration',
      decorators: [],
      id: id('add'),
      params: [
        { type: 'FunctionParameter', id: id('a'), typeAnnotation: ref('int') },
        { type: 'FunctionParameter', id: id('b'), typeAnnotation: ref('int') },
      ],
      returnType: ref('int'),
      body: { type: 'BinaryExpression', operator: '+', left: id('a'), right: id('b') },
    });
    expect(greet).toMatchObject({ params: [], returnType: ref('string'), body: lit('hi') });
  });

  it('import, extension, provider, using', () => {
    const program = ok(
      [
        "import { tags, sku as skuType } from './types.bicep'",
        "import * as common from 'br/public:avm/utl/types/avm-common-types:0.5.1'",
        "import 'az@1.0.0'",
        "extension 'br:mcr.microsoft.com/bicep/extensions/kubernetes:1.0' with { namespace: 'default' } as k8s",
        'extension microsoftGraphV1',
        "provider 'az@1.0.0'",
        "using './main.bicep'",
        'using none',
      ].join('\n'),
    );
    const [named, star, plain, ext, bare, provider, using, none] = program.body.map(strip);
    expect(named).toEqual({
      type: 'ImportDeclaration',
      decorators: [],
      keyword: 'import',
      specifiers: [
        { type: 'ImportSpecifier', imported: id('tags'), local: id('tags') },
        { type: 'ImportSpecifier', imported: id('sku'), local: id('skuType') },
      ],
      namespace: null,
      source: lit('./types.bicep'),
      config: null,
      alias: null,
    });
    expect(star).toMatchObject({
      namespace: id('common'),
      source: lit('br/public:avm/utl/types/avm-common-types:0.5.1'),
    });
    expect(plain).toMatchObject({ keyword: 'import', source: lit('az@1.0.0'), specifiers: [] });
    expect(ext).toMatchObject({ keyword: 'extension', config: { type: 'ObjectExpression' }, alias: id('k8s') });
    expect(bare).toMatchObject({ keyword: 'extension', source: id('microsoftGraphV1') });
    expect(provider).toMatchObject({ keyword: 'provider', source: lit('az@1.0.0') });
    expect(using).toEqual({ type: 'UsingDeclaration', decorators: [], keyword: 'using', source: lit('./main.bicep') });
    expect(none).toEqual({ type: 'UsingDeclaration', decorators: [], keyword: 'using', source: null });
  });
});

describe('Bicep expressions', () => {
  it('objects: multi-line, comma-separated, quoted keys, spread', () => {
    expect(expr("{\n  a: 1\n  'b-c': 2\n}")).toEqual({
      type: 'ObjectExpression',
      properties: [
        { type: 'ObjectProperty', decorators: [], key: id('a'), value: lit(1) },
        { type: 'ObjectProperty', decorators: [], key: lit('b-c'), value: lit(2) },
      ],
    });
    expect(expr('{ a: 1, b: 2, ...rest }')).toMatchObject({
      properties: [{ key: id('a') }, { key: id('b') }, { type: 'SpreadElement', argument: id('rest') }],
    });
    expect(expr('{}')).toEqual({ type: 'ObjectExpression', properties: [] });
  });

  it('keywords as property names', () => {
    expect(expr('{\n  type: 1\n  resource: 2\n  if: 3\n  param: 4\n}')).toMatchObject({
      properties: [{ key: id('type') }, { key: id('resource') }, { key: id('if') }, { key: id('param') }],
    });
  });

  it('arrays: multi-line and comma forms', () => {
    expect(expr("[\n  'a'\n  'b'\n]")).toEqual({ type: 'ArrayExpression', elements: [lit('a'), lit('b')] });
    expect(expr('[1, 2, 3]')).toEqual({ type: 'ArrayExpression', elements: [lit(1), lit(2), lit(3)] });
    expect(expr('[]')).toEqual({ type: 'ArrayExpression', elements: [] });
  });

  it('strings: escapes and interpolation', () => {
    expect(expr("'it\\'s \\${not} \\\\ \\n\\t\\u{1F600}'")).toEqual(
      lit("it's ${not} \\ \n\t\u{1F600}", "'it\\'s \\${not} \\\\ \\n\\t\\u{1F600}'"),
    );
    expect(expr("'ai-${name}-${uniqueString(rg.id, 'x')}!'")).toEqual({
      type: 'TemplateString',
      quasis: ['ai-', '-', '!'],
      quasiRanges: [
        [9, 12],
        [19, 20],
        [47, 48],
      ],
      expressions: [id('name'), call(id('uniqueString'), member(id('rg'), 'id'), lit('x'))],
    });
    expect(expr("'${a}'")).toEqual({
      type: 'TemplateString',
      quasis: ['', ''],
      quasiRanges: [
        [9, 9],
        [13, 13],
      ],
      expressions: [id('a')],
    });
    expect(expr("'${ { a: 'x${b}' }.a }'")).toMatchObject({
      type: 'TemplateString',
      expressions: [{ type: 'MemberExpression', object: { type: 'ObjectExpression' } }],
    });
  });

  it("multi-line ''' strings are verbatim", () => {
    expect(expr("'''\nline 'one' ${x} \\n\n'''")).toEqual({
      type: 'Literal',
      value: "\nline 'one' ${x} \\n\n",
      raw: "'''\nline 'one' ${x} \\n\n'''",
      multiline: true,
    });
    expect(expr("''''quoted''''")).toMatchObject({ value: "'quoted'" });
  });

  it('member, index, safe access and non-null', () => {
    expect(expr('a.b[0].c')).toEqual(
      member({ type: 'IndexExpression', object: member(id('a'), 'b'), index: lit(0), safe: false }, 'c'),
    );
    expect(expr('a.?b[?1]')).toEqual({
      type: 'IndexExpression',
      object: member(id('a'), 'b', '.?'),
      index: lit(1),
      safe: true,
    });
    expect(expr('a!.b')).toEqual(member({ type: 'NonNullExpression', expression: id('a') }, 'b'));
    expect(expr('parent::child.id')).toEqual(member(member(id('parent'), 'child', '::'), 'id'));
  });

  it('calls: plain, namespaced, method, multi-line arguments', () => {
    expect(expr('az.resourceGroup().location')).toEqual(member(call(member(id('az'), 'resourceGroup')), 'location'));
    expect(expr("listKeys(account.id, '2023-05-01').key1")).toEqual(
      member(call(id('listKeys'), member(id('account'), 'id'), lit('2023-05-01')), 'key1'),
    );
    expect(expr('concat(\n  a,\n  b\n)')).toEqual(call(id('concat'), id('a'), id('b')));
  });

  it('operators: precedence, unary, ??, comparisons, =~', () => {
    expect(expr('a || b && c == d + e * -f')).toEqual({
      type: 'BinaryExpression',
      operator: '||',
      left: id('a'),
      right: {
        type: 'BinaryExpression',
        operator: '&&',
        left: id('b'),
        right: {
          type: 'BinaryExpression',
          operator: '==',
          left: id('c'),
          right: {
            type: 'BinaryExpression',
            operator: '+',
            left: id('d'),
            right: {
              type: 'BinaryExpression',
              operator: '*',
              left: id('e'),
              right: { type: 'UnaryExpression', operator: '-', argument: id('f') },
            },
          },
        },
      },
    });
    expect(expr('a ?? b || c')).toMatchObject({ operator: '??', left: id('a'), right: { operator: '||' } });
    expect(expr("x =~ 'Enabled'")).toMatchObject({ operator: '=~' });
    expect(expr('(a + b) * c')).toMatchObject({ operator: '*', left: { operator: '+' } });
    expect(expr('a >= 1 != b < 2')).toMatchObject({
      operator: '!=',
      left: { operator: '>=' },
      right: { operator: '<' },
    });
  });

  it('ternaries, including across lines', () => {
    expect(expr('a ? b : c ? d : e')).toEqual({
      type: 'ConditionalExpression',
      test: id('a'),
      consequent: id('b'),
      alternate: { type: 'ConditionalExpression', test: id('c'), consequent: id('d'), alternate: id('e') },
    });
    expect(expr('a\n  ? { x: 1 }\n  : {}')).toMatchObject({
      type: 'ConditionalExpression',
      consequent: { type: 'ObjectExpression' },
    });
  });

  it('lambdas', () => {
    expect(expr('map(items, x => x.name)')).toEqual(
      call(id('map'), id('items'), { type: 'LambdaExpression', params: [id('x')], body: member(id('x'), 'name') }),
    );
    expect(expr('reduce(xs, 0, (acc, x) => acc + x)')).toMatchObject({
      arguments: [{}, {}, { type: 'LambdaExpression', params: [id('acc'), id('x')] }],
    });
    expect(expr('() => 1')).toEqual({ type: 'LambdaExpression', params: [], body: lit(1) });
  });

  it('array for-expressions in values', () => {
    expect(expr('[for (d, i) in deployments: { name: d.name }]')).toMatchObject({
      type: 'ForExpression',
      item: id('d'),
      index: id('i'),
      iterable: id('deployments'),
      body: { type: 'ObjectExpression' },
    });
  });

  it('literals', () => {
    expect([expr('true'), expr('false'), expr('null'), expr('42')]).toEqual([
      lit(true),
      lit(false),
      lit(null),
      lit(42),
    ]);
  });
});

describe('Bicep locations', () => {
  it('ranges cover exactly the source of each node', () => {
    const text = "@secure()\nparam k string = 'a${b}c'\nvar o = { x: [ 1, 2 ] }\n";
    const program = ok(text);
    const texts = nodesOf(program)
      .filter((n) => n.type !== 'BicepFile')
      .map((n) => `${n.type}:${textOf(text, n)}`);
    expect(texts).toEqual([
      "ParameterDeclaration:@secure()\nparam k string = 'a${b}c'",
      'Decorator:@secure()',
      'CallExpression:secure()',
      'Identifier:secure',
      'Identifier:k',
      'TypeReference:string',
      'Identifier:string',
      "TemplateString:'a${b}c'",
      'Identifier:b',
      'VariableDeclaration:var o = { x: [ 1, 2 ] }',
      'Identifier:o',
      'ObjectExpression:{ x: [ 1, 2 ] }',
      'ObjectProperty:x: [ 1, 2 ]',
      'Identifier:x',
      'ArrayExpression:[ 1, 2 ]',
      'Literal:1',
      'Literal:2',
    ]);
  });

  it('lines and columns after multi-line strings, with CRLF, LF and CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ["var a = '''", 'one', "two'''", '  var b = 1 /* c', 'd */ // e', "output o string = 'x'"].join(eol);
      const program = ok(text);
      const [a, b, o] = program.body;
      expect(a!.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 3, column: 6 } });
      expect(b!.loc).toEqual({ start: { line: 4, column: 2 }, end: { line: 4, column: 11 } });
      expect(o!.loc).toEqual({ start: { line: 6, column: 0 }, end: { line: 6, column: 21 } });
      expect(program.comments.map((c) => [c.type, c.value, c.loc.start.line, c.loc.end.line])).toEqual([
        ['Block', ` c${eol}d `, 4, 5],
        ['Line', ' e', 5, 5],
      ]);
    }
  });

  it('columns count UTF-16 code units', () => {
    const text = "var a = '\u{1F600}é'\nvar b = 1";
    const program = ok(text);
    expect(program.body[0]!.loc.end).toEqual({ line: 1, column: 13 });
    expect(program.body[1]!.range).toEqual([text.indexOf('var b'), text.length]);
  });

  it('the BicepFile spans the whole text and comments sit beside the tree', () => {
    const text = '// head\n\nvar a = 1 // tail\n';
    const program = ok(text);
    expect(program.range).toEqual([0, text.length]);
    expect(program.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 4, column: 0 } });
    expect(program.comments.map((c) => c.range)).toEqual([
      [0, 7],
      [19, 26],
    ]);
    expect(nodesOf(program).some((n) => (n.type as string) === 'Line')).toBe(false);
  });

  it('locations of interpolated expressions', () => {
    const text = "var s = 'a${foo}b${bar.baz}'";
    const program = ok(text);
    const init = (program.body[0] as { init: Expression }).init;
    if (init.type !== 'TemplateString') throw new Error(init.type);
    expect(init.expressions.map((e) => textOf(text, e))).toEqual(['foo', 'bar.baz']);
  });
});
