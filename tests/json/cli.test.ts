// The ESLint CLI on a project that lints JSON and .env files: each preset entry (the .env block of recommended and
// strict, recommended-json, strict-json) reports through the real `eslint` binary, exits 1, and `--fix` applies only mechanical fixes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, REPO_ROOT } from '../support/example-app.js';
import { identifiableKey, legacyKey } from '../support/keys.js';

const dir = join(REPO_ROOT, 'examples', '.generated', `cli-data-${String(process.pid)}`);
const ESLINT = join(REPO_ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const key = legacyKey();
const openAiKey = identifiableKey('B');

const CONFIG = (level: string): string => `import { defineConfig } from 'eslint/config';
import azureAiSecurity from 'eslint-plugin-azure-ai-security';

export default defineConfig([
  azureAiSecurity.configs.${level},
  azureAiSecurity.configs['${level}-json'],
]);
`;

const FILES: Record<string, string> = {
  'local.settings.json': `{\n  // Functions\n  "Values": { "AZURE_OPENAI_API_KEY": "${openAiKey}" }\n}\n`,
  'package.json': '{\n  "name": "cli-data",\n  "scripts": { "start": "node --tls-min-v1.0 app.js" }\n}\n',
  'infra/azuredeploy.json': `${JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      resources: [
        {
          type: 'Microsoft.CognitiveServices/accounts',
          name: 'ai',
          properties: {
            disableLocalAuth: false,
            publicNetworkAccess: 'Disabled',
            restrictOutboundNetworkAccess: true,
            encryption: { keySource: 'Microsoft.KeyVault' },
          },
        },
      ],
    },
    null,
    2,
  )}\n`,
  '.env': `VITE_SPEECH_KEY=${key}\n`,
  '.env.example': 'VITE_SPEECH_KEY=<your-key>\n',
};

interface CliResult {
  readonly status: number;
  readonly results: { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
}

function eslint(args: string[]): CliResult {
  try {
    const out = execFileSync(process.execPath, [ESLINT, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
    return { status: 0, results: JSON.parse(out) as CliResult['results'] };
  } catch (error) {
    const { status, stdout } = error as { status: number; stdout: string };
    return { status, results: JSON.parse(stdout) as CliResult['results'] };
  }
}

function byFile(result: CliResult): Record<string, (string | null)[]> {
  return Object.fromEntries(
    result.results.map((r) => [r.filePath.slice(dir.length + 5), r.messages.map((m) => m.ruleId).sort()]),
  );
}

beforeAll(() => {
  assertBuilt();
  rmSync(dir, { recursive: true, force: true });
  // The project's own package.json (a scripts fixture) sits in app/: the config stays outside it, so it resolves
  // the plugin through the repository's self-reference.
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, 'app', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'app', file), text);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('eslint CLI on JSON and .env files', () => {
  it('recommended and recommended-json: secrets in .env and settings, TLS in scripts, exit code 1', () => {
    writeFileSync(join(dir, 'eslint.config.js'), CONFIG('recommended'));
    const result = eslint(['app']);
    expect(result.status).toBe(1);
    expect(byFile(result)).toEqual({
      '.env': ['azure-ai-security/no-client-exposed-key', 'azure-ai-security/no-hardcoded-key'],
      '.env.example': [],
      'infra/azuredeploy.json': [],
      'local.settings.json': ['azure-ai-security/no-hardcoded-key'],
      'package.json': ['azure-ai-security/no-insecure-tls-version'],
    });
    for (const r of result.results) for (const m of r.messages) expect(m.message).not.toContain(key.slice(0, 12));
  });

  it('strict and strict-json add the iac-* rules on the ARM template', () => {
    writeFileSync(join(dir, 'eslint.config.js'), CONFIG('strict'));
    expect(byFile(eslint(['app/infra/azuredeploy.json']))).toEqual({
      'infra/azuredeploy.json': ['azure-ai-security/iac-disable-local-auth'],
    });
  });

  it('--fix raises the TLS floor in package.json and never touches a key', () => {
    writeFileSync(join(dir, 'eslint.config.js'), CONFIG('recommended'));
    eslint(['--fix', 'app']);
    expect(readFileSync(join(dir, 'app', 'package.json'), 'utf8')).toBe(
      FILES['package.json']?.replace('--tls-min-v1.0', '--tls-min-v1.2'),
    );
    expect(readFileSync(join(dir, 'app', 'local.settings.json'), 'utf8')).toBe(FILES['local.settings.json']);
    expect(readFileSync(join(dir, 'app', '.env'), 'utf8')).toBe(FILES['.env']);
  });
});
