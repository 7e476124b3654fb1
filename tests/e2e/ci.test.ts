// The CI path, end to end, on a copy of examples/app: SARIF for code scanning, multithreaded linting
// (`--concurrency`), the lint cache (`--cache`, which needs the plugin's meta name and version) and bulk
// suppressions (`--suppress-all`, after which a new problem still fails the build).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialiseExampleApp, REPO_ROOT, type ExampleApp } from '../support/example-app.js';
import { legacyKey } from '../support/keys.js';

const NAMESPACE = 'azure-ai-security';
const require = createRequire(import.meta.url);
const ESLINT_BIN = join(require.resolve('eslint/package.json'), '..', 'bin', 'eslint.js');
const [major = 0, minor = 0] = ESLint.version.split('.').map(Number);
/** `concurrency` arrived in ESLint 9.34. */
const HAS_CONCURRENCY = major > 9 || (major === 9 && minor >= 34);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the ESLint CLI (`node node_modules/eslint/bin/eslint.js ...`) in `cwd`, with a hard timeout. */
function eslintCli(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [ESLINT_BIN, ...args],
      { cwd, env: { ...process.env, ...env }, timeout: 60_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`eslint ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Every 12-character piece of every key: none may appear in any output. */
function expectNoSecret(app: ExampleApp, text: string): void {
  for (const key of app.keys) {
    for (let i = 0; i + 12 <= key.length; i++)
      expect(text.includes(key.slice(i, i + 12)), 'a piece of a generated key is in the output').toBe(false);
  }
}

/** Rule id, file and position of every plugin problem, sorted: what two runs must agree on. */
function problems(results: readonly ESLint.LintResult[], root: string): string[] {
  return results
    .flatMap((r) =>
      r.messages.map(
        (m) => `${r.filePath.slice(root.length + 1)}:${String(m.line)}:${String(m.column)} ${m.ruleId ?? 'fatal'}`,
      ),
    )
    .sort();
}

let app: ExampleApp;
const cleanup: (() => void)[] = [];
let reference: ESLint | undefined;
let singleThreaded: Promise<ESLint.LintResult[]> | undefined;
/** The ESLint instance (single-threaded) whose results the tests compare with. */
const nodeApi = (): ESLint => (reference ??= new ESLint({ cwd: app.dir }));
/** One single-threaded Node API lint of the copy, shared by the tests that compare with it. */
const single = (): Promise<ESLint.LintResult[]> => (singleThreaded ??= nodeApi().lintFiles(['.']));

beforeAll(() => {
  app = materialiseExampleApp('ci');
  cleanup.push(() => {
    app.remove();
  });
});

afterAll(() => {
  for (const step of cleanup) step();
});

describe('SARIF for code scanning', () => {
  it('carries rule ids and help URIs to the rule docs, and no secret', async () => {
    const run = await eslintCli(app.dir, ['--format', '@microsoft/eslint-formatter-sarif', '.'], {
      SARIF_ESLINT_EMBED: '',
    });
    expect(run.code, run.stderr).toBe(1); // the example has problems
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules?: { id: string; helpUri?: string }[] } };
        results: { ruleId?: string; message: { text: string } }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const [first] = sarif.runs;
    const results = first?.results ?? [];
    const rules = first?.tool.driver.rules ?? [];
    expect(results.map((r) => r.ruleId)).toContain(`${NAMESPACE}/no-hardcoded-key`);
    for (const result of results.filter((r) => r.ruleId?.startsWith(`${NAMESPACE}/`))) {
      const name = result.ruleId!.slice(NAMESPACE.length + 1);
      const rule = rules.find((r) => r.id === result.ruleId);
      expect(rule?.helpUri, result.ruleId).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
      expect(result.message.text).toMatch(/\.$|sha256:/);
    }
    expectNoSecret(app, run.stdout);
  });

  it('SARIF_ESLINT_EMBED=true would embed the files, secrets included: keep it off (see docs/editor-and-ci.md)', async () => {
    const eslint = nodeApi();
    const formatter = await eslint.loadFormatter('@microsoft/eslint-formatter-sarif');
    const before = process.env.SARIF_ESLINT_EMBED;
    process.env.SARIF_ESLINT_EMBED = 'true';
    try {
      const text = await formatter.format(await single());
      expect(app.keys.some((key) => text.includes(key))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.SARIF_ESLINT_EMBED;
      else process.env.SARIF_ESLINT_EMBED = before;
    }
  });
});

describe('multithreaded linting (--concurrency)', () => {
  it.skipIf(!HAS_CONCURRENCY)(
    `gives the same problems as a single thread (ESLint ${ESLint.version}; needs 9.34+)`,
    async () => {
      // The CLI's --concurrency is this Node API option; two workers each load the config and the plugin.
      const threaded = await new ESLint({ cwd: app.dir, concurrency: 2 }).lintFiles(['.']);
      expect(problems(await single(), app.dir).some((p) => p.endsWith(`${NAMESPACE}/no-hardcoded-key`))).toBe(true);
      expect(problems(threaded, app.dir)).toEqual(problems(await single(), app.dir));
    },
  );
});

describe('the lint cache (--cache)', () => {
  it('hashes the plugin as name@version, so upgrading the plugin invalidates the cache', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    const config = JSON.stringify(await nodeApi().calculateConfigForFile('src/speech.ts'));
    expect(config).toContain(`"${NAMESPACE}:${pkg.name}@${pkg.version}"`);
  });

  it('a second run answers every file from the cache', async () => {
    const location = join(app.dir, '..', 'eslintcache');
    const args = ['--cache', '--cache-location', location, '--format', 'json', '.'];
    const env = { DEBUG: 'eslint:lint-result-cache' };
    const first = await eslintCli(app.dir, args, env);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain('Cache entry not found or no longer valid');
    expect(existsSync(location)).toBe(true);
    expectNoSecret(app, readFileSync(location, 'utf8'));

    const second = await eslintCli(app.dir, args, env);
    expect(second.code).toBe(1);
    // Every file is answered from the cache: none is a miss.
    expect(second.stderr).toContain('Using "metadata" strategy');
    expect(second.stderr).not.toContain('Cache entry not found or no longer valid');
    expect(problems(JSON.parse(second.stdout) as ESLint.LintResult[], app.dir)).toEqual(
      problems(JSON.parse(first.stdout) as ESLint.LintResult[], app.dir),
    );
  });
});

describe('bulk suppressions (--suppress-all)', () => {
  it('suppresses the backlog, and a new problem still fails', async () => {
    const suppressions = join(app.dir, '..', 'eslint-suppressions.json');
    const location = ['--suppressions-location', suppressions];
    const suppress = await eslintCli(app.dir, ['--suppress-all', ...location, '.']);
    expect(suppress.code, suppress.stdout + suppress.stderr).toBe(0);
    const file = readFileSync(suppressions, 'utf8');
    expect(file).toContain(`${NAMESPACE}/no-hardcoded-key`);
    expectNoSecret(app, file);

    // The next run fails on the new problem only: the backlog stays suppressed.
    const key = legacyKey();
    app.write(
      'src/new-feature.ts',
      `import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';\n` +
        `export const client = new TextAnalysisClient('https://contoso.cognitiveservices.azure.com/', new AzureKeyCredential('${key}'));\n`,
    );
    const fails = await eslintCli(app.dir, [...location, '--format', 'json', '.']);
    expect(fails.code).toBe(1);
    const found = problems(JSON.parse(fails.stdout) as ESLint.LintResult[], app.dir);
    expect(
      found.filter((p) => !p.startsWith('src/new-feature.ts:')),
      'a suppressed problem came back',
    ).toEqual([]);
    expect(found).toContainEqual(
      expect.stringMatching(new RegExp(`^src/new-feature\\.ts:2:\\d+ ${NAMESPACE}/no-hardcoded-key$`)),
    );
  });
});
