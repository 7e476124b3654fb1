// createRule merges options less often than per file; the options a rule sees must still be the defaults merged
// with what the file's configuration says, file after file.
import { describe, expect, it } from 'vitest';
import { applyDefaults, createRule } from '../../src/utils/create-rule.js';

type Options = [{ mode?: string; list?: string[]; nested?: { a?: number; b?: number } }];

/** A rule with defaults that records the options each `create` gets. */
function probeRule() {
  const seen: unknown[] = [];
  const rule = createRule<Options, 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe', preset: 'recommended' },
      schema: [],
      defaultOptions: [{ mode: 'a', list: [], nested: { a: 1, b: 2 } }],
      messages: { m: 'm' },
    },
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  return { seen, rule };
}

describe('createRule options', () => {
  it('gives each file the defaults merged with its configured options', () => {
    const { seen, rule } = probeRule();
    const defaults = rule.meta.defaultOptions as Options;
    const configs: unknown[][] = [
      [],
      [{ mode: 'b' }],
      [{ mode: 'b' }],
      [],
      [{ nested: { b: 5 } }],
      [],
      [{ mode: 'b' }],
    ];
    for (const options of configs) {
      // ESLint makes a new options array for every file.
      rule.create({ options: [...options] } as unknown as Parameters<typeof rule.create>[0]);
    }
    expect(seen).toEqual(configs.map((options) => applyDefaults(defaults, options)));
    expect(seen[1]).toEqual([{ mode: 'b', list: [], nested: { a: 1, b: 2 } }]);
    expect(seen[4]).toEqual([{ mode: 'a', list: [], nested: { a: 1, b: 5 } }]);
  });

  it("reads ESLint's per-file options arrays of the same element objects as the same options, and a changed one anew", () => {
    const { seen, rule } = probeRule();
    const defaults = rule.meta.defaultOptions as Options;
    const create = (options: unknown[]): void => {
      rule.create({ options } as unknown as Parameters<typeof rule.create>[0]);
    };
    // ESLint merges the defaults itself: a new array per file, around the same default object.
    create([defaults[0]]);
    create([defaults[0]]);
    const user = { mode: 'c' };
    create([user]);
    create([user]);
    create([{ mode: 'd' }]);
    create([defaults[0]]);
    expect(seen).toEqual([
      ...[0, 1].map(() => applyDefaults(defaults, [defaults[0]])),
      ...[0, 1].map(() => applyDefaults(defaults, [user])),
      applyDefaults(defaults, [{ mode: 'd' }]),
      applyDefaults(defaults, [defaults[0]]),
    ]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[3]).toBe(seen[2]);
  });

  it('gives a rule without defaults no options', () => {
    const seen: unknown[] = [];
    const rule = createRule<[], 'm'>({
      name: 'bare',
      meta: { type: 'problem', docs: { description: 'bare', preset: 'recommended' }, schema: [], messages: { m: 'm' } },
      create(_context, options) {
        seen.push(options);
        return {};
      },
    });
    rule.create({ options: [] } as unknown as Parameters<typeof rule.create>[0]);
    expect(seen).toEqual([[]]);
  });
});
