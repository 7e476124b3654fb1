#!/usr/bin/env node
// Benchmark: lints published code (the corpus packages listed in bench/package.json "corpus") once per
// configuration in one process with ESLint's Node API and `stats: true`, then lints generated pathological
// inputs with this plugin's `all`. Ratios (rule time as a share of parse time, measured in the same run) are the
// headline; absolute times on a shared machine are noise.
//
// Usage: node --expose-gc bench/run.js [--sample N] [--findings] [--no-corpus] [--no-patho] [--only a,b]
//   --sample N   lint only the first N corpus files (sorted by package, then path): a CI smoke run
//   --findings   print every finding of this plugin's `recommended` (file, line, rule, message)
//   --no-corpus / --no-patho   skip a part
//   --only a,b   run only the named configurations (parse, recommended, all, no-secrets, sonarjs, sdl; and the
//                floors, run only when named: floor, facts)
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const MODULES = path.join(BENCH, 'node_modules');
const CORPUS = path.join(BENCH, 'corpus');
const RESULTS = path.join(BENCH, 'results');
/** Files over this size are left out (none of the pinned corpus packages has one today). */
const MAX_BYTES = 2 * 1024 * 1024;
/** A pathological input passes when no single rule spends more than this on it. */
const PATHO_TARGET_MS = 50;
/** A pathological input that takes longer than this (all four lints) is reported as a hang. */
const PATHO_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sample = value('--sample') === undefined ? Infinity : Number(value('--sample'));
if (!(sample > 0)) fail('--sample needs a positive number');
const only = value('--only')?.split(',');
const dumpFindings = flag('--findings');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(MODULES, 'eslint'))) {
  fail('bench dependencies are missing: run `npm run bench:install` (or `npm --prefix bench ci --ignore-scripts`).');
}
const distEntry = path.join(ROOT, 'dist', 'index.js');
if (!existsSync(distEntry)) fail('dist/index.js is missing: run `npm run build` at the repository root.');

// Everything is resolved from bench/node_modules, never from the root's (which has ESLint 10).
const benchRequire = createRequire(path.join(BENCH, 'package.json'));
const load = async (name) => {
  const mod = await import(pathToFileURL(benchRequire.resolve(name)).href);
  return mod.default ?? mod;
};
const { ESLint } = await import(pathToFileURL(benchRequire.resolve('eslint')).href);
const espree = await load('espree');
const plugin = (await import(pathToFileURL(distEntry).href)).default;
/** The plugin's per-file text facts (for the `facts` floor). */
const { holds: holdsFact } = await import(pathToFileURL(path.join(ROOT, 'dist', 'core', 'facts.js')).href);
/** The rule ids a preset (an array of config blocks, one per language) enables. */
const presetRules = (preset) => [...new Set(preset.flatMap((block) => Object.keys(block.rules ?? {})))];
const noSecrets = await load('eslint-plugin-no-secrets');
const sonarjs = await load('eslint-plugin-sonarjs');
const sdl = await load('@microsoft/eslint-plugin-sdl');

// ---------------------------------------------------------------- configurations
const SONAR_RULES = [
  'weak-ssl',
  'unverified-certificate',
  'unverified-hostname',
  'no-hardcoded-secrets',
  'hardcoded-secret-signatures',
  'no-hardcoded-passwords',
  'no-clear-text-protocols',
].filter((name) => name in sonarjs.rules);

const CONFIGS = [
  { name: 'parse', label: 'parse only (no rules)', config: [] },
  { name: 'recommended', label: 'azure-ai-security recommended', config: plugin.configs.recommended },
  { name: 'all', label: 'azure-ai-security all', config: plugin.configs.all },
  {
    name: 'no-secrets',
    label: 'eslint-plugin-no-secrets',
    config: [{ plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }],
  },
  {
    name: 'sonarjs',
    label: `sonarjs (${SONAR_RULES.length} security rules)`,
    config: [
      { plugins: { sonarjs }, rules: Object.fromEntries(SONAR_RULES.map((name) => [`sonarjs/${name}`, 'error'])) },
    ],
  },
  {
    name: 'sdl',
    label: '@microsoft/sdl no-insecure-url',
    config: [{ plugins: { '@microsoft/sdl': sdl }, rules: { '@microsoft/sdl/no-insecure-url': 'error' } }],
  },
  // Floors, run only when named (`--only parse,floor,facts`): what any design pays before it does its own work.
  {
    name: 'floor',
    label: `floor: ${presetRules(plugin.configs.all).length} rules that return no listener`,
    config: floorConfig(false),
    extra: true,
  },
  { name: 'facts', label: 'floor: one rule that computes the text facts', config: floorConfig(true), extra: true },
].filter((c) => (only ? only.includes(c.name) : !c.extra));

