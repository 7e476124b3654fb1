// Which plugin the end-to-end tests load: the repository's build (default), or an installed package given by
// AZURE_AI_SECURITY_PLUGIN_DIR (tests/consumer/run.sh points it at the packed tarball installed in a temp project).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package directory of the plugin under test (holds its package.json and dist/). */
export const PLUGIN_DIR = process.env.AZURE_AI_SECURITY_PLUGIN_DIR
  ? resolve(process.env.AZURE_AI_SECURITY_PLUGIN_DIR)
  : REPO_ROOT;
/** True when the tests run against an installed package rather than the repository. */
export const INSTALLED = PLUGIN_DIR !== REPO_ROOT;

if (INSTALLED && !existsSync(join(PLUGIN_DIR, 'package.json'))) {
  throw new Error(`AZURE_AI_SECURITY_PLUGIN_DIR=${PLUGIN_DIR} holds no package.json: install the tarball there first.`);
}

/** The plugin under test, as an ES module import gives it (the same object its configs register). */
export async function importPlugin(): Promise<ESLint.Plugin> {
  const module = (await import(pathToFileURL(join(PLUGIN_DIR, 'dist', 'index.js')).href)) as { default: ESLint.Plugin };
  return module.default;
}
