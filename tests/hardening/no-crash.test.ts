// No crash on real code: the `all` preset over thousands of third-party files (node_modules) under espree,
// typescript-eslint and vue-eslint-parser, plus synthetic files with unusual syntax. A rule exception
// surfaces as a thrown error from Linter#verify; the tests collect them all and expect none.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import {
  JS_FILE,
  type LintOutcome,
  TS_FILE,
  lintAnyType,
  lintOnce,
  configFor,
  languageOptions,
  sampleCorpus,
} from '../support/hardening.js';
import { identifiableKey, legacyKey } from '../support/keys.js';
import { samples } from './samples.js';

// Sizes keep the file near a minute of CPU on an idle machine: parsing dominates (the rules add little).
const CORPUS_SIZE = 2000;
const MAX_BYTES = 100_000;
const TS_CORPUS_SIZE = 300;
const VUE_FROM_CORPUS = 150;

const linter = new Linter({ configType: 'flat' });
const corpus = sampleCorpus(CORPUS_SIZE, JS_FILE, MAX_BYTES);
// Real TypeScript (sources and declaration files) for the typescript-eslint parser, with every other
// corpus file as JavaScript.
const tsCorpus = sampleCorpus(TS_CORPUS_SIZE, TS_FILE, MAX_BYTES);
const tsRun = [...corpus.filter((_, i) => i % 2 === 0), ...tsCorpus];

interface Run {
  crashes: string[];
  parsed: number;
  unparsable: number;
  ms: number;
  cpuMs: number;
  slowest: [string, number][];
}

function run(files: readonly { name: string; code: string }[], lint: (name: string, code: string) => LintOutcome): Run {
  const result: Run = { crashes: [], parsed: 0, unparsable: 0, ms: 0, cpuMs: 0, slowest: [] };
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const { name, code } of files) {
    const outcome = lint(name, code);
    if (outcome.crash) result.crashes.push(`${name}: ${outcome.crash}`);
    else if (outcome.parseError) result.unparsable++;
    else result.parsed++;
    result.slowest.push([name, outcome.ms]);
  }
  result.ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  result.cpuMs = (used.user + used.system) / 1000;
  result.slowest = result.slowest.sort((a, b) => b[1] - a[1]).slice(0, 3);
  return result;
}

function note(label: string, r: Run): void {
  const slow = r.slowest.map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(', ');
  console.log(
    `[no-crash] ${label}: ${r.parsed} files linted, ${r.unparsable} unparsable skipped, ${r.crashes.length} crashes, ${(r.ms / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU (slowest: ${slow})`,
  );
}

describe('no crash on real code', () => {
  it('has rules to run and a corpus of at least 2,000 third-party files', () => {
    expect(Object.keys(rules).length).toBeGreaterThan(0);
    expect(corpus.length).toBeGreaterThanOrEqual(CORPUS_SIZE);
    expect(new Set(corpus.map((f) => f.name.split('/').slice(0, 3).join('/'))).size).toBeGreaterThan(100);
  });

  it('espree: the all preset over the corpus throws nothing', () => {
    const r = run(corpus, (name, code) => lintAnyType(linter, code, name, 'espree'));
    note('espree', r);
    expect(r.crashes).toEqual([]);
    expect(r.parsed).toBeGreaterThanOrEqual(CORPUS_SIZE * 0.95);
  });

  it('typescript-eslint: the all preset over half the corpus and real .ts/.d.ts files throws nothing', () => {
    const r = run(tsRun, (name, code) => lintAnyType(linter, code, name, 'typescript-eslint'));
    note('typescript-eslint', r);
    expect(r.crashes).toEqual([]);
    expect(r.parsed).toBeGreaterThanOrEqual(tsRun.length * 0.9);
  });

  it('vue-eslint-parser: the all preset over .vue files built from the corpus throws nothing', () => {
    // Corpus modules wrapped as single-file components (<script> blocks), every 13th file.
    const vue = corpus
      .filter((_, i) => i % 13 === 0)
      .filter((f) => !f.code.includes('</script') && /^\s*(?:import|export)\s/m.test(f.code))
      .slice(0, VUE_FROM_CORPUS)
      .map((f) => ({
        name: `${f.name}.vue`,
        code: `<template>\n  <div :title="msg">{{ msg }}</div>\n</template>\n<script>\n${f.code}\n</script>\n`,
      }));
    // Real TypeScript sources (not declaration files) as `<script setup lang="ts">` blocks.
    const vueTs = tsCorpus
      .filter((f) => !/\.d\.[cm]?ts$/.test(f.name) && !f.code.includes('</script'))
      .slice(0, 50)
      .map((f) => ({
        name: `${f.name}.vue`,
        code: `<script setup lang="ts">\n${f.code}\n</script>\n<template><p>{{ 1 }}</p></template>\n`,
      }));
    const r = run([...vue, ...vueTs], (name, code) =>
      lintOnce(linter, code, name, configFor(languageOptions('vue-eslint-parser'))),
    );
    note('vue-eslint-parser (corpus)', r);
    expect(r.crashes).toEqual([]);
    expect(r.parsed).toBeGreaterThan(20);
  });

  it('vue-eslint-parser: hand-written components with keys, env reads and TypeScript', () => {
    const k = legacyKey();
    const id = identifiableKey('B');
    const sfcs = [
      `<template><button @click="go">{{ key }}</button></template>
<script setup lang="ts">
import { AzureOpenAI } from "openai";
import * as sdk from "microsoft-cognitiveservices-speech-sdk";
const key = import.meta.env.VITE_AZURE_OPENAI_KEY as string;
const client = new AzureOpenAI({ apiKey: key, endpoint: "http://x.openai.azure.com", dangerouslyAllowBrowser: true });
const speech = sdk.SpeechConfig.fromSubscription("${k}", "westus");
speech.enableAudioLogging();
defineProps<{ msg?: string }>();
async function go(): Promise<void> { await fetch("https://x.cognitiveservices.azure.com", { headers: { "Ocp-Apim-Subscription-Key": "${k}" } }); }
</script>`,
      `<script>
import { AzureKeyCredential } from "@azure/core-auth";
export default { data() { return { apiKey: "${k}" }; }, methods: { c() { return new AzureKeyCredential(this.apiKey); } } };
</script>
<script setup>
const secret = "${id}";
console.log(secret, process.env.VUE_APP_SPEECH_KEY);
</script>
<template><p v-for="(v, i) in list" :key="i">{{ v?.x ?? "${k}" }}</p></template>`,
      `<template><div/></template>`,
      `<script lang="ts">\nexport default {}\n</script>\n<style>.a{}</style>`,
    ];
    const r = run(
      sfcs.map((code, i) => ({ name: `component${i}.vue`, code })),
      (name, code) => lintOnce(linter, code, name, configFor(languageOptions('vue-eslint-parser'))),
    );
    note('vue-eslint-parser (hand-written)', r);
    expect(r.crashes).toEqual([]);
    expect(r.parsed).toBe(sfcs.length);
  });

  describe('synthetic files with unusual syntax', () => {
    for (const sample of samples) {
      for (const parser of sample.parsers) {
        it(`${sample.name} under ${parser}`, () => {
          const outcome = lintOnce(
            linter,
            sample.code,
            sample.name,
            configFor(languageOptions(parser, sample.sourceType ?? 'module', sample.jsx ?? false)),
          );
          expect(outcome.crash).toBeUndefined();
          expect(outcome.parseError).toBeUndefined();
        });
      }
    }
  });
});
