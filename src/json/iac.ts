import { type ArmAccount, resolveArm } from './arm.js';
import { type JsonObject, type JsonValue, memberValue, stringValue } from './ast.js';
import { insertMember, jsonLiteral, type TextEdit } from './edits.js';

/**
 * One IaC setting of an ARM account, read the way the iac-* rules read Pulumi and CDKTF arguments: missing (the
 * service default applies), set to a value the template fixes (a literal, or a parameter default / variable it
 * resolves to), or decided at deployment (unknown).
 */
export type ArmSetting =
  | {
      readonly kind: 'missing';
      /** The deepest object on the path that exists (where a suggestion inserts the rest), if it is written out. */
      readonly container: JsonObject | undefined;
      /** The path still to insert below `container`. */
      readonly rest: readonly string[];
    }
  | {
      readonly kind: 'set';
      /** The property's value as written (reported here). */
      readonly written: JsonValue;
      /** The literal the template resolves it to (edited by a suggestion: a parameter default, a variable). */
      readonly literal: JsonValue;
      readonly value: string | boolean | null | undefined;
    }
  | { readonly kind: 'unknown'; readonly written: JsonValue };

/** The setting at an ARM control path (`['properties', 'disableLocalAuth']`, as the core's CONTROLS spell it). */
export function armSetting(account: ArmAccount, controlPath: readonly string[]): ArmSetting {
  const path = controlPath[0] === 'properties' ? controlPath.slice(1) : controlPath;
  let object: JsonObject | undefined = account.properties;
  if (!object) {
    // No `properties` object at all (or one from an expression): insert into the resource itself.
    const written = memberValue(account.resource, 'properties', true);
    if (written) return { kind: 'unknown', written };
    return { kind: 'missing', container: account.resource, rest: ['properties', ...path] };
  }
  for (let i = 0; i < path.length; i++) {
    const name = path[i] ?? '';
    const written = memberValue(object, name, true);
    if (!written) return { kind: 'missing', container: object, rest: path.slice(i) };
    const resolved = resolveArm(written, account.scope);
    if (resolved.kind === 'unknown') return { kind: 'unknown', written };
    const node = resolved.node;
    if (i === path.length - 1) return { kind: 'set', written, literal: node, value: scalarOf(node) };
    if (node.type !== 'Object')
      return node.type === 'Null'
        ? { kind: 'missing', container: undefined, rest: path.slice(i + 1) }
        : { kind: 'unknown', written };
    // An object reached through a parameter or variable: a suggestion cannot insert into the expression's place.
    object = node;
  }
  return { kind: 'unknown', written: account.resource };
}

function scalarOf(node: JsonValue): string | boolean | null | undefined {
  if (node.type === 'String' || node.type === 'Boolean') return node.value;
  if (node.type === 'Null') return null;
  return undefined;
}

/** The edit that writes `secure` for a setting: replace the literal it resolves to, or insert the missing members. */
export function secureEdit(text: string, setting: ArmSetting, secure: string | boolean): TextEdit | undefined {
  if (setting.kind === 'set') return { range: setting.literal.range, text: jsonLiteral(secure) };
  if (setting.kind === 'missing' && setting.container)
    return insertMember(text, setting.container, setting.rest, secure);
  return undefined;
}

/** How messages name an ARM account: `Microsoft.CognitiveServices/accounts "name"` (the name as written). */
export function armResourceLabel(account: ArmAccount): string {
  const name = stringValue(memberValue(account.resource, 'name'));
  return name === undefined || name.length > 80
    ? 'Microsoft.CognitiveServices/accounts'
    : `Microsoft.CognitiveServices/accounts "${name}"`;
}
