// JSON cost: every *.json under bench/node_modules (run `npm run bench:install` first), linted with ESLint's JSON
// language alone (parse), then with this plugin's `recommended-json` and `all-json` presets. Prints total and
// per-file / per-MB times (median of 5 interleaved passes) and the findings per rule. Usage: npm run build && node bench/json.js
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import { Linter } from 'eslint';
import plugin from '../dist/index.js';

const ROOT = fileURLToPath(new URL('./node_modules/', import.meta.url));
const PASSES = 5;

function jsonFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) jsonFiles(path, out);
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

const files = jsonFiles(ROOT).map((path) => ({
  // Paths relative to node_modules: the presets leave node_modules/ and package-lock.json out on purpose.
  name: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
  bytes: statSync(path).size,
}));
const bytes = files.reduce((n, f) => n + f.bytes, 0);

const parseOnly = [
  { files: ['**/*.json'], language: 'json/json', plugins: { json } },
  { files: ['**/*.jsonc', '**/tsconfig.json', '**/tsconfig.*.json'], language: 'json/jsonc', plugins: { json } },
];
const CONFIGS = {
  parse: parseOnly,
  'recommended-json': plugin.configs['recommended-json'],
  'all-json': plugin.configs['all-json'],
};

const linter = new Linter({ configType: 'flat' });
const rows = Object.keys(CONFIGS).map((name) => ({ name, times: [], linted: 0, findings: new Map() }));
// Passes interleave the configurations, so machine noise spreads over all of them; the median pass counts.
for (let pass = 0; pass < PASSES; pass++) {
  for (const row of rows) {
    const counts = new Map();
    let linted = 0;
    const started = performance.now();
    for (const file of files) {
      const messages = linter.verify(file.text, CONFIGS[row.name], file.name);
      if (
        messages.some((m) => m.message.startsWith('No matching configuration') || m.message.startsWith('File ignored'))
      )
        continue;
      linted++;
      for (const m of messages) {
        const id = m.ruleId ?? (m.fatal ? 'parse error' : 'other');
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    row.times.push(performance.now() - started);
    row.linted = linted;
    row.findings = counts;
  }
}
for (const row of rows) row.ms = row.times.toSorted((a, b) => a - b)[Math.floor(PASSES / 2)];

console.log(
  `${String(files.length)} JSON files, ${(bytes / 1e6).toFixed(2)} MB under bench/node_modules (median of ${String(PASSES)} interleaved passes)`,
);
const parse = rows[0]?.ms ?? 0;
for (const row of rows) {
  const perFile = row.ms / Math.max(1, row.linted);
  const perMb = row.ms / (bytes / 1e6);
  const rules =
    row.name === 'parse'
      ? ''
      : `, rules ${(row.ms - parse).toFixed(0)} ms (${(((row.ms - parse) / parse) * 100).toFixed(0)} % of parse)`;
  console.log(
    `${row.name.padEnd(17)} ${row.ms.toFixed(0).padStart(6)} ms  ${String(row.linted)} files  ${perFile.toFixed(2)} ms/file  ${perMb.toFixed(0)} ms/MB${rules}`,
  );
  for (const [rule, n] of [...row.findings].sort()) console.log(`    ${rule}: ${String(n)}`);
}

// Per-rule time inside one run (ESLint `stats`), robust against machine noise: rule time as a share of parse time.
const { ESLint } = await import('eslint');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIGS['all-json'], stats: true });
const perRule = new Map();
let parseMs = 0;
let rulesMs = 0;
for (const file of files) {
  const [result] = await eslint.lintText(file.text, { filePath: join(ROOT, 'stats', file.name) });
  for (const pass of result?.stats?.times.passes ?? []) {
    parseMs += pass.parse.total;
    for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
      perRule.set(rule, (perRule.get(rule) ?? 0) + total);
      rulesMs += total;
    }
  }
}
console.log(
  `all-json, ESLint stats: parse ${parseMs.toFixed(0)} ms, rules ${rulesMs.toFixed(0)} ms (${((rulesMs / parseMs) * 100).toFixed(1)} % of parse)`,
);
for (const [rule, ms] of [...perRule].sort((a, b) => b[1] - a[1]))
  console.log(`    ${rule}: ${ms.toFixed(1)} ms (${((ms / parseMs) * 100).toFixed(2)} % of parse)`);
