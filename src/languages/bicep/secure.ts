import type * as AST from './ast.js';
import { hasDecorator, symbolsOf } from './values.js';

/**
 * Secrets that deployments keep in plaintext: a secret-named parameter without `@secure()` (its value is logged
 * in the deployment's parameters), and an output that is not `@secure()` but carries `listKeys()` (or another
 * `list*` secret function) or a `@secure()` parameter (outputs are kept in the deployment history).
 */

/** The types a `@secure()` decorator applies to: `string` and `object` (and no type, in `.bicepparam`). */
function secureable(parameter: AST.ParameterDeclaration): boolean {
  const type = parameter.typeAnnotation;
  if (!type) return true;
  const inner = type.type === 'NullableType' ? type.typeAnnotation : type;
  return (
    inner.type === 'TypeReference' &&
    inner.name.type === 'Identifier' &&
    (inner.name.name === 'string' || inner.name.name === 'object')
  );
}

/** Parameters named like a secret (`isSecretName`) that are not `@secure()`. */
export function unsecuredSecretParameters(
  file: AST.BicepFile,
  isSecretName: (name: string) => boolean,
): AST.ParameterDeclaration[] {
  return file.body.filter(
    (s): s is AST.ParameterDeclaration =>
      s.type === 'ParameterDeclaration' &&
      s.id.name !== '' &&
      s.typeAnnotation !== null &&
      secureable(s) &&
      !hasDecorator(s, 'secure') &&
      isSecretName(s.id.name),
  );
}

/** `listKeys`, `listConnectionStrings`, `listAccountSas`, `listSecrets`, `listCredentials`, `listAdminKeys`, … */
const LIST_FUNCTION = /^list[A-Z]/;

export type OutputLeak =
  | { readonly kind: 'list'; readonly call: AST.CallExpression; readonly name: string }
  | {
      readonly kind: 'secureParameter';
      readonly reference: AST.Identifier;
      readonly parameter: AST.ParameterDeclaration;
    };

const MAX_HOPS = 16;

/** The first secret the expression carries (through `var`s), or undefined. */
export function secretIn(file: AST.BicepFile, expression: AST.Expression): OutputLeak | undefined {
  const symbols = symbolsOf(file);
  const seen = new Set<AST.Node>();
  const stack: { node: AST.Node; hops: number }[] = [{ node: expression, hops: 0 }];
  while (stack.length > 0) {
    const { node, hops } = stack.pop() as (typeof stack)[number];
    if (seen.has(node) || hops > MAX_HOPS) continue;
    seen.add(node);
    if (node.type === 'CallExpression') {
      const callee = node.callee.type === 'Identifier' ? node.callee : node.callee.property;
      if (LIST_FUNCTION.test(callee.name)) return { kind: 'list', call: node, name: callee.name };
    }
    if (node.type === 'Identifier') {
      const symbol = symbols.get(node.name);
      if (symbol?.type === 'ParameterDeclaration' && hasDecorator(symbol, 'secure'))
        return { kind: 'secureParameter', reference: node, parameter: symbol };
      if (symbol?.type === 'VariableDeclaration') stack.push({ node: symbol.init, hops: hops + 1 });
      continue;
    }
    // A lambda's parameters shadow the file's names, but a secret inside its body still flows out.
    for (const child of childNodes(node)) stack.push({ node: child, hops });
  }
  return undefined;
}

function childNodes(node: AST.Node): AST.Node[] {
  switch (node.type) {
    case 'MemberExpression':
      return [node.object];
    case 'IndexExpression':
      return [node.object, node.index];
    case 'CallExpression':
      return [...(node.callee.type === 'MemberExpression' ? [node.callee.object] : []), ...node.arguments];
    case 'ObjectExpression':
      return node.properties;
    case 'ObjectProperty':
      return [node.value];
    case 'ArrayExpression':
      return node.elements;
    case 'SpreadElement':
      return [node.argument];
    case 'TemplateString':
      return node.expressions;
    case 'ConditionalExpression':
      return [node.consequent, node.alternate];
    case 'BinaryExpression':
      return [node.left, node.right];
    case 'UnaryExpression':
      return [node.argument];
    case 'NonNullExpression':
      return [node.expression];
    case 'LambdaExpression':
    case 'ForExpression':
    case 'IfExpression':
      return [node.body];
    default:
      return [];
  }
}

/** Outputs that are not `@secure()` and carry a secret. */
export function leakingOutputs(file: AST.BicepFile): { output: AST.OutputDeclaration; leak: OutputLeak }[] {
  const out: { output: AST.OutputDeclaration; leak: OutputLeak }[] = [];
  for (const statement of file.body) {
    if (statement.type !== 'OutputDeclaration' || hasDecorator(statement, 'secure')) continue;
    const leak = secretIn(file, statement.value);
    if (leak) out.push({ output: statement, leak });
  }
  return out;
}

/**
 * The edit that adds `@secure()` on its own line above a declaration (before its other decorators), with the
 * declaration's indentation and the file's line ending.
 */
export function addSecureDecorator(
  text: string,
  declaration: AST.ParameterDeclaration | AST.OutputDeclaration,
): { range: [number, number]; text: string } {
  const start = declaration.range[0];
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  const indent = text.slice(lineStart, start);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { range: [start, start], text: `@secure()${eol}${indent.trim() === '' ? indent : ''}` };
}
