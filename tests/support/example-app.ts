// A fresh copy of examples/app with keys generated now (never committed), for end-to-end tests.
// The copy lives under examples/.generated/ (git-ignored) so that its eslint.config.js resolves ESLint and
// typescript-eslint from the repo; `eslint-plugin-azure-ai-security` is linked into the copy's node_modules from
// the plugin under test (the repository, or the installed tarball: see plugin-under-test.ts).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identifiableKey, legacyKey } from './keys.js';
import { INSTALLED, PLUGIN_DIR } from './plugin-under-test.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(REPO_ROOT, 'examples', 'app');
const GENERATED = join(REPO_ROOT, 'examples', '.generated');
const LEGACY_MARKER = /__LEGACY_KEY_\d+__/g;
const IDENTIFIABLE_MARKER = /__IDENTIFIABLE_KEY_([A-Za-z])__/g;

export interface ExampleApp {
  /** Absolute path of the copy's root (holds eslint.config.js). */
  readonly dir: string;
  /** Every key written into the copy. */
  readonly keys: readonly string[];
  /** Absolute path of a file in the copy. */
  path(relative: string): string;
  read(relative: string): string;
  write(relative: string, text: string): void;
  remove(): void;
}

/** Fails with a clear message when the plugin the example loads (dist/) is missing; warns when it is older than src/. */
export function assertBuilt(): void {
  if (INSTALLED) return;
  const dist = join(REPO_ROOT, 'dist', 'index.js');
  if (!existsSync(dist))
    throw new Error('dist/index.js is missing: the example app loads the built plugin; run `npm run build` first.');
  const built = statSync(dist).mtimeMs;
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  const distNewest = newest(join(REPO_ROOT, 'dist'));
  if (newest(join(REPO_ROOT, 'src')) > Math.max(built, distNewest)) {
    console.warn(
      'dist/ is older than src/: the example app loads the built plugin; run `npm run build` to test the current rules.',
    );
  }
}

let counter = 0;

/** Copies examples/app to a unique folder and replaces the key markers with generated keys. */
export function materialiseExampleApp(label: string): ExampleApp {
  assertBuilt();
  const dir = join(GENERATED, `${label}-${String(process.pid)}-${String(counter++)}`, 'app');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(SOURCE, dir, { recursive: true });
  const keys: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const text = readFileSync(path, 'utf8');
      const out = text
        .replace(LEGACY_MARKER, () => {
          const key = legacyKey();
          keys.push(key);
          return key;
        })
        .replace(IDENTIFIABLE_MARKER, (_, letter: string) => {
          const key = identifiableKey(letter);
          keys.push(key);
          return key;
        });
      if (out !== text) writeFileSync(path, out);
    }
  };
  walk(dir);
  // Its own package.json stops Node's self-reference to the repo's package; the link is what `npm install` gives.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'example-app', private: true, type: 'module' }));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(PLUGIN_DIR, join(dir, 'node_modules', 'eslint-plugin-azure-ai-security'), 'dir');
  return {
    dir,
    keys,
    path: (relative) => join(dir, relative),
    read: (relative) => readFileSync(join(dir, relative), 'utf8'),
    write: (relative, text) => {
      writeFileSync(join(dir, relative), text);
    },
    remove: () => {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    },
  };
}
