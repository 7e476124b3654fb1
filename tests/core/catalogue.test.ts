// Every catalogue row, exercised by a minimal snippet: each of its slot specs yields a slot of its role, at the
// argument (or option property) the spec names, attributed to the row.
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { SINKS, type SinkRow, type SlotSpec } from '../../src/core/sinks/catalogue.js';
import { sinkIndex } from '../../src/core/sinks/index.js';
import type { Slot } from '../../src/core/sinks/slots.js';
import { slotLabel } from '../../src/core/sinks/slots.js';
import { lintWithProbe } from '../support/probe.js';

/** The value written for a spec: a distinct identifier, so the slot's node tells which spec it came from. */
const valueName = (index: number): string => `v${String(index)}`;

/** `{ a: { b: v1 }, c: v2 }` for the specs of one argument that have paths. */
function optionsObject(specs: readonly { spec: SlotSpec; index: number }[]): string {
  const tree: Record<string, unknown> = {};
  for (const { spec, index } of specs) {
    let at = tree;
    const path = spec.path ?? [];
    path.forEach((segment, i) => {
      if (i === path.length - 1) at[segment] = valueName(index);
      else at = (at[segment] ??= {}) as Record<string, unknown>;
    });
  }
  const write = (node: Record<string, unknown>): string =>
    `{ ${Object.entries(node)
      .map(([k, v]) => `${JSON.stringify(k)}: ${typeof v === 'string' ? v : write(v as Record<string, unknown>)}`)
      .join(', ')} }`;
  return write(tree);
}

/** A call of `row` with every argument written; only the specs in `only` fill theirs (others: `other`). */
function snippet(row: SinkRow, only: readonly SlotSpec[] = row.slots): string {
  const module = row.modules[0] ?? '';
  const [head = '', ...rest] = row.exportPath;
  const local = head === 'default' ? 'Sdk' : head;
  const importLine = head === 'default' ? `import Sdk from "${module}";` : `import { ${head} } from "${module}";`;
  const callee = [local, ...rest].join('.');
  const maxArg = Math.max(...row.slots.map((s) => s.arg));
  const args: string[] = [];
  for (let arg = 0; arg <= maxArg; arg++) {
    const specs = row.slots
      .map((spec, index) => ({ spec, index }))
      .filter(({ spec }) => spec.arg === arg && only.includes(spec));
    const plain = specs.find(({ spec }) => spec.path === undefined);
    args.push(plain ? valueName(plain.index) : specs.length > 0 ? optionsObject(specs) : 'other');
  }
  return `${importLine}\n${row.call === 'new' ? 'new ' : ''}${callee}(${args.join(', ')});`;
}

function slotsOfSnippet(code: string): Slot[] {
  let slots: Slot[] = [];
  lintWithProbe(code, (context) => ({ 'Program:exit': () => void (slots = [...sinkIndex(context).slots]) }));
  return slots;
}

describe('the SDK catalogue', () => {
  it('has rows with unique labels per module and export path', () => {
    const keys = SINKS.map((row) => `${row.modules.join(',')}:${row.exportPath.join('.')}:${row.call}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SINKS.map((row) => [row.label, row] as const))(
    '%s: a minimal call yields every slot of the row',
    (_, row) => {
      // One-argument REST forms take only the credential; the snippet passes every argument, so every slot applies.
      // A row whose specs share an argument in two shapes (Cosmos: a connection string or `{ key }`) gets one call per spec.
      const shared = row.slots.some((a) =>
        row.slots.some((b) => a.arg === b.arg && (a.path === undefined) !== (b.path === undefined)),
      );
      const calls = shared ? row.slots.map((spec) => [spec]) : [row.slots];
      const slots = calls
        .flatMap((only) => slotsOfSnippet(snippet(row, only)).filter((slot) => !shared || slot.role === only[0]?.role))
        .filter((slot) => slot.source.kind === 'parameter' && slot.source.row === row);
      const found = slots.map((slot) => ({
        role: slot.role,
        name: slot.node.type === AST_NODE_TYPES.Identifier ? slot.node.name : slot.node.type,
      }));
      const expected = row.slots.map((spec, index) => ({ role: spec.role, name: valueName(index) }));
      expect(found).toEqual(expected);
      for (const slot of slots) {
        expect(slot.strength).toBe('sink');
        expect(slot.service).toBe(row.service);
        expect(slotLabel(slot)).toBe(row.label);
      }
    },
  );
});
