// npm run demo: lint a copy of the example app (with keys generated now, never committed) and show
// the findings, what `eslint --fix` repairs, and the editor suggestions offered, in lines that fit a
// 100-column terminal, with paths relative to the repository.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { randomInt } from 'node:crypto';
import { identifiableChecksum, SIGNATURE } from '../dist/core/secrets/identifiable-key.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet.charAt(randomInt(alphabet.length))).join('');
/** 32 random hex characters: the shape of a legacy Azure AI key. */
const generateLegacyKey = () => pick('0123456789abcdef', 32);
/** 84 characters in the identifiable-key layout, with the checksum the plugin verifies (AZURE-FACTS §1). */
function generateIdentifiableKey({ serviceLetter }) {
  const body = `${pick(BASE62, 52)}${SIGNATURE}CL${pick(BASE62, 12)}AAA${serviceLetter}ACOG`;
  return body + (identifiableChecksum(body) ?? '').padEnd(4, '0');
}

const here = fileURLToPath(new URL('.', import.meta.url));
const source = join(here, 'app');
const target = join(here, '.generated', 'app');

/** Copies the app and replaces `__LEGACY_KEY_n__` / `__IDENTIFIABLE_KEY_X__` markers with fresh keys. */
function materialise() {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const text = readFileSync(path, 'utf8');
        const out = text
          .replace(/__LEGACY_KEY_\d+__/g, () => generateLegacyKey())
          .replace(/__IDENTIFIABLE_KEY_([A-Za-z])__/g, (_, letter) => generateIdentifiableKey({ serviceLetter: letter }));
        if (out !== text) writeFileSync(path, out);
      }
    }
  };
  walk(target);
}

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const WIDTH = 100;
const repoRoot = join(here, '..');
/** A path as the user types it from the repository root. */
const shown = (path) => relative(repoRoot, path);
/** A path inside the copy of the app, as in examples/app. */
const inApp = (path) => relative(target, path);

/** Words of `text` in lines of at most WIDTH columns: the first starts with `indent`, the others with `rest`. */
function wrap(text, indent, rest = indent) {
  const lines = [];
  let line = '';
  const prefix = () => (lines.length === 0 ? indent : rest);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix().length + line.length + 1 + word.length > WIDTH) {
      lines.push(prefix() + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix() + line);
  return lines.join('\n');
}

/** One line of code, cut to fit (the demo shows where a change is, not the whole line). */
const cut = (text, indent) => {
  const room = WIDTH - indent.length;
  return indent + (text.length > room ? `${text.slice(0, room - 1)}…` : text);
};

async function main() {
  materialise();
  const eslint = new ESLint({ cwd: target });
  const results = await eslint.lintFiles(['.']);
  console.log(wrap(`The keys in this demo were generated when it ran (random, with a valid checksum) into a copy of the app in ${shown(target)}; none is committed.`, ''));
  console.log('');
  console.log(bold('Findings (the plugin\'s presets, see examples/app/eslint.config.js)'));
  for (const result of results) {
    if (result.messages.length === 0) continue;
    console.log(`\n${shown(result.filePath)}`);
    for (const m of result.messages) {
      console.log(`  ${m.line}:${m.column}  ${m.ruleId ?? 'parse error'}`);
      console.log(wrap(m.message, '    '));
    }
  }
  console.log('');

  console.log(bold('Fixes and suggestions'));
  const perRule = new Map();
  let fixable = 0;
  let suggestible = 0;
  for (const result of results) {
    for (const m of result.messages) {
      if (!m.ruleId) continue;
      const row = perRule.get(m.ruleId) ?? { findings: 0, fixes: 0, suggestions: 0 };
      row.findings++;
      if (m.fix) { row.fixes++; fixable++; }
      if (m.suggestions?.length) { row.suggestions++; suggestible++; }
      perRule.set(m.ruleId, row);
      const where = `${inApp(result.filePath)}:${m.line}:${m.column}`;
      if (m.fix) console.log(cut(`${where}  --fix: replaces with ${JSON.stringify(m.fix.text)}`, '  '));
      for (const s of m.suggestions ?? []) console.log(wrap(`${where}  suggestion: ${s.desc}`, '  ', '    '));
    }
  }

  const fixer = new ESLint({ cwd: target, fix: true });
  const fixed = await fixer.lintFiles(['.']);
  console.log('');
  console.log(bold('What `eslint --fix` changes (fixes only; suggestions stay a human choice)'));
  for (const result of fixed) {
    if (result.output === undefined) continue;
    const before = readFileSync(result.filePath, 'utf8').split('\n');
    const after = result.output.split('\n');
    after.forEach((line, i) => {
      if (line === before[i]) return;
      console.log(`  ${inApp(result.filePath)}:${i + 1}`);
      console.log(cut(`- ${before[i]?.trim()}`, '    '));
      console.log(cut(`+ ${line.trim()}`, '    '));
    });
  }

  console.log('');
  console.log(bold('Summary'));
  const width = Math.max(...[...perRule.keys()].map((k) => k.length), 4);
  console.log(`  ${'rule'.padEnd(width)}  findings  --fix  suggestions`);
  for (const [rule, row] of [...perRule].sort()) {
    console.log(`  ${rule.padEnd(width)}  ${String(row.findings).padStart(8)}  ${String(row.fixes).padStart(5)}  ${String(row.suggestions).padStart(11)}`);
  }
  const total = [...perRule.values()].reduce((n, r) => n + r.findings, 0);
  const files = results.filter((r) => r.messages.length > 0).length;
  console.log(wrap(`${total} findings in ${files} files; ${fixable} repaired by --fix, ${suggestible} with editor suggestions.`, '  '));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
