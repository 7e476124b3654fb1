// Each rule doc's ❌ examples must be reported by the rule, its ✅ examples must not. The docs name secrets by
// placeholders (`<32 hex characters>`); the test writes generated values in their place, and the imports the
// snippets leave out (`TextAnalysisClient`, `azure_native`, …) in front.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { clientSecret, jwt, legacyKey, sasSignature, storageAccountKey } from '../support/keys.js';

const DOCS = path.resolve('docs/rules');

const SECRETS: Readonly<Record<string, () => string>> = {
  '<32 hex characters>': legacyKey,
  '<88 base64 characters>': storageAccountKey,
  '<40-character 8Q~ secret>': () => clientSecret(),
  '<signature>': sasSignature,
  '<JWT>': jwt,
  '<proxy password>': () => 'Pr0xy-Pa55word',
};

/** Imports the doc snippets assume, by the name they use. */
const IMPORTS: Readonly<Record<string, string>> = {
  TextAnalysisClient: 'import { TextAnalysisClient } from "@azure/ai-language-text";',
  AzureKeyCredential: 'import { AzureKeyCredential } from "@azure/ai-language-text";',
  AzureOpenAI: 'import { AzureOpenAI } from "openai";',
  SpeechConfig: 'import { SpeechConfig } from "microsoft-cognitiveservices-speech-sdk";',
  ServicePropertyChannel: 'import { ServicePropertyChannel } from "microsoft-cognitiveservices-speech-sdk";',
  setProxy: 'import * as speechSdk from "microsoft-cognitiveservices-speech-sdk";',
  azure_native: 'import * as azure_native from "@pulumi/azure-native";',
  azurerm: 'import * as azurerm from "@cdktf/provider-azurerm";',
  azure: 'import * as azure from "@pulumi/azure";',
  PublicNetworkAccess: 'import { PublicNetworkAccess } from "@pulumi/azure-native/cognitiveservices";',
  https: 'import https from "node:https";',
  tls: 'import tls from "node:tls";',
  crypto: 'import crypto from "node:crypto";',
  fs: 'import fs from "node:fs";',
  spawn: 'import { spawn } from "node:child_process";',
  createClient: 'import createClient from "@azure-rest/ai-vision-image-analysis";',
  DefaultAzureCredential: 'import { DefaultAzureCredential } from "@azure/identity";',
  getBearerTokenProvider: 'import { getBearerTokenProvider } from "@azure/identity";',
  ClientSecretCredential: 'import { ClientSecretCredential } from "@azure/identity";',
  BlobServiceClient: 'import { BlobServiceClient } from "@azure/storage-blob";',
  axios: 'import axios from "axios";',
};

/** Names a rule's doc uses for something else than the table above (`azure` is the AI SDK's provider there). */
const RULE_IMPORTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'no-stored-completions': {
    azure: 'import { azure } from "@ai-sdk/azure";',
    generateText: 'import { generateText } from "ai";',
    client: 'import { AzureOpenAI as StoredClient } from "openai";\nconst client = new StoredClient();',
    AzureChatOpenAI: 'import { AzureChatOpenAI } from "@langchain/openai";',
  },
};

interface Example {
  readonly rule: string;
  readonly kind: 'bad' | 'good';
  readonly label: string;
  readonly code: string;
  /** `bicep` blocks are linted with the plugin's Bicep language, the others as TypeScript. */
  readonly bicep: boolean;
}

/** The ❌ / ✅ sections of a doc: marked inside a code block (`// ❌`), or by a line before the block (`❌ Incorrect`). */
function examples(rule: string, markdown: string): Example[] {
  const out: Example[] = [];
  const blocks = [...markdown.matchAll(/(?:^|\n)([^\n]*)\n+```(ts|js|typescript|javascript|bicep)\n([\s\S]*?)\n```/g)];
  for (const [, before = '', language = '', body = ''] of blocks) {
    const bicep = language === 'bicep';
    const lead = before.includes('❌') ? 'bad' : before.includes('✅') ? 'good' : undefined;
    if (lead && !/\/\/ [❌✅]/.test(body)) {
      out.push({ rule, kind: lead, label: before.trim(), code: body, bicep });
      continue;
    }
    let current: { kind: 'bad' | 'good'; label: string; lines: string[] } | undefined;
    const flush = (): void => {
      if (current) out.push({ rule, kind: current.kind, label: current.label, code: current.lines.join('\n'), bicep });
    };
    for (const line of body.split('\n')) {
      const marker = /^\s*\/\/ ([❌✅])/.exec(line);
      if (marker) {
        flush();
        current = { kind: marker[1] === '❌' ? 'bad' : 'good', label: line.trim(), lines: [] };
      } else current?.lines.push(line);
    }
    flush();
  }
  return out;
}

function prepare(example: Example): string {
  let code = example.code;
  if (example.kind === 'bad')
    for (const [placeholder, make] of Object.entries(SECRETS)) code = code.split(placeholder).join(make());
  if (example.bicep) return code;
  const needed = new Set<string>();
  for (const [name, line] of Object.entries({ ...IMPORTS, ...RULE_IMPORTS[example.rule] })) {
    const used = new RegExp(`\\b${name}\\b`).test(code);
    const declared = new RegExp(`(?:import[^;]*\\b${name}\\b|(?:const|let|var|function|class)\\s+${name}\\b)`).test(
      code,
    );
    if (used && !declared) needed.add(line);
  }
  return [...needed, code].join('\n');
}

function lint(rule: string, code: string, bicep = false): Linter.LintMessage[] {
  if (bicep) {
    const config: Linter.Config = {
      files: ['**/*.bicep'],
      plugins: { 'azure-ai-security': plugin },
      language: 'azure-ai-security/bicep',
      rules: { [`azure-ai-security/${rule}`]: 'error' },
    };
    return new Linter({ configType: 'flat' }).verify(code, [config], 'example.bicep');
  }
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser, sourceType: 'module' },
    plugins: { 'azure-ai-security': plugin },
    rules: { [`azure-ai-security/${rule}`]: 'error' },
  } as unknown as Linter.Config;
  return new Linter({ configType: 'flat' }).verify(code, [config], 'example.ts');
}

const all = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => examples(name.replace(/\.md$/, ''), readFileSync(path.join(DOCS, name), 'utf8')));

describe('rule docs examples', () => {
  it('every rule doc has ❌ and ✅ examples', () => {
    for (const rule of Object.keys(plugin.rules)) {
      const kinds = new Set(all.filter((e) => e.rule === rule).map((e) => e.kind));
      expect([rule, [...kinds].sort()]).toEqual([rule, ['bad', 'good']]);
    }
  });

  it.each(all.map((e) => [`${e.rule} ${e.kind === 'bad' ? '❌' : '✅'} ${e.label}`, e] as const))(
    '%s',
    (_, example) => {
      const messages = lint(example.rule, prepare(example), example.bicep);
      expect(messages.filter((m) => m.fatal === true)).toEqual([]);
      const own = messages.filter((m) => m.ruleId === `azure-ai-security/${example.rule}`);
      if (example.kind === 'bad') expect(own.length).toBeGreaterThan(0);
      else expect(own.map((m) => m.message)).toEqual([]);
    },
  );
});
