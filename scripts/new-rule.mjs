#!/usr/bin/env node
// Scaffolds a rule: `npm run new-rule -- <name>` writes src/rules/<name>.ts, tests/rules/<name>.test.ts and
// docs/rules/<name>.md, and adds the rule to src/rules/index.ts (sorted). Then: write the policy over core
// questions (ARCHITECTURE.md), the tests, the doc's ❌ / ✅ examples, and run `npm run docs`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import console from 'node:console';
import process from 'node:process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2] ?? '';

function fail(message) {
  console.error(`new-rule: ${message}`);
  process.exit(1);
}

if (!/^(?:no|prefer|require|iac)-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
  fail('give a kebab-case name that starts with no-, prefer-, require- or iac- (npm run new-rule -- no-example)');
}
const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const files = {
  rule: path.join(ROOT, 'src/rules', `${name}.ts`),
  test: path.join(ROOT, 'tests/rules', `${name}.test.ts`),
  doc: path.join(ROOT, 'docs/rules', `${name}.md`),
};
for (const file of Object.values(files)) if (existsSync(file)) fail(`${path.relative(ROOT, file)} exists already`);

const rule = `import { mayHold } from '../core/facts.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'todo';

export default createRule<[], MessageIds>({
  name: '${name}',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow TODO: what the rule reports', preset: 'strict' },
    schema: [],
    messages: {
      todo: 'TODO: what is wrong, why it matters, and what to do instead.',
    },
  },
  create(context) {
    // Gate on the file's text facts first (src/core/facts.ts): a file without the rule's words costs nothing.
    if (!mayHold(context, 'slots')) return {};
    return {};
  },
});
`;

const test = `import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/${name}.js';

const ruleTester = new RuleTester();

ruleTester.run('${name}', rule, {
  valid: ['const x = 1;'],
  invalid: [
    // TODO: code the rule reports, with its messageId, data and suggestion outputs.
  ],
});
`;

const doc = `# azure-ai-security/${name}

<!-- end auto-generated rule header -->

## Rule details

TODO: what the rule reports and why.

\`\`\`ts
// ❌
// TODO: code the rule reports

// ✅
// TODO: the same code, done right
\`\`\`

## When not to use it

TODO.
`;

writeFileSync(files.rule, rule);
writeFileSync(files.test, test);
writeFileSync(files.doc, doc);

const indexFile = path.join(ROOT, 'src/rules/index.ts');
const index = readFileSync(indexFile, 'utf8').split('\n');
const imports = index.filter((line) => /^import \w+ from '\.\/[a-z0-9-]+\.js';$/.test(line));
const entries = index.filter((line) => /^ {2}'[a-z0-9-]+': \w+,$/.test(line));
const importLine = `import ${camel} from './${name}.js';`;
const entryLine = `  '${name}': ${camel},`;
const sortedImports = [...imports, importLine].sort((a, b) => a.split("'./")[1].localeCompare(b.split("'./")[1]));
const sortedEntries = [...entries, entryLine].sort();
let i = 0;
let j = 0;
const out = index.map((line) =>
  imports.includes(line) ? sortedImports[i++] : entries.includes(line) ? sortedEntries[j++] : line,
);
// The one import and one entry more go after the last of each.
const lastImport = out.lastIndexOf(sortedImports[i - 1]);
out.splice(lastImport + 1, 0, ...sortedImports.slice(i));
const lastEntry = out.lastIndexOf(sortedEntries[j - 1]);
out.splice(lastEntry + 1, 0, ...sortedEntries.slice(j));
writeFileSync(indexFile, out.join('\n'));

console.log(
  `new-rule: wrote ${Object.values(files)
    .map((f) => path.relative(ROOT, f))
    .join(', ')} and added ${name} to src/rules/index.ts.`,
);
console.log(
  'new-rule: next, write the rule over core questions (ARCHITECTURE.md), its tests and doc, then `npm run docs`.',
);
