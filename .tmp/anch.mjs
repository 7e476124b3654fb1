import { Linter } from 'eslint';
import fs from 'fs';
import { slotAnchors } from '/work/main/dist/core/sinks/anchors.js';
const file = process.argv[2];
const code = fs.readFileSync(file, 'utf8');
for (const names of ['specific', 'none']) {
const probe = { meta: { schema: [] }, create: (context) => ({ 'Program:exit': () => {
  const a = slotAnchors(context.sourceCode, new Map(), names);
  const counts = new Map();
  for (const at of a) { const t = context.sourceCode.getTokenByRangeStart(at); const v = t ? t.value : '?'; counts.set(v, (counts.get(v) ?? 0) + 1); }
  console.log(names, a.length, [...counts].sort((x, y) => y[1] - x[1]).slice(0, 12));
} }) };
new Linter({ configType: 'flat' }).verify(code, [{ languageOptions: { sourceType: 'module' }, plugins: { p: { rules: { probe } } }, rules: { 'p/probe': 'error' } }], 'f.js');
}
