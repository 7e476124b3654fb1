import type * as AST from './ast.js';

/**
 * Static values in one Bicep file: what an expression may hold, followed through `param` defaults, `var`s,
 * ternaries and `??`, and where each value is written (so a report lands on the literal, and an insecure
 * parameter default is reported at the default). A parameter without a default is unknown: the deployment
 * supplies it. Everything is per file and cached per tree.
 */

/** A static value a setting may hold: a string, a boolean, or `null`. */
export type BicepScalar = string | boolean | null;

export interface BicepLeaf {
  readonly value: BicepScalar;
  /** The literal the value is written as. */
  readonly node: AST.Literal;
  /** The parameter whose default holds the value, when it came through one. */
  readonly parameter: AST.ParameterDeclaration | undefined;
  /** False when the value is transformed on the way (`!flag`): editing the literal would not write the value. */
  readonly plain: boolean;
}

export type BicepSymbol =
  AST.ParameterDeclaration | AST.VariableDeclaration | AST.ResourceDeclaration | AST.ModuleDeclaration;

interface FileIndex {
  readonly symbols: ReadonlyMap<string, BicepSymbol>;
}

const indexes = new WeakMap<AST.BicepFile, FileIndex>();

/** The file's top-level symbols by name (params, vars, resources, modules). */
export function symbolsOf(file: AST.BicepFile): ReadonlyMap<string, BicepSymbol> {
  let index = indexes.get(file);
  if (!index) {
    const symbols = new Map<string, BicepSymbol>();
    for (const statement of file.body) {
      switch (statement.type) {
        case 'ParameterDeclaration':
        case 'VariableDeclaration':
        case 'ResourceDeclaration':
        case 'ModuleDeclaration':
          if (statement.id.name !== '' && !symbols.has(statement.id.name)) symbols.set(statement.id.name, statement);
          break;
        default:
          break;
      }
    }
    index = { symbols };
    indexes.set(file, index);
  }
  return index.symbols;
}

const MAX_HOPS = 16;

export type Resolution =
  /** Every value the expression may hold, each where it is written. */
  | { readonly kind: 'static'; readonly leaves: readonly BicepLeaf[] }
  /**
   * Not static. `parameter`: the value arrives from a parameter that has no default (the deployment supplies
   * it), which a strict mode may report.
   */
  | { readonly kind: 'unknown'; readonly parameter?: AST.ParameterDeclaration };

const UNKNOWN: Resolution = { kind: 'unknown' };

/** The static values `expression` may hold in `file`. */
export function resolve(file: AST.BicepFile, expression: AST.Expression): Resolution {
  return resolveAt(file, expression, undefined, true, 0);
}

function resolveAt(
  file: AST.BicepFile,
  expression: AST.Expression,
  parameter: AST.ParameterDeclaration | undefined,
  plain: boolean,
  hops: number,
): Resolution {
  if (hops > MAX_HOPS) return UNKNOWN;
  switch (expression.type) {
    case 'Literal':
      if (typeof expression.value === 'number') return UNKNOWN;
      return {
        kind: 'static',
        leaves: [
          { value: expression.value, node: expression, parameter, plain: plain && expression.multiline !== true },
        ],
      };
    case 'Identifier': {
      const symbol = symbolsOf(file).get(expression.name);
      if (symbol?.type === 'ParameterDeclaration') {
        if (!symbol.default) return { kind: 'unknown', parameter: symbol };
        return resolveAt(file, symbol.default, symbol, plain, hops + 1);
      }
      if (symbol?.type === 'VariableDeclaration') return resolveAt(file, symbol.init, parameter, plain, hops + 1);
      return UNKNOWN;
    }
    case 'ConditionalExpression':
      return union(
        resolveAt(file, expression.consequent, parameter, plain, hops + 1),
        resolveAt(file, expression.alternate, parameter, plain, hops + 1),
      );
    case 'BinaryExpression': {
      if (expression.operator !== '??') return UNKNOWN;
      const left = resolveAt(file, expression.left, parameter, plain, hops + 1);
      if (left.kind === 'static' && left.leaves.every((leaf) => leaf.value !== null)) return left;
      const right = resolveAt(file, expression.right, parameter, plain, hops + 1);
      if (left.kind !== 'static') return union(left, right);
      return union({ kind: 'static', leaves: left.leaves.filter((leaf) => leaf.value !== null) }, right);
    }
    case 'UnaryExpression': {
      if (expression.operator !== '!') return UNKNOWN;
      const inner = resolveAt(file, expression.argument, parameter, false, hops + 1);
      if (inner.kind !== 'static' || !inner.leaves.every((leaf) => typeof leaf.value === 'boolean'))
        return inner.kind === 'static' ? UNKNOWN : inner;
      return {
        kind: 'static',
        leaves: inner.leaves.map((leaf) => ({ ...leaf, value: !(leaf.value as boolean), plain: false })),
      };
    }
    case 'NonNullExpression':
      return resolveAt(file, expression.expression, parameter, plain, hops + 1);
    default:
      return UNKNOWN;
  }
}

function union(a: Resolution, b: Resolution): Resolution {
  if (a.kind === 'static' && b.kind === 'static') return { kind: 'static', leaves: [...a.leaves, ...b.leaves] };
  // A parameter without default on either side is still worth naming to a strict mode.
  const parameter =
    (a.kind === 'unknown' ? a.parameter : undefined) ?? (b.kind === 'unknown' ? b.parameter : undefined);
  return parameter ? { kind: 'unknown', parameter } : UNKNOWN;
}