/**
 * As many rules as `all` has, each reading the file's source code and returning no listener (`facts`: the first
 * also computes the plugin's per-file text facts, src/core/facts.ts: the escape check and the one word pass).
 */
function floorConfig(facts) {
  const count = facts ? 1 : presetRules(plugin.configs.all).length;
  const rules = {};
  for (let i = 0; i < count; i++) {
    rules[`r${i}`] = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        if (facts) holdsFact(context, 'slots');
        else void context.sourceCode.ast;
        return {};
      },
    };
  }
  const name = facts ? 'floor-facts' : 'floor';
  return [
    {
      plugins: { [name]: { meta: { name }, rules } },
      rules: Object.fromEntries(Object.keys(rules).map((r) => [`${name}/${r}`, 'error'])),
    },
  ];
}

/** Language options per corpus subtree: each file was parsed once to find whether it is a module or a script. */
const BASE = [
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  { files: ['corpus/commonjs/**'], languageOptions: { sourceType: 'commonjs' } },
];

function eslintFor(config) {
  return new ESLint({ cwd: BENCH, overrideConfigFile: true, overrideConfig: [...BASE, ...config], stats: true });
}

// ---------------------------------------------------------------- pathological worker
// Each pathological input is linted in a worker thread so that a rule that hangs is reported, not waited for.
if (!isMainThread) {
  const { text, name } = workerData;
  const eslint = eslintFor(plugin.configs.all);
  const filePath = path.join(BENCH, 'patho', `${name}.js`);
  await eslint.lintText(text, { filePath }); // warm-up: JIT and per-rule lazy setup
  let best;
  for (let i = 0; i < 3; i++) {
    const [r] = await eslint.lintText(text, { filePath });
    const s = summarize([r]);
    const slowest = [...s.rules.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['—', 0];
    // Keep the run whose slowest rule was fastest: the machine is shared, and noise only adds time.
    if (!best || slowest[1] < best.slowestMs) {
      best = { parseMs: s.parse, slowest: slowest[0], slowestMs: slowest[1], findings: s.findings, fatal: s.fatal };
      best.ruleTimes = Object.fromEntries([...s.rules].map(([k, v]) => [k, Math.round(v * 10) / 10]));
      best.findingsByRule = Object.fromEntries(s.byRule);
    }
  }
  parentPort.postMessage(best);
}

function inWorker(input) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { text: input.text, name: input.name },
      argv: [],
      resourceLimits: { stackSizeMb: 1 }, // about the main thread's default stack, where ESLint usually runs
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ timeout: true });
    }, PATHO_TIMEOUT_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

// ---------------------------------------------------------------- corpus
function corpusFiles() {
  const pkg = JSON.parse(readFileSync(path.join(BENCH, 'package.json'), 'utf8'));
  const files = [];
  let skippedLarge = 0;
  const versions = {};
  for (const name of pkg.corpus) {
    const dir = path.join(MODULES, name);
    if (!existsSync(dir)) fail(`corpus package ${name} is not installed: run \`npm run bench:install\`.`);
    versions[name] = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
    const found = [];
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'node_modules') walk(f);
        } else if (e.isFile() && /\.[cm]?js$/.test(e.name)) {
          if (statSync(f).size > MAX_BYTES) skippedLarge++;
          else found.push(path.relative(dir, f));
        }
      }
    };
    walk(dir);
    found.sort();
    for (const rel of found) files.push({ pkg: name, rel });
  }
  return { files: files.slice(0, sample), total: files.length, skippedLarge, versions };
}

/** Copies the corpus into bench/corpus/{module,commonjs}/<package>/<path> (ESLint ignores node_modules). */
function materialize(files) {
  rmSync(CORPUS, { recursive: true, force: true });
  let modules = 0;
  const origin = new Map();
  for (const file of files) {
    const src = path.join(MODULES, file.pkg, file.rel);
    const text = readFileSync(src, 'utf8');
    const kind = sourceTypeOf(file.rel, text);
    if (kind === 'module') modules++;
    const dest = path.join(CORPUS, kind, file.pkg, file.rel);
    mkdirSync(path.dirname(dest), { recursive: true });
    cpSync(src, dest);
    origin.set(dest, `${file.pkg}/${file.rel}`);
  }
  return { modules, scripts: files.length - modules, origin };
}

