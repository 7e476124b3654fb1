// The JSON tree @eslint/json hands rules (`json/json`, `json/jsonc`, `json/json5`), typed structurally so the plugin
// needs no import of it at run time: @eslint/json is an optional peer, only present where users lint JSON.

export interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}

interface JsonBase {
  loc: { start: JsonPosition; end: JsonPosition };
  range: [number, number];
}

export interface JsonString extends JsonBase {
  type: 'String';
  value: string;
}
export interface JsonNumber extends JsonBase {
  type: 'Number';
  value: number;
}
export interface JsonBoolean extends JsonBase {
  type: 'Boolean';
  value: boolean;
}
export interface JsonNull extends JsonBase {
  type: 'Null';
}
export interface JsonIdentifier extends JsonBase {
  type: 'Identifier';
  name: string;
}
export interface JsonOther extends JsonBase {
  type: 'NaN' | 'Infinity';
}
export interface JsonMember extends JsonBase {
  type: 'Member';
  name: JsonString | JsonIdentifier;
  value: JsonValue;
}
export interface JsonObject extends JsonBase {
  type: 'Object';
  members: JsonMember[];
}
export interface JsonElement extends JsonBase {
  type: 'Element';
  value: JsonValue;
}
export interface JsonArray extends JsonBase {
  type: 'Array';
  elements: JsonElement[];
}
export interface JsonDocument extends JsonBase {
  type: 'Document';
  body: JsonValue;
}

export type JsonValue =
  JsonObject | JsonArray | JsonString | JsonNumber | JsonBoolean | JsonNull | JsonOther | JsonIdentifier;

export function memberName(member: JsonMember): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

/** The member of `object` named `name` (the last one, as JSON.parse keeps), compared case-insensitively if asked. */
export function member(object: JsonValue | undefined, name: string, ignoreCase = false): JsonMember | undefined {
  if (object?.type !== 'Object') return undefined;
  const wanted = ignoreCase ? name.toLowerCase() : name;
  for (let i = object.members.length - 1; i >= 0; i--) {
    const candidate = object.members[i];
    if (!candidate) continue;
    const actual = memberName(candidate);
    if ((ignoreCase ? actual.toLowerCase() : actual) === wanted) return candidate;
  }
  return undefined;
}

export function memberValue(object: JsonValue | undefined, name: string, ignoreCase = false): JsonValue | undefined {
  return member(object, name, ignoreCase)?.value;
}

export function stringValue(node: JsonValue | undefined): string | undefined {
  return node?.type === 'String' ? node.value : undefined;
}

/** Member names as a linked list from the innermost out: sharing tails keeps deep documents linear. */
export interface JsonPath {
  readonly name: string;
  readonly up: JsonPath | undefined;
}

/** The innermost `count` names of a path, outermost first (`['Values', 'SPEECH_KEY']`). */
export function lastNames(path: JsonPath | undefined, count: number): string[] {
  const names: string[] = [];
  for (let link = path; link && names.length < count; link = link.up) names.push(link.name);
  return names.reverse();
}

/** A string value and where it sits: the names of the members above it (array indexes are skipped). */
export interface JsonStringSite {
  readonly node: JsonString;
  /** The innermost name is the value's own member name (or the nearest member above an array). */
  readonly path: JsonPath | undefined;
  /** The member that holds the value directly, if any. */
  readonly member: JsonMember | undefined;
}

/** Every string value in the document, in source order, with its member path. Iterative: no recursion limits. */
export function stringSites(document: JsonDocument): JsonStringSite[] {
  const sites: JsonStringSite[] = [];
  const stack: { node: JsonValue; path: JsonPath | undefined; member: JsonMember | undefined }[] = [
    { node: document.body, path: undefined, member: undefined },
  ];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (!frame) break;
    const { node, path } = frame;
    if (node.type === 'String') {
      sites.push({ node, path, member: frame.member });
    } else if (node.type === 'Object') {
      for (let i = node.members.length - 1; i >= 0; i--) {
        const child = node.members[i];
        if (child) stack.push({ node: child.value, path: { name: memberName(child), up: path }, member: child });
      }
    } else if (node.type === 'Array') {
      for (let i = node.elements.length - 1; i >= 0; i--) {
        const child = node.elements[i];
        if (child) stack.push({ node: child.value, path, member: undefined });
      }
    }
  }
  return sites;
}

/**
 * Maps offsets in a string's value to offsets in the file: `\"`, `\n`, `\uXXXX` and other escapes take more source
 * characters than value characters. `source` is the file text; the node's range includes its quotes.
 */
export function valueOffsets(node: JsonString, source: string): (index: number) => number {
  const start = node.range[0] + 1;
  const end = node.range[1] - 1;
  if (end - start === node.value.length) return (index) => start + index;
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    map.push(i);
    if (source.charCodeAt(i) !== 92 /* \ */) continue;
    const next = source[i + 1];
    if (next === 'u') {
      // A surrogate pair spelled as two escapes is two value characters, each six source characters.
      i += 5;
    } else {
      i++;
    }
  }
  map.push(end);
  return (index) => map[Math.max(0, Math.min(index, map.length - 1))] ?? end;
}
