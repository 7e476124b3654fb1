// The README shows exactly the configs that tests/consumer/ runs against the packed package.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARRAY_JS, COMMONJS, DEFINE_CONFIG_JS, HTML_CONFIG, MARKDOWN_CONFIG, TYPESCRIPT } from '../consumer/configs.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');

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

describe('docs/processors.md', () => {
  it.each([
    ['Markdown', MARKDOWN_CONFIG],
    ['HTML', HTML_CONFIG],
  ])('shows the %s config the processor tests run', (_, config) => {
    expect(read('docs/processors.md')).toContain(`\`\`\`js\n${config}\`\`\``);
  });
});
