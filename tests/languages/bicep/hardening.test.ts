// The Bicep parser never throws, never overflows the stack and stays linear: deep nesting, 1 MB files and strings,
// random bytes. Time bounds are generous (a shared 2-core machine); what they catch is quadratic or worse behaviour.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseBicep, type BicepFile } from '../../../src/languages/bicep/index.js';
import { bicepCorpus, random } from './corpus.js';
import { locationProblems, nodesOf } from './helpers.js';
import { deep, INPUTS, MB } from './inputs.js';

function timed(text: string): { program: BicepFile; ms: number } {
  const start = performance.now();
  const program = parseBicep(text);
  return { program, ms: performance.now() - start };
}

describe('Bicep parser hardening', () => {
  for (const [name, make] of INPUTS) {
    it(`${name}: parses in bounded time and keeps the next declaration`, () => {
      const text = make();
      const { program, ms } = timed(text);
      console.log(`${name}: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(10_000);
      const after = program.body.find((s) => 'id' in s && s.id.name === 'after');
      if (!name.includes('unterminated')) expect(after, name).toBeDefined();
      expect(locationProblems(text, program, 200)).toEqual([]);
      // The traversal is iterative; depth in the tree is bounded by the parser's limit.
      expect(nodesOf(program).length).toBeGreaterThan(0);
    });
  }

  it('nesting past the limit becomes one InvalidExpression and an error', () => {
    const program = parseBicep(`var a = ${deep('[', '1', ']', MAX_DEPTH + 50)}`);
    const invalid = nodesOf(program).filter((n) => n.type === 'InvalidExpression');
    expect(invalid).toHaveLength(1);
    expect(program.errors.map((e) => e.message)).toEqual([
      `Nesting deeper than ${String(MAX_DEPTH)} levels is not parsed.`,
    ]);
    const ok = parseBicep(`var a = ${deep('[', '1', ']', MAX_DEPTH - 5)}`);
    expect(ok.errors).toEqual([]);
  });

  it('random bytes never throw and keep locations sound', () => {
    const rng = random(7);
    const alphabet = "{}[]()'$\\:,.?!=<>|&@*/+-%#\"\r\n\t abcxyz019_resource param var for in if => ''' ${ } /* */ //";
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(rng() * 400);
      let text = '';
      for (let i = 0; i < length; i++) {
        text +=
          rng() < 0.1
            ? String.fromCharCode(Math.floor(rng() * 0x3000))
            : alphabet.charAt(Math.floor(rng() * alphabet.length));
      }
      const program = parseBicep(text);
      expect(locationProblems(text, program), JSON.stringify(text)).toEqual([]);
    }
  });

  it('random mutations of real files never throw and keep locations sound', () => {
    const rng = random(11);
    const files = bicepCorpus(12);
    for (let round = 0; round < 200; round++) {
      const source = (files[round % files.length] as { text: string }).text;
      const at = Math.floor(rng() * source.length);
      const cut = Math.floor(rng() * 40);
      const insert =
        ["'", '{', '}', '[', ']', '(', '${', "'''", '/*', '\n', '?', '!', '=>', '@'][Math.floor(rng() * 14)] ?? '';
      const text = source.slice(0, at) + insert + source.slice(at + cut);
      const program = parseBicep(text);
      expect(locationProblems(text, program, 500), `round ${String(round)}`).toEqual([]);
    }
  });

  it('a 1 MB file of realistic templates parses without errors, in linear time', () => {
    const files = bicepCorpus(600);
    const half = files
      .slice(0, 300)
      .map((f) => f.text)
      .join('\n');
    const whole = files.map((f) => f.text).join('\n');
    const small = timed(half);
    const big = timed(whole);
    expect(whole.length).toBeGreaterThan(MB);
    expect(big.program.errors).toEqual([]);
    expect(small.program.errors).toEqual([]);
    // Twice the text: about twice the time. Allow a lot of noise, not a quadratic.
    expect(big.ms).toBeLessThan(Math.max(small.ms * 6, 2_000));
  });
});