function sourceTypeOf(rel, text) {
  if (rel.endsWith('.mjs')) return 'module';
  if (rel.endsWith('.cjs')) return 'commonjs';
  // A .js file is a module when it parses as one and has an import or export at the top level; otherwise it is
  // CommonJS (where `require`, `module` and `exports` are declared, so rules can follow require() calls).
  try {
    const ast = espree.parse(text, { ecmaVersion: 'latest', sourceType: 'module' });
    return ast.body.some((n) => /^(Import|Export)/.test(n.type)) ? 'module' : 'commonjs';
  } catch {
    return 'commonjs';
  }
}

// ---------------------------------------------------------------- measuring
/** Peak heap and RSS while `fn` runs, sampled every 20 ms, after a GC when --expose-gc is on. */
async function withMemory(fn) {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  }, 20);
  const start = performance.now();
  try {
    const result = await fn();
    const m = process.memoryUsage();
    return {
      result,
      wallMs: performance.now() - start,
      baseHeap: base.heapUsed,
      peakHeap: Math.max(heap, m.heapUsed),
      peakRss: Math.max(rss, m.rss),
    };
  } finally {
    clearInterval(timer);
  }
}

/** Sums ESLint's per-file stats: parse time, per-rule time, fatal errors, findings per rule. */
function summarize(results) {
  let parse = 0;
  let fatal = 0;
  let findings = 0;
  let filesWithFindings = 0;
  const rules = new Map();
  const byRule = new Map();
  for (const r of results) {
    for (const pass of r.stats?.times?.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) rules.set(id, (rules.get(id) ?? 0) + t.total);
    }
    let here = 0;
    for (const m of r.messages) {
      if (m.fatal) fatal++;
      else if (m.ruleId === null)
        continue; // notices about the corpus's own eslint-disable comments (noInlineConfig)
      else {
        here++;
        byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      }
    }
    findings += here;
    if (here) filesWithFindings++;
  }
  const ruleMs = [...rules.values()].reduce((a, b) => a + b, 0);
  const top = [...rules.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return { files: results.length, parse, ruleMs, rules, top, fatal, findings, filesWithFindings, byRule };
}

const mb = (n) => `${Math.round(n / 1024 / 1024)} MB`;
const pct = (a, b) => (b > 0 ? `${((100 * a) / b).toFixed(a / b < 0.1 ? 2 : 1)} %` : 'n/a');
const short = (id) => id.replace(/^azure-ai-security\//, '');
function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- corpus run
const report = { date: new Date().toISOString(), machine: machine(), corpus: null, configs: [], patho: [] };
const out = [];
const say = (s = '') => {
  console.log(s);
  out.push(s);
};

function machine() {
  return {
    node: process.version,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim(),
    memory: mb(os.totalmem()),
    loadavg: os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' '),
    eslint: ESLint.version,
    plugin: `${plugin.meta?.version} (${presetRules(plugin.configs.all).length} rules in all, ${presetRules(plugin.configs.recommended).length} in recommended)`,
  };
}

