import { Linter } from 'eslint';
import { it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { sampleCorpus, JS_FILE, configFor, languageOptions, only } from '../support/hardening.js';
it('s', () => {
  const c = sampleCorpus(2000, JS_FILE, 100000).filter((_, i) => i % 5 === 0);
  const l = new Linter({ configType: 'flat' });
  const cpu = (f: () => void) => { const t = process.cpuUsage(); f(); const u = process.cpuUsage(t); return ((u.user + u.system) / 1000).toFixed(0); };
  const opts = languageOptions('espree', 'module');
  console.log('BASE', c.length, cpu(() => { for (const f of c) l.verify(f.code, configFor(opts, {}), f.name + '.mjs'); }));
  console.log('ALL', cpu(() => { for (const f of c) l.verify(f.code, configFor(opts), f.name + '.mjs'); }));
  for (const name of Object.keys(rules)) console.log('RULE', name, cpu(() => { for (const f of c) l.verify(f.code, configFor(opts, only(name)), f.name + '.mjs'); }));
});
