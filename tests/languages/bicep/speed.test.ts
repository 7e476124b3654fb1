// The parser's speed on a generated corpus of 300 realistic files (see corpus.ts): printed in MB/s, with a floor
// low enough for a shared 2-core machine. `npx vitest run tests/languages/bicep/speed.test.ts` shows the number.
import { expect, it } from 'vitest';
import { parseBicep } from '../../../src/languages/bicep/index.js';
import { bicepCorpus } from './corpus.js';

it('parses the generated corpus at a measured speed, without errors', () => {
  const files = bicepCorpus(300);
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
  // The first pass checks the corpus parses cleanly and warms the JIT up.
  for (const file of files) expect(parseBicep(file.text).errors, file.name).toEqual([]);
  const rounds = 5;
  const start = performance.now();
  for (let round = 0; round < rounds; round++) for (const file of files) parseBicep(file.text);
  const seconds = (performance.now() - start) / 1000 / rounds;
  const mbPerSecond = bytes / 1e6 / seconds;
  console.log(
    `bicep parser: ${String(files.length)} files, ${(bytes / 1e6).toFixed(2)} MB, ${(seconds * 1000).toFixed(0)} ms per pass, ${mbPerSecond.toFixed(1)} MB/s`,
  );
  expect(mbPerSecond).toBeGreaterThan(0.5);
});
