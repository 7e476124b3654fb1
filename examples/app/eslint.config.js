// The example app's own ESLint config: the plugin's recommended preset, as a user would write it.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default defineConfig([
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  {
    files: ['**/*.{js,cjs,ts}'],
    plugins: { 'azure-ai-security': azureAiSecurity },
    extends: ['azure-ai-security/recommended'],
    // Two strict rules a team can opt into one by one.
    rules: {
      'azure-ai-security/no-secret-in-log': 'error',
      'azure-ai-security/no-audio-logging': 'error',
    },
  },
  {
    // Infrastructure code gets the strict preset (it holds the iac-* rules).
    files: ['infra/**/*.ts'],
    extends: [azureAiSecurity.configs.strict],
  },
]);
