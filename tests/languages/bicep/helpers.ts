// Helpers for the Bicep parser tests: walk a tree, strip locations for shape comparisons, and check that every
// node's `range` and `loc` agree with the text (positions recomputed here independently of the parser).
import { visitorKeys, type Node, type BicepFile } from '../../../src/languages/bicep/index.js';

/** Every node in the tree (visitor keys), parents before children. Iterative: trees can be deep. */
export function nodesOf(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    out.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return out;
}

export function childrenOf(node: Node): Node[] {
  const record = node as unknown as Record<string, unknown>;
  const children: Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = record[key];
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof item === 'object' && item !== null && 'type' in item) children.push(item as Node);
    }
  }
  return children;
}

/** A copy without `range`/`loc`, for `toEqual` on shapes. */
export function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'range' && k !== 'loc')
      .map(([k, v]) => [k, strip(v)]),
  );
}

/** 1-based line, 0-based column of an offset; `\r\n`, `\n` and `\r` end lines. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart };
}

/**
 * Problems with the tree's locations: a loc that disagrees with its range, a child outside its parent, siblings
 * out of source order. Empty for a sound tree. `sample` limits the (quadratic) position check on big inputs.
 */
export function locationProblems(text: string, program: BicepFile, sample = Infinity): string[] {
  const problems: string[] = [];
  let checked = 0;
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const [start, end] = node.range;
    if (!(start >= 0 && start <= end && end <= text.length))
      problems.push(`${node.type} range ${String(start)}-${String(end)}`);
    if (checked++ < sample) {
      const s = positionAt(text, start);
      const e = positionAt(text, end);
      if (
        s.line !== node.loc.start.line ||
        s.column !== node.loc.start.column ||
        e.line !== node.loc.end.line ||
        e.column !== node.loc.end.column
      ) {
        problems.push(
          `${node.type} at ${String(start)}: loc ${JSON.stringify(node.loc)} vs ${JSON.stringify({ start: s, end: e })}`,
        );
      }
    }
    let previousEnd = start;
    let previous: [number, number] | undefined;
    for (const child of childrenOf(node)) {
      // Shorthand import specifiers have two nodes over the same text.
      const twin = previous?.[0] === child.range[0] && previous[1] === child.range[1];
      previous = child.range;
      if ((child.range[0] < previousEnd && !twin) || child.range[0] < start || child.range[1] > end) {
        problems.push(
          `${child.type} ${JSON.stringify(child.range)} outside or before its sibling in ${node.type} ${JSON.stringify(node.range)}`,
        );
      }
      previousEnd = Math.max(previousEnd, child.range[1]);
      stack.push(child);
    }
  }
  return problems.slice(0, 10);
}

export const textOf = (text: string, node: { range: [number, number] }): string =>
  text.slice(node.range[0], node.range[1]);
