import { type JsonObject, type JsonValue, member, memberValue, stringValue } from './ast.js';

/**
 * ARM templates: the `Microsoft.CognitiveServices/accounts` resources a template declares (top level, child
 * `resources`, symbolic-name `resources` objects, nested `Microsoft.Resources/deployments` templates), and template
 * expressions resolved as far as the file says (`[parameters('x')]` → the parameter's `defaultValue`,
 * `[variables('y')]` → the variable).
 */

const ACCOUNT_TYPE = 'microsoft.cognitiveservices/accounts';
const DEPLOYMENT_TYPE = 'microsoft.resources/deployments';
/** How far parameters and variables are followed (a variable may name a parameter, and so on). */
const MAX_HOPS = 8;

/** Where a template's expressions take `parameters()` and `variables()` from. */
export interface ArmScope {
  readonly parameters: JsonValue | undefined;
  readonly variables: JsonValue | undefined;
  /** Values a nested deployment passes to its inner-scope template's parameters, read in the outer scope. */
  readonly passed?: { readonly values: JsonValue | undefined; readonly scope: ArmScope };
}

export interface ArmAccount {
  readonly resource: JsonObject;
  /** The resource's `properties` object, when written as one. */
  readonly properties: JsonObject | undefined;
  readonly scope: ArmScope;
}

export function armAccounts(template: JsonValue): ArmAccount[] {
  const accounts: ArmAccount[] = [];
  const pending: { resources: JsonValue | undefined; scope: ArmScope }[] = [
    { resources: memberValue(template, 'resources'), scope: scopeOf(template, undefined) },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const resource of resourceList(next.resources)) {
      const type = stringValue(memberValue(resource, 'type'))?.toLowerCase();
      const properties = memberValue(resource, 'properties');
      if (type === ACCOUNT_TYPE) {
        accounts.push({
          resource,
          properties: properties?.type === 'Object' ? properties : undefined,
          scope: next.scope,
        });
      }
      pending.push({ resources: memberValue(resource, 'resources'), scope: next.scope });
      if (type === DEPLOYMENT_TYPE) {
        const inner = memberValue(properties, 'template');
        if (inner?.type === 'Object')
          pending.push({
            resources: memberValue(inner, 'resources'),
            scope: nestedScope(properties, inner, next.scope),
          });
      }
    }
  }
  return accounts.sort((a, b) => a.resource.range[0] - b.resource.range[0]);
}

function resourceList(resources: JsonValue | undefined): JsonObject[] {
  if (resources?.type === 'Array') {
    return resources.elements
      .map((element) => element.value)
      .filter((value): value is JsonObject => value.type === 'Object');
  }
  if (resources?.type === 'Object') {
    return resources.members
      .map((entry) => entry.value)
      .filter((value): value is JsonObject => value.type === 'Object');
  }
  return [];
}

function scopeOf(template: JsonValue, passed: ArmScope['passed']): ArmScope {
  return {
    parameters: memberValue(template, 'parameters'),
    variables: memberValue(template, 'variables'),
    ...(passed ? { passed } : {}),
  };
}

/** A nested template reads the outer template's parameters unless `expressionEvaluationOptions.scope` is `inner`. */
function nestedScope(properties: JsonValue | undefined, inner: JsonObject, outer: ArmScope): ArmScope {
  const scope = stringValue(memberValue(memberValue(properties, 'expressionEvaluationOptions'), 'scope'));
  if (scope?.toLowerCase() !== 'inner') return outer;
  return scopeOf(inner, { values: memberValue(properties, 'parameters'), scope: outer });
}

/** What a property's value is, as far as the template says. */
export type ArmResolved =
  /** A literal (or one reached through parameters and variables): `node` holds it, `via` how it was reached. */
  | { readonly kind: 'literal'; readonly node: JsonValue; readonly via: ArmVia | undefined }
  /** Decided at deployment: a parameter without a default, or an expression this reader does not evaluate. */
  | { readonly kind: 'unknown'; readonly node: JsonValue };

export interface ArmVia {
  readonly kind: 'parameter' | 'variable';
  readonly name: string;
  /** The expression the property was written with. */
  readonly expression: JsonValue;
}

const PARAMETER = /^\[\s*parameters\(\s*'([^']*)'\s*\)\s*\]$/iu;
const VARIABLE = /^\[\s*variables\(\s*'([^']*)'\s*\)\s*\]$/iu;

/** Whether a string is a template expression (`[...]`, not the `[[` escape of a literal `[`). */
export function isExpression(value: string): boolean {
  return value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}

export function resolveArm(value: JsonValue, scope: ArmScope): ArmResolved {
  let node = value;
  let current = scope;
  let via: ArmVia | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const text = stringValue(node);
    if (text === undefined || !isExpression(text)) return { kind: 'literal', node, via };
    const parameter = PARAMETER.exec(text)?.[1];
    const variable = VARIABLE.exec(text)?.[1];
    let next: JsonValue | undefined;
    if (parameter !== undefined) {
      via ??= { kind: 'parameter', name: parameter, expression: value };
      const passed = current.passed
        ? memberValue(memberValue(current.passed.values, parameter, true), 'value')
        : undefined;
      if (passed && current.passed) {
        next = passed;
        current = current.passed.scope;
      } else {
        next = memberValue(memberValue(current.parameters, parameter, true), 'defaultValue');
      }
    } else if (variable !== undefined) {
      via ??= { kind: 'variable', name: variable, expression: value };
      next = member(current.variables, variable, true)?.value;
    }
    if (!next) return { kind: 'unknown', node };
    node = next;
  }
  return { kind: 'unknown', node };
}

/** The value of `properties.<path…>` resolved through expressions at each step (objects may come from parameters). */
export function armProperty(
  account: ArmAccount,
  path: readonly string[],
): { member: JsonValue | undefined; resolved: ArmResolved | undefined } {
  let object: JsonValue | undefined = account.properties;
  let resolved: ArmResolved | undefined;
  let written: JsonValue | undefined;
  for (const name of path) {
    if (object?.type === 'String') {
      const through = resolveArm(object, account.scope);
      object = through.kind === 'literal' ? through.node : undefined;
    }
    written = memberValue(object, name, true);
    if (!written) return { member: undefined, resolved: undefined };
    resolved = resolveArm(written, account.scope);
    object = resolved.kind === 'literal' ? resolved.node : undefined;
  }
  return { member: written, resolved };
}
