// @ts-check
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'examples/', 'bench/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Every regular expression the rules run must be linear: no super-linear backtracking.
    files: ['src/**/*.ts'],
    extends: [regexp.configs['flat/recommended']],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Runtime values come from @typescript-eslint/types and @eslint-community/eslint-utils (src/core/tracking.ts);
    // @typescript-eslint/utils would drag TypeScript into JavaScript projects, so only its types may be imported.
    files: ['src/**/*.ts'],
    // create-rule.ts still builds rules with ESLintUtils until the release work replaces it.
    ignores: ['src/utils/create-rule.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@typescript-eslint/utils',
              allowTypeImports: true,
              message:
                'Import runtime values from @typescript-eslint/types or, through src/core/tracking.ts, @eslint-community/eslint-utils.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts', 'tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) ' }],
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/unique-test-case-names': 'error',
    },
  },
  {
    // The CommonJS entry is `import = require` and `export =` by necessity, with a types-only namespace.
    files: ['src/index.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-namespace': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
);