if (isMainThread) await main();

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  say(`# azure-ai-security bench, ${report.date.slice(0, 10)}`);
  say(
    `node ${process.version}, ${os.cpus().length} cores (load average at start ${report.machine.loadavg}), ESLint ${ESLint.version}, plugin ${report.machine.plugin}`,
  );

  if (!flag('--no-corpus')) {
    const { files, total, skippedLarge, versions } = corpusFiles();
    const { modules, scripts, origin } = materialize(files);
    const bytes = files.reduce((n, f) => n + statSync(path.join(MODULES, f.pkg, f.rel)).size, 0);
    report.corpus = { files: files.length, total, skippedLarge, bytes, modules, scripts, versions };
    say(
      `corpus: ${files.length} of ${total} .js/.mjs/.cjs files (${(bytes / 1e6).toFixed(1)} MB; ${modules} modules, ` +
        `${scripts} scripts) from ${Object.keys(versions).length} packages; ${skippedLarge} files over 2 MB left out`,
    );
    say();

    // Warm-up, not measured: every plugin's code runs once on a few files so that no configuration pays for JIT.
    process.stderr.write('bench: warm-up...\n');
    await eslintFor(CONFIGS.flatMap((c) => c.config)).lintFiles([...origin.keys()].filter((_, i) => i % 40 === 0));
    const rows = [];
    let recommendedResults;
    for (const c of CONFIGS) {
      process.stderr.write(`bench: linting the corpus with ${c.name}...\n`);
      const eslint = eslintFor(c.config);
      const { result, wallMs, baseHeap, peakHeap, peakRss } = await withMemory(() => eslint.lintFiles(['corpus']));
      const s = summarize(result);
      if (c.name === 'recommended') recommendedResults = result;
      report.configs.push({
        name: c.name,
        files: s.files,
        fatal: s.fatal,
        findings: s.findings,
        filesWithFindings: s.filesWithFindings,
        parseMs: Math.round(s.parse),
        ruleMs: Math.round(s.ruleMs),
        wallMs: Math.round(wallMs),
        peakHeap,
        peakRss,
        findingsByRule: Object.fromEntries(s.byRule),
        ruleTimes: Object.fromEntries([...s.rules].map(([k, v]) => [k, Math.round(v * 10) / 10])),
      });
      rows.push([
        c.label,
        String(s.files),
        c.name === 'parse' ? `— (${s.fatal} parse errors)` : `${s.findings} in ${s.filesWithFindings} files`,
        c.name === 'parse' ? '—' : pct(s.ruleMs, s.parse),
        s.top.map(([id, t]) => `${short(id)} ${pct(t, s.parse)}`).join(', ') || '—',
        `+${mb(peakHeap - baseHeap)} / ${mb(peakRss)}`,
      ]);
      globalThis.gc?.();
    }
    say(
      table(
        [
          'configuration',
          'files',
          'findings',
          'rule time / parse time',
          'three most expensive rules (share of parse)',
          'peak heap growth / RSS',
        ],
        rows,
      ),
    );
    say();
    say(`process max RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);

    if (recommendedResults) {
      const lines = [];
      for (const r of recommendedResults) {
        for (const m of r.messages) {
          if (m.fatal || m.ruleId === null) continue;
          lines.push(`${origin.get(r.filePath) ?? r.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        }
      }
      report.recommendedFindings = lines;
      if (dumpFindings) {
        say();
        say(`## recommended findings (${lines.length})`);
        for (const l of lines) say(l);
      }
    }
  }

  // ---------------------------------------------------------------- pathological inputs
  if (!flag('--no-patho')) {
    const rows = [];
    for (const input of pathological()) {
      process.stderr.write(`bench: pathological input ${input.name}...\n`);
      const r = await inWorker(input);
      report.patho.push({ name: input.name, bytes: input.text.length, ...r });
      rows.push([
        input.label,
        `${(input.text.length / 1e6).toFixed(2)} MB`,
        r.timeout ? '—' : r.fatal ? 'PARSE ERROR' : r.parseMs.toFixed(0),
        r.timeout ? `no result in ${PATHO_TIMEOUT_MS / 1000} s` : `${short(r.slowest)} ${r.slowestMs.toFixed(1)} ms`,
        !r.timeout && r.slowestMs <= PATHO_TARGET_MS ? 'ok' : `OVER ${PATHO_TARGET_MS} ms`,
        r.timeout ? '—' : String(r.findings),
      ]);
    }
    say();
    say(
      `## pathological inputs, linted with \`all\` (best of 3 after a warm-up; target: no rule over ${PATHO_TARGET_MS} ms)`,
    );
    say();
    say(table(['input', 'size', 'parse ms', 'slowest rule', 'target', 'findings'], rows));
  }

  writeFileSync(path.join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(RESULTS, 'latest.md'), `${out.join('\n')}\n`);
  process.stderr.write(`bench: wrote ${path.relative(ROOT, RESULTS)}/latest.md and latest.json\n`);
}

/**
 * Generated at run time, never stored in the repository. Key-shaped values are random bytes made here, in memory.
 */
