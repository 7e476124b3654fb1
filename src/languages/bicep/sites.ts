import type * as AST from './ast.js';

/**
 * Where secrets may be written in a Bicep file, for the secret rules: every string (a literal, each piece of an
 * interpolated string) with the names above it (`['properties', 'apiKey']`, a param's or var's name) and a map
 * from offsets in the cooked value to offsets in the file (escapes are longer in the source).
 */

export interface BicepValueSite {
  readonly value: string;
  /** Names above the value, innermost last. */
  readonly names: readonly string[];
  readonly offset: (index: number) => number;
  /** The string node the value is (part of). */
  readonly node: AST.Literal | AST.TemplateString;
  /** The parameter whose default this is, when it is one. */
  readonly parameter: AST.ParameterDeclaration | undefined;
  /** The declaration the value is in: `param apiKey`, `var settings`, `resource account`, `output key`. */
  readonly owner: string;
}

/** File offsets of the cooked characters of the raw string text at `[start, end)` (a piece without its quotes). */
export function cookedOffsets(text: string, start: number, end: number, verbatim: boolean): (index: number) => number {
  if (verbatim || text.indexOf('\\', start) === -1 || text.indexOf('\\', start) >= end) {
    return (index) => Math.min(start + index, end);
  }
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    map.push(i);
    if (text.charCodeAt(i) !== 92) continue;
    const next = text[i + 1];
    if (next === 'u' && text[i + 2] === '{') {
      const close = text.indexOf('}', i + 3);
      if (close !== -1 && close < end && close - i < 12) {
        const code = Number.parseInt(text.slice(i + 3, close), 16);
        // A code point above U+FFFF is two UTF-16 units in the cooked value.
        if (code > 0xffff) map.push(i);
        i = close;
        continue;
      }
    }
    i++;
  }
  map.push(end);
  return (index) => map[Math.max(0, Math.min(index, map.length - 1))] ?? end;
}

const keyText = (key: AST.ObjectProperty['key']): string | undefined =>
  key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : undefined;

const cache = new WeakMap<AST.BicepFile, readonly BicepValueSite[]>();

const KEYWORDS: Partial<Record<AST.Statement['type'], string>> = {
  ParameterDeclaration: 'param',
  VariableDeclaration: 'var',
  ResourceDeclaration: 'resource',
  ModuleDeclaration: 'module',
  OutputDeclaration: 'output',
  MetadataDeclaration: 'metadata',
};

const isTopLevel = (node: AST.Node): node is AST.Statement => node.type in KEYWORDS;

/** `param apiKey`, `resource account`: how messages name the declaration a value is in. */
function ownerOf(statement: AST.Statement): string {
  const keyword = KEYWORDS[statement.type] ?? '';
  return 'id' in statement ? `${keyword} ${statement.id.name}` : keyword;
}

/** Every string in the file as a value site, in source order. */
export function bicepValueSites(file: AST.BicepFile, text: string): readonly BicepValueSite[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const sites: BicepValueSite[] = [];
  let owner = '';
  const literal = (
    node: AST.Literal,
    names: readonly string[],
    parameter: AST.ParameterDeclaration | undefined,
  ): void => {
    if (typeof node.value !== 'string' || node.value === '') return;
    const [start, end] = node.range;
    const quote = node.multiline ? 3 : 1;
    const closed = node.raw.length >= 2 * quote && node.raw.endsWith(node.multiline ? "'''" : "'");
    const offset = cookedOffsets(text, start + quote, closed ? end - quote : end, node.multiline === true);
    sites.push({ value: node.value, names, offset, node, parameter, owner });
  };
  // An explicit stack, not recursion: values nest as deep as the parser allows.
  const stack: { node: AST.Node; names: readonly string[]; parameter: AST.ParameterDeclaration | undefined }[] = [];
  for (let i = file.body.length - 1; i >= 0; i--)
    stack.push({ node: file.body[i] as AST.Node, names: [], parameter: undefined });
  while (stack.length > 0) {
    const { node, names, parameter } = stack.pop() as (typeof stack)[number];
    if (isTopLevel(node)) owner = ownerOf(node);
    const push = (child: AST.Node | null | undefined, childNames = names, childParameter = parameter): void => {
      if (child) stack.push({ node: child, names: childNames, parameter: childParameter });
    };
    switch (node.type) {
      case 'ParameterDeclaration':
        push(node.default, [node.id.name], node);
        break;
      case 'VariableDeclaration':
        push(node.init, [node.id.name]);
        break;
      case 'OutputDeclaration':
        push(node.value, [node.id.name]);
        break;
      case 'ResourceDeclaration':
      case 'ModuleDeclaration':
        push(node.body, []);
        break;
      case 'MetadataDeclaration':
        push(node.value, [node.id.name]);
        break;
      case 'Literal':
        literal(node, names, parameter);
        break;
      case 'TemplateString':
        node.quasis.forEach((value, index) => {
          const range = node.quasiRanges[index];
          if (value === '' || !range) return;
          sites.push({ value, names, offset: cookedOffsets(text, range[0], range[1], false), node, parameter, owner });
        });
        for (let i = node.expressions.length - 1; i >= 0; i--) push(node.expressions[i]);
        break;
      case 'ObjectExpression':
        for (let i = node.properties.length - 1; i >= 0; i--) push(node.properties[i]);
        break;
      case 'ObjectProperty': {
        const key = keyText(node.key);
        push(node.value, key === undefined ? names : [...names, key]);
        break;
      }
      case 'ArrayExpression':
        for (let i = node.elements.length - 1; i >= 0; i--) push(node.elements[i]);
        break;
      case 'SpreadElement':
        push(node.argument);
        break;
      case 'ConditionalExpression':
        push(node.alternate);
        push(node.consequent);
        break;
      case 'BinaryExpression':
        push(node.right);
        push(node.left);
        break;
      case 'CallExpression':
        // Arguments of a call are not the property's value (`resourceId('…', name)`): no names.
        for (let i = node.arguments.length - 1; i >= 0; i--) push(node.arguments[i], []);
        break;
      case 'IfExpression':
      case 'ForExpression':
      case 'LambdaExpression':
        push(node.body);
        break;
      case 'NonNullExpression':
        push(node.expression);
        break;
      default:
        break;
    }
  }
  cache.set(file, sites);
  return sites;
}
