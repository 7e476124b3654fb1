// The README shows exactly the configs that tests/consumer/ runs against the packed package.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARRAY_JS, COMMONJS, DEFINE_CONFIG_JS, TYPESCRIPT } from '../consumer/configs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README usage', () => {
  it.each([
    ['defineConfig (ESLint 9.22+)', 'js', DEFINE_CONFIG_JS],
    ['array (every version)', 'js', ARRAY_JS],
    ['CommonJS', 'js', COMMONJS],
    ['TypeScript', 'ts', TYPESCRIPT],
  ])('shows the %s config the consumer tests run', (_, lang, config) => {
    expect(readme).toContain(`\`\`\`${lang}\n${config}\`\`\``);
  });
});
