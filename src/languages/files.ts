/**
 * Files other languages own (JSON from @eslint/json, this plugin's dotenv): the JavaScript presets leave them out.
 * ESLint 10.2+ refuses a config that enables a rule on a file whose language the rule's `meta.languages` does not
 * list, so a JavaScript preset that reached JSON or .env files would stop the run.
 */
export const OTHER_LANGUAGE_FILES: readonly string[] = [
  '**/*.json',
  '**/*.jsonc',
  '**/*.json5',
  '**/.env',
  '**/.env.*',
  '**/*.env',
];

/** Where `.env` files are: `.env`, `.env.local`, `.env.production`, `.env.example`, `prod.env`. */
export const DOTENV_FILES: readonly string[] = ['**/.env', '**/.env.*', '**/*.env'];

/** Bicep templates and parameter files, for the plugin's `bicep` language. */
export const BICEP_FILES: readonly string[] = ['**/*.bicep', '**/*.bicepparam'];
