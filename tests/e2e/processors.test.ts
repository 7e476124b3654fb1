// Keys in documentation and pages, end to end through the ESLint CLI: fenced code blocks in Markdown
// (@eslint/markdown's processor) and inline <script> elements in HTML (eslint-plugin-html), with the configs
// docs/processors.md shows. Findings land on the Markdown/HTML line; the mechanical fix edits the file in place.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, REPO_ROOT } from '../support/example-app.js';
import { fp, legacyKey } from '../support/keys.js';
import { PLUGIN_DIR } from '../support/plugin-under-test.js';
import { HTML_CONFIG, MARKDOWN_CONFIG } from '../consumer/configs.js';

const NAMESPACE = 'azure-ai-security';
const require = createRequire(import.meta.url);
const ESLINT_BIN = join(require.resolve('eslint/package.json'), '..', 'bin', 'eslint.js');
const project = join(REPO_ROOT, 'examples', '.generated', `processors-${String(process.pid)}`);
const ENDPOINT = 'http://contoso.cognitiveservices.azure.com/';
const HTTPS = ENDPOINT.replace('http:', 'https:');

const client = (key: string): string =>
  `import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';
const client = new TextAnalysisClient('${ENDPOINT}', new AzureKeyCredential('${key}'));`;

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
}
interface LintResult {
  readonly messages: readonly LintMessage[];
  readonly output?: string;
}

function eslint(cwd: string, args: readonly string[]): Promise<LintResult[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [ESLINT_BIN, '--format', 'json', ...args],
      { cwd, timeout: 60_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`eslint ${args.join(' ')} did not finish: ${error.message}\n${stderr}`));
          return;
        }
        if (stderr) {
          reject(new Error(stderr));
          return;
        }
        resolve(JSON.parse(stdout) as LintResult[]);
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

const ids = (result: LintResult | undefined): (string | null)[] => (result?.messages ?? []).map((m) => m.ruleId).sort();

beforeAll(() => {
  assertBuilt();
  rmSync(project, { recursive: true, force: true });
  for (const name of ['markdown', 'html']) {
    write(join(project, name), {
      'package.json': JSON.stringify({ name: `processors-${name}`, private: true, type: 'module' }),
    });
    mkdirSync(join(project, name, 'node_modules'));
    symlinkSync(PLUGIN_DIR, join(project, name, 'node_modules', 'eslint-plugin-azure-ai-security'), 'dir');
  }
});

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('Markdown code blocks (@eslint/markdown processor)', () => {
  const dir = join(project, 'markdown');

  it('reports a key in a js code block on its Markdown line, and --fix makes the endpoint https in place', async () => {
    const key = legacyKey();
    const doc = `# Setup\n\nCall the service:\n\n\`\`\`js\n${client(key)}\n\`\`\`\n\nText mentioning ${ENDPOINT} is not code.\n`;
    write(dir, { 'eslint.config.js': MARKDOWN_CONFIG, 'README.md': doc });
    const [result] = await eslint(dir, ['README.md']);
    expect(ids(result)).toEqual([
      `${NAMESPACE}/no-hardcoded-key`,
      `${NAMESPACE}/no-plaintext-endpoint`,
      `${NAMESPACE}/prefer-env-config`,
    ]);
    const keyMessage = result?.messages.find((m) => m.ruleId === `${NAMESPACE}/no-hardcoded-key`);
    expect(keyMessage?.line).toBe(7); // the line in README.md, not in the code block
    expect(keyMessage?.message).toContain(fp(key));
    expect(keyMessage?.message).not.toContain(key.slice(0, 12));

    const [fixed] = await eslint(dir, ['--fix-dry-run', 'README.md']);
    expect(fixed?.output).toBe(doc.replace(`TextAnalysisClient('${ENDPOINT}'`, `TextAnalysisClient('${HTTPS}'`));
  });

  it('lints nothing outside code blocks, and code blocks in other languages not at all', async () => {
    const doc = `# Keys\n\nThe key ${legacyKey()} is in prose.\n\n\`\`\`sh\nexport SPEECH_KEY=${legacyKey()}\n\`\`\`\n`;
    write(dir, { 'eslint.config.js': MARKDOWN_CONFIG, 'NOTES.md': doc });
    const [result] = await eslint(dir, ['NOTES.md']);
    expect(ids(result)).toEqual([]);
  });

  it('with markdown/recommended linting the .md files themselves, the preset stays off them (ESLint 10 checks meta.languages)', async () => {
    write(dir, {
      'eslint.config.recommended.js': `import markdown from '@eslint/markdown';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default [...markdown.configs.recommended, ...azureAiSecurity.configs.recommended];
`,
      'GUIDE.md': '# Guide\n\n### Skipped a level\n',
    });
    const [result] = await eslint(dir, ['--config', 'eslint.config.recommended.js', 'GUIDE.md']);
    expect(ids(result)).toEqual(['markdown/heading-increment']);
  });
});

describe('HTML inline scripts (eslint-plugin-html)', () => {
  const dir = join(project, 'html');

  it('reports a key in an inline module script on its HTML line, and --fix makes the endpoint https in place', async () => {
    const key = legacyKey();
    const page = `<!doctype html>\n<html>\n  <body>\n    <script type="module">\n${client(key)}\n    </script>\n  </body>\n</html>\n`;
    write(dir, { 'eslint.config.js': HTML_CONFIG, 'index.html': page });
    const [result] = await eslint(dir, ['index.html']);
    expect(ids(result)).toEqual([
      `${NAMESPACE}/no-hardcoded-key`,
      `${NAMESPACE}/no-plaintext-endpoint`,
      `${NAMESPACE}/prefer-env-config`,
    ]);
    const keyMessage = result?.messages.find((m) => m.ruleId === `${NAMESPACE}/no-hardcoded-key`);
    expect(keyMessage?.line).toBe(6);
    expect(keyMessage?.message).toContain(fp(key));

    const [fixed] = await eslint(dir, ['--fix-dry-run', 'index.html']);
    expect(fixed?.output).toBe(page.replace(`TextAnalysisClient('${ENDPOINT}'`, `TextAnalysisClient('${HTTPS}'`));
  });

  it('leaves markup alone: a key in an attribute or text is not script', async () => {
    const page = `<!doctype html>\n<p data-key="${legacyKey()}">${ENDPOINT}</p>\n<script>console.log('ready');</script>\n`;
    write(dir, { 'eslint.config.js': HTML_CONFIG, 'plain.html': page });
    const [result] = await eslint(dir, ['plain.html']);
    expect(ids(result)).toEqual([]);
  });
});
