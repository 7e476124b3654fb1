// The packed tarball, installed into throwaway projects (tests/consumer/run.sh), one per ESLint version: each
// README config form lints a file holding a key generated now, with the findings and one fix asserted; the
// TypeScript config type-checks under strict with skipLibCheck false, and a misspelt option fails tsc.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fp, legacyKey } from '../support/keys.js';
import { ARRAY_JS, COMMONJS, DEFINE_CONFIG_JS, TYPESCRIPT } from './configs.js';

const WORK = process.env.CONSUMER_WORK ?? '';
const VERSIONS = (process.env.CONSUMER_VERSIONS ?? '').split(' ').filter(Boolean);
if (!WORK || VERSIONS.length === 0)
  throw new Error('run tests/consumer/run.sh: it packs and installs the consumer projects first');

const NAMESPACE = 'azure-ai-security';
const ENDPOINT = 'http://contoso.cognitiveservices.azure.com/';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cwd: string, file: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [file, ...args],
      { cwd, timeout: 90_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${file} ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A file with a fresh key in a Language client and a plaintext endpoint: two findings, one of them fixable. */
function app(key: string): string {
  return `import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
export const client = new TextAnalysisClient('${ENDPOINT}', new AzureKeyCredential('${key}'));
`;
}

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly fatal?: boolean;
}
interface LintResult {
  readonly messages: readonly LintMessage[];
  readonly output?: string;
}

const projects = VERSIONS.map((label) => {
  const dir = join(WORK, `eslint-${label}`);
  const { version } = JSON.parse(readFileSync(join(dir, 'node_modules', 'eslint', 'package.json'), 'utf8')) as {
    version: string;
  };
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return { label, dir, version, major, minor };
});

