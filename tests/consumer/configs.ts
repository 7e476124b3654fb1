// The config files the README and docs/processors.md show, word for word: tests/consumer/consumer.test.ts runs the
// README's in projects that installed the packed tarball, tests/e2e/processors.test.ts the processor ones, and
// tests/e2e/readme.test.ts checks that the docs still show exactly these.

/** ESLint 9.22 and later (`defineConfig` from 'eslint/config'). */
export const DEFINE_CONFIG_JS = `// eslint.config.js
import { defineConfig } from 'eslint/config';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default defineConfig([
  {
    plugins: { 'azure-ai-security': azureAiSecurity },
    extends: ['azure-ai-security/recommended'], // or 'azure-ai-security/strict', 'azure-ai-security/all'
  },
]);
`;

/** Every supported ESLint version (9.15 and later): the preset spread into the config array. */
export const ARRAY_JS = `// eslint.config.js
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default [
  ...azureAiSecurity.configs.recommended, // or .strict, .all
];
`;

/** CommonJS: \`require\` gives the plugin itself (no \`.default\`). */
export const COMMONJS = `// eslint.config.cjs
const azureAiSecurity = require('eslint-plugin-azure-ai-security');

module.exports = [...azureAiSecurity.configs.recommended];
`;

/** TypeScript: \`RulesConfig\` types the plugin's rule names and options. */
export const TYPESCRIPT = `// eslint.config.ts
import type { Linter } from 'eslint';
import azureAiSecurity, { type RulesConfig } from 'eslint-plugin-azure-ai-security';

export default [
  ...azureAiSecurity.configs.recommended,
  {
    rules: {
      'azure-ai-security/no-hardcoded-key': ['error', { allowFingerprints: ['sha256:0123abcd'] }],
      'azure-ai-security/no-secret-in-log': 'error',
    } satisfies RulesConfig,
  },
] satisfies Linter.Config[];
`;

/** docs/processors.md: code blocks in Markdown (tests/e2e/processors.test.ts). */
export const MARKDOWN_CONFIG = `// eslint.config.js
import markdown from '@eslint/markdown';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default [
  ...markdown.configs.processor, // lints each fenced code block as a virtual file (README.md/0.js)
  ...azureAiSecurity.configs.recommended,
];
`;
/** docs/processors.md: inline scripts in HTML. */
export const HTML_CONFIG = `// eslint.config.js
import html from 'eslint-plugin-html';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default [
  { files: ['**/*.html'], plugins: { html } }, // lints inline <script> elements
  ...azureAiSecurity.configs.recommended,
];
`;