/**
 * The object literals an expression may be: itself, through params' defaults and vars, both arms of a ternary,
 * the sides of `??`. Undefined when any of them is not an object literal (a call, a parameter without default).
 */
export function objectsOf(
  file: AST.BicepFile,
  expression: AST.Expression,
  hops = 0,
): AST.ObjectExpression[] | undefined {
  if (hops > MAX_HOPS) return undefined;
  switch (expression.type) {
    case 'ObjectExpression':
      return [expression];
    case 'Identifier': {
      const symbol = symbolsOf(file).get(expression.name);
      if (symbol?.type === 'ParameterDeclaration')
        return symbol.default ? objectsOf(file, symbol.default, hops + 1) : undefined;
      if (symbol?.type === 'VariableDeclaration') return objectsOf(file, symbol.init, hops + 1);
      return undefined;
    }
    case 'ConditionalExpression': {
      const a = objectsOf(file, expression.consequent, hops + 1);
      const b = objectsOf(file, expression.alternate, hops + 1);
      return a && b ? [...a, ...b] : undefined;
    }
    case 'IfExpression':
      return objectsOf(file, expression.body, hops + 1);
    case 'ForExpression':
      return objectsOf(file, expression.body, hops + 1);
    case 'NonNullExpression':
      return objectsOf(file, expression.expression, hops + 1);
    default:
      return undefined;
  }
}

/** The property named `name` (case-insensitively, as ARM reads names) of an object literal; the last one wins. */
export function propertyOf(object: AST.ObjectExpression, name: string): AST.ObjectProperty | undefined {
  const wanted = name.toLowerCase();
  let found: AST.ObjectProperty | undefined;
  for (const member of object.properties) {
    if (member.type !== 'ObjectProperty') continue;
    const key =
      member.key.type === 'Identifier' ? member.key.name : member.key.type === 'Literal' ? member.key.value : undefined;
    if (key?.toLowerCase() === wanted) found = member;
  }
  return found;
}

/** Whether an object has a spread (`...base`) whose members cannot be told. */
const hasSpread = (object: AST.ObjectExpression): boolean => object.properties.some((m) => m.type === 'SpreadElement');

export type BicepSetting =
  /** The value cannot be told (a call, a module output, a spread); `parameter` when a parameter without default is why. */
  | { readonly kind: 'unknown'; readonly parameter?: AST.ParameterDeclaration }
  /** Not set. `container`: the one object literal the first missing segment would go in; `path`: what is missing. */
  | { readonly kind: 'missing'; readonly container: AST.ObjectExpression | undefined; readonly path: readonly string[] }
  /** Set: `property` as written, and the static values its value may hold (undefined when not static). */
  | {
      readonly kind: 'set';
      readonly property: AST.ObjectProperty;
      readonly leaves: readonly BicepLeaf[] | undefined;
      readonly parameter?: AST.ParameterDeclaration;
    };

/** The setting at `path` (`['properties', 'disableLocalAuth']`) of a resource or module body. */
export function settingAt(file: AST.BicepFile, body: AST.Expression, path: readonly string[]): BicepSetting {
  let objects = objectsOf(file, body);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string;
    if (!objects) return { kind: 'unknown' };
    const properties = objects.map((object) => propertyOf(object, segment));
    if (properties.every((p) => p === undefined)) {
      if (objects.some(hasSpread)) return { kind: 'unknown' };
      return { kind: 'missing', container: objects.length === 1 ? objects[0] : undefined, path: path.slice(i) };
    }
    // Set in some candidates and not in others: depends on which applies.
    if (properties.some((p) => p === undefined)) return { kind: 'unknown' };
    const set = properties as AST.ObjectProperty[];
    if (i === path.length - 1) {
      if (set.length !== 1) {
        // One property per candidate object (`cond ? { … } : { … }`): their values together.
        const all = set.map((p) => resolve(file, p.value)).reduce(union);
        return {
          kind: 'set',
          property: set[0] as AST.ObjectProperty,
          leaves: all.kind === 'static' ? all.leaves : undefined,
        };
      }
      const property = set[0] as AST.ObjectProperty;
      const resolution = resolve(file, property.value);
      if (resolution.kind === 'static') return { kind: 'set', property, leaves: resolution.leaves };
      return {
        kind: 'set',
        property,
        leaves: undefined,
        ...(resolution.parameter ? { parameter: resolution.parameter } : {}),
      };
    }
    const next: AST.ObjectExpression[] = [];
    for (const property of set) {
      const inner = objectsOf(file, property.value);
      if (!inner) {
        const resolution = resolve(file, property.value);
        return resolution.kind === 'unknown' && resolution.parameter
          ? { kind: 'unknown', parameter: resolution.parameter }
          : { kind: 'unknown' };
      }
      next.push(...inner);
    }
    objects = next;
  }
  return { kind: 'unknown' };
}

/** A decorator's name: `secure` for `@secure()` and `@sys.secure()`. */
export function decoratorName(decorator: AST.Decorator): string | undefined {
  let target = decorator.expression;
  if (target.type === 'CallExpression') target = target.callee;
  if (target.type === 'Identifier') return target.name;
  if (target.type === 'MemberExpression' && target.object.type === 'Identifier' && target.object.name === 'sys')
    return target.property.name;
  return undefined;
}

export const hasDecorator = (declaration: { decorators: AST.Decorator[] }, name: string): boolean =>
  declaration.decorators.some((d) => decoratorName(d) === name);