describe.each(projects)('ESLint $version (eslint@$label)', ({ dir, version, major, minor }) => {
  const bin = join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  /** TypeScript configs: behind a flag before 9.18. */
  const tsFlag = major === 9 && minor < 18 ? ['--flag', 'unstable_ts_config'] : [];

  /** Lints src/app.js of a project (with a fresh key): the problems, then what --fix writes. */
  async function lintApp(
    project: string,
    extra: readonly string[] = [],
  ): Promise<{ key: string; result: LintResult; fixed: LintResult }> {
    const key = legacyKey();
    write(project, { 'src/app.js': app(key) });
    const lint = await run(project, bin, [...extra, '--format', 'json', 'src/app.js']);
    expect(lint.code, lint.stderr).toBe(1);
    const fix = await run(project, bin, [...extra, '--fix-dry-run', '--format', 'json', 'src/app.js']);
    const [result] = JSON.parse(lint.stdout) as LintResult[];
    const [fixed] = JSON.parse(fix.stdout) as LintResult[];
    return { key, result: result!, fixed: fixed! };
  }

  function expectFindingsAndFix({ key, result, fixed }: { key: string; result: LintResult; fixed: LintResult }): void {
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    const ids = result.messages.map((m) => m.ruleId).sort();
    expect(ids).toEqual([
      `${NAMESPACE}/no-hardcoded-key`,
      `${NAMESPACE}/no-plaintext-endpoint`,
      `${NAMESPACE}/prefer-env-config`,
    ]);
    const keyMessage = result.messages.find((m) => m.ruleId === `${NAMESPACE}/no-hardcoded-key`)!;
    expect(keyMessage.message).toContain(fp(key));
    for (const m of result.messages) expect(m.message).not.toContain(key.slice(0, 12));
    // --fix applies the mechanical fix (https) and leaves the key to a human (a suggestion, not a fix).
    expect(fixed.output).toBe(app(key).replace(ENDPOINT, ENDPOINT.replace('http:', 'https:')));
  }

  it.runIf(major > 9 || minor >= 22)('eslint.config.js with defineConfig (README, ESLint 9.22+)', async () => {
    const project = join(dir, 'define-config');
    write(project, { 'eslint.config.js': DEFINE_CONFIG_JS });
    expectFindingsAndFix(await lintApp(project));
  });

  it('eslint.config.js with the preset spread into the array (README, every version)', async () => {
    const project = join(dir, 'array');
    write(project, { 'eslint.config.js': ARRAY_JS });
    expectFindingsAndFix(await lintApp(project));
  });

  it('eslint.config.cjs requires the plugin without .default, and gets the same object as import', async () => {
    const project = join(dir, 'commonjs');
    write(project, {
      'eslint.config.cjs': COMMONJS,
      'identity.cjs': `const cjs = require('eslint-plugin-azure-ai-security');
import('eslint-plugin-azure-ai-security').then((esm) => {
  const block = cjs.configs.recommended[0];
  console.log(JSON.stringify({ same: esm.default === cjs, registered: block.plugins['azure-ai-security'] === cjs, rules: Object.keys(cjs.rules).length }));
});
`,
    });
    expectFindingsAndFix(await lintApp(project));
    const identity = await run(project, 'identity.cjs', []);
    expect(identity.stderr).toBe('');
    expect(JSON.parse(identity.stdout)).toEqual({ same: true, registered: true, rules: expect.any(Number) as number });
  });

  describe('TypeScript project (eslint.config.ts, tsc strict, skipLibCheck false, no typescript-eslint)', () => {
    const project = join(dir, 'typescript');
    const tsconfig = (include: string[]): string =>
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          types: [],
        },
        include,
      });

    it('type-checks the README config and lints with it', async () => {
      write(project, { 'eslint.config.ts': TYPESCRIPT, 'tsconfig.json': tsconfig(['eslint.config.ts']) });
      const check = await run(project, tsc, ['-p', 'tsconfig.json']);
      expect(check.stdout + check.stderr, 'tsc').toBe('');
      expect(check.code).toBe(0);
      expectFindingsAndFix(await lintApp(project, tsFlag));
    });

    it('fails tsc on a misspelt option and a misspelt rule name', async () => {
      write(project, {
        'typo.ts': `import type { RulesConfig } from 'eslint-plugin-azure-ai-security';
export const option = { 'azure-ai-security/no-hardcoded-key': ['error', { allowFingerprint: [] }] } satisfies RulesConfig;
export const name = { 'azure-ai-security/no-hardcoded-keys': 'error' } satisfies RulesConfig;
export const fine = { 'azure-ai-security/no-plaintext-endpoint': ['warn', { allowLocalhost: false }] } satisfies RulesConfig;
`,
        'tsconfig.typo.json': tsconfig(['typo.ts']),
      });
      const check = await run(project, tsc, ['-p', 'tsconfig.typo.json']);
      expect(check.code).not.toBe(0);
      const errors = check.stdout.split('\n').filter((line) => line.includes('error TS'));
      expect(errors, check.stdout).toHaveLength(2);
      expect(errors[0]).toMatch(/^typo\.ts\(2,.*'allowFingerprint'/);
      expect(errors[1]).toMatch(/^typo\.ts\(3,.*'azure-ai-security\/no-hardcoded-keys'/);
    });
  });

  it.runIf(major >= 10)(
    'with @eslint/json linting JSON files, the JavaScript preset stays off JSON files',
    async () => {
      const project = join(dir, 'with-json');
      write(project, {
        'eslint.config.js': `import json from '@eslint/json';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default [
  ...azureAiSecurity.configs.recommended,
  { files: ['**/*.json'], plugins: { json }, language: 'json/json', rules: { 'json/no-duplicate-keys': 'error' } },
];
`,
        'settings.json': '{ "name": "with-json", "name": "twice" }\n',
      });
      const lint = await run(project, bin, ['--format', 'json', 'settings.json']);
      expect(lint.stderr, `ESLint ${version}`).toBe('');
      const [result] = JSON.parse(lint.stdout) as LintResult[];
      expect(result?.messages.map((m) => m.ruleId)).toEqual(['json/no-duplicate-keys']);
      expectFindingsAndFix(await lintApp(project));
    },
  );
});
