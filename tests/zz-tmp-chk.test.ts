import { Linter } from 'eslint';
import { it } from 'vitest';
import plugin from '../src/index.js';
import { legacyKey } from '../tests/support/keys.js';
it('x', () => {
  const linter = new Linter({ configType: 'flat' });
  const k = legacyKey();
  const code = `new URL(u).searchParams.set("api-key", "${k}"); const p = new URLSearchParams(); p.set("Ocp-Apim-Subscription-Key", "${k}");`;
  const msgs = linter.verify(code, [{ plugins: { a: plugin as never }, rules: { 'a/no-hardcoded-key': 'error', 'a/no-secret-in-log': 'error', 'a/prefer-env-config': 'error' } }]);
  console.log(msgs.map((m) => `${m.ruleId} ${m.column} ${m.message}`).join('\n'));
});
