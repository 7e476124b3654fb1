#!/usr/bin/env node
// Wall-clock cost of the plugin, without ESLint's per-listener `stats` timers (which add their own overhead to
// every listener call and so overstate many cheap listeners). Lints the same in-memory files with ESLint's
// `Linter` under "parse only" (no rules) and under each preset, alternating the configurations over several
// rounds, and reports the median extra time as a share of the parse-only time.
//
// Usage (after `npm run bench` has copied the corpus to bench/corpus/): node --expose-gc bench/wall.js [--rounds N] [--sample N]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CORPUS = path.join(BENCH, 'corpus');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const rounds = opt('--rounds', 5);
const sample = opt('--sample', Infinity);

if (!existsSync(CORPUS)) {
  console.error('bench/corpus is missing: run `npm run bench` once (it copies the corpus).');
  process.exit(1);
}
const benchRequire = createRequire(path.join(BENCH, 'package.json'));
const { Linter } = await import(pathToFileURL(benchRequire.resolve('eslint')).href);
const plugin = (await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href)).default;

function walk(dir, out) {
  for (const entry of readdirSync(dir).sort()) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const files = walk(CORPUS, [])
  .slice(0, sample)
  .map((file) => ({
    file,
    text: readFileSync(file, 'utf8'),
    sourceType: file.includes(`${path.sep}commonjs${path.sep}`) ? 'commonjs' : 'module',
  }));

const linter = new Linter({ configType: 'flat' });
const configFor = (preset, sourceType) => [
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { ecmaVersion: 'latest', sourceType },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  },
  ...(preset ? [preset].flat() : []),
];
const oneRule = { rules: { 'no-debugger': 'error' } };
const configs = {
  parse: { module: configFor(undefined, 'module'), commonjs: configFor(undefined, 'commonjs') },
  // ESLint's fixed cost of running any rule at all (the traversal, code path analysis): the fair baseline.
  'one core rule': { module: configFor(oneRule, 'module'), commonjs: configFor(oneRule, 'commonjs') },
  recommended: {
    module: configFor(plugin.configs.recommended, 'module'),
    commonjs: configFor(plugin.configs.recommended, 'commonjs'),
  },
  all: { module: configFor(plugin.configs.all, 'module'), commonjs: configFor(plugin.configs.all, 'commonjs') },
};

function lintAll(name) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  for (const { file, text, sourceType } of files) linter.verify(text, configs[name][sourceType], file);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Warm-up: JIT-compile everything once.
for (const name of Object.keys(configs)) lintAll(name);
const times = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
for (let r = 0; r < rounds; r++) for (const name of Object.keys(configs)) times[name].push(lintAll(name));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const parse = median(times.parse);
console.log(`${files.length} files, ${rounds} rounds (median), Node ${process.version}`);
console.log(`parse only     ${parse.toFixed(0)} ms`);
const base = median(times['one core rule']);
console.log(
  `one core rule  ${base.toFixed(0)} ms  (ESLint's own traversal with any rule: +${(((base - parse) / parse) * 100).toFixed(1)} %)`,
);
for (const name of ['recommended', 'all']) {
  const t = median(times[name]);
  console.log(
    `${name.padEnd(14)} ${t.toFixed(0)} ms  (+${(((t - base) / parse) * 100).toFixed(1)} % of parse-only time over one core rule)`,
  );
}