function pathological() {
  const hex = () => randomBytes(16).toString('hex');
  const b64 = (n) =>
    randomBytes(Math.ceil((n * 3) / 4))
      .toString('base64')
      .slice(0, n);
  const MB = 1024 * 1024;

  // 1. A minified bundle: one line, short names, SDK clients, fetch calls with key headers, URLs, TLS options.
  const parts = [
    'import*as o from"@azure/openai";import*as s from"microsoft-cognitiveservices-speech-sdk";import{AzureKeyCredential as K}from"@azure/core-auth";import h from"https";',
  ];
  for (let i = 0, size = 0; size < MB; i++) {
    size += parts.at(-1).length;
    parts.push(
      `var a${i}=function(b,c){return b?c+${i}:"https://r${i}.cognitiveservices.azure.com/"},` +
        `c${i}=new o.OpenAIClient("https://n${i}.openai.azure.com/",new K(process.env.K${i % 7}||"")),` +
        `d${i}=s.SpeechConfig.fromSubscription(e.k${i},"westus"),` +
        `f${i}=fetch("http://localhost:${3000 + (i % 100)}/x?i=${i}",{method:"POST",headers:{"api-key":e.k,"Content-Type":"application/json"},body:JSON.stringify({q:a${i}(1,2)})}),` +
        `g${i}=new h.Agent({rejectUnauthorized:!0,minVersion:"TLSv1.2"}),` +
        `t${i}={x:[1,2,3].map(function(z){return z*${i}}),y:"${b64(40)}".length};`,
    );
  }
  const minified = parts.join('');

  // 2. A 1 MB string literal (random base64 letters, the worst case for entropy scans) flowing into key slots.
  const bigString =
    'import { AzureKeyCredential } from "@azure/core-auth";\n' +
    `const blob = "${b64(MB)}";\n` +
    'export const credential = new AzureKeyCredential(blob);\n' +
    'export const call = fetch("https://x.openai.azure.com/openai", { headers: { "api-key": blob } });\n';

  // 3. Thousands of header objects: key headers with env reads, placeholders, and runtime-made key-shaped values.
  const headerLines = ['const base = "https://myres.cognitiveservices.azure.com";'];
  for (let i = 0; i < 4000; i++) {
    const v =
      i % 4 === 0
        ? `"${hex()}"`
        : i % 4 === 1
          ? `process.env.AZURE_KEY_${i}`
          : i % 4 === 2
            ? '"<your-key>"'
            : `cfg.k${i}`;
    headerLines.push(
      `const h${i} = { "Ocp-Apim-Subscription-Key": ${v}, "Ocp-Apim-Subscription-Region": "westeurope", "Content-Type": "application/json", "X-Trace": "t${i}" };`,
      `fetch(base + "/text/analytics/v3.1/languages?i=${i}", { method: "POST", headers: h${i} });`,
    );
  }
  const headers = headerLines.join('\n');

  // 4. Deeply nested objects: a 400-level config object read back through a 400-level member chain into a sink.
  const depth = 400; // 1000 overflows espree's stack on Node's default main-thread stack
  const nested =
    'import OpenAI from "openai";\n' +
    `const cfg = ${'{ a: '.repeat(depth)}{ apiKey: "${hex()}", baseURL: "https://n.openai.azure.com/openai" }${' }'.repeat(depth)};\n` +
    `const leaf = cfg${'.a'.repeat(depth)};\n` +
    'export const client = new OpenAI({ apiKey: leaf.apiKey, baseURL: leaf.baseURL });\n' +
    `export const wide = { ${Array.from({ length: 5000 }, (_, i) => `k${i}: { "api-key": v${i % 10} }`).join(', ')} };\n`;

  // 5. A long alias chain: 3000 consts copied from one another, then used as a key.
  const aliases = [`const v0 = "${hex()}";`];
  for (let i = 1; i <= 3000; i++) aliases.push(`const v${i} = v${i - 1} ?? v${Math.max(0, i - 2)};`);
  aliases.push(
    'import { AzureKeyCredential } from "@azure/core-auth";',
    'export const c = new AzureKeyCredential(v3000);',
  );
  const chain = aliases.join('\n');

  return [
    { name: 'minified', label: '1 MB minified bundle (one line)', text: minified },
    { name: 'string', label: '1 MB string literal into key slots', text: bigString },
    { name: 'headers', label: '4000 header objects + fetch calls', text: headers },
    { name: 'nested', label: '400-deep nested object + 5000-key object', text: nested },
    { name: 'aliases', label: '3000-long alias chain with ?? fallbacks', text: chain },
  ];
}
