// The TLS rules on package.json scripts: weak --tls-* flags (fixed as in code) and NODE_TLS_REJECT_UNAUTHORIZED=0
// in its shell forms (a suggestion that removes the assignment).
import noDisabledCertificateValidation from '../../src/rules/no-disabled-certificate-validation.js';
import noInsecureTlsVersion from '../../src/rules/no-insecure-tls-version.js';
import { asEslintRule, jsonTester, jsonText } from './support.js';

const pkg = (scripts: Record<string, string>): string => jsonText({ name: 'app', version: '1.0.0', scripts });

jsonTester().run('no-insecure-tls-version (package.json)', asEslintRule(noInsecureTlsVersion), {
  valid: [
    {
      name: 'TLS 1.2 floor',
      filename: 'package.json',
      code: pkg({ start: 'node --tls-min-v1.2 app.js', test: 'NODE_OPTIONS=--tls-min-v1.3 vitest' }),
    },
    {
      name: 'a weak flag outside scripts',
      filename: 'package.json',
      code: jsonText({ name: 'x', description: 'do not use --tls-min-v1.0' }),
    },
    { name: 'scripts in other JSON files', filename: 'tasks.json', code: pkg({ start: 'node --tls-min-v1.0 app.js' }) },
  ],
  invalid: [
    {
      name: '--tls-min-v1.0 on the command line, fixed to v1.2',
      filename: 'package.json',
      code: pkg({ start: 'node --tls-min-v1.0 app.js' }),
      output: pkg({ start: 'node --tls-min-v1.2 app.js' }),
      errors: [
        {
          messageId: 'weakFlag',
          data: { flag: '--tls-min-v1.0', replacement: '--tls-min-v1.2' },
          line: 5,
          column: 20,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'inside NODE_OPTIONS, with cross-env',
      filename: 'package.json',
      code: pkg({ dev: 'cross-env NODE_OPTIONS="--tls-min-v1.1 --max-old-space-size=4096" next dev' }),
      output: pkg({ dev: 'cross-env NODE_OPTIONS="--tls-min-v1.2 --max-old-space-size=4096" next dev' }),
      errors: [{ messageId: 'weakFlag', data: { flag: '--tls-min-v1.1', replacement: '--tls-min-v1.2' } }],
    },
    {
      name: 'a --tls-max-v1.1 ceiling: suggestions only (raising the floor alone would stop Node from starting)',
      filename: 'package.json',
      code: pkg({ start: 'node --tls-min-v1.0 --tls-max-v1.1 app.js' }),
      output: null,
      errors: [
        {
          messageId: 'weakFlag',
          data: { flag: '--tls-min-v1.0', replacement: '--tls-min-v1.2' },
          suggestions: [
            { messageId: 'replaceFlag', output: pkg({ start: 'node --tls-min-v1.2 --tls-max-v1.1 app.js' }) },
          ],
        },
        {
          messageId: 'weakFlag',
          data: { flag: '--tls-max-v1.1', replacement: '--tls-max-v1.3' },
          suggestions: [
            { messageId: 'replaceFlag', output: pkg({ start: 'node --tls-min-v1.0 --tls-max-v1.3 app.js' }) },
          ],
        },
      ],
    },
  ],
});

jsonTester().run('no-disabled-certificate-validation (package.json)', asEslintRule(noDisabledCertificateValidation), {
  valid: [
    {
      name: 'validation on',
      filename: 'package.json',
      code: pkg({
        start: 'NODE_TLS_REJECT_UNAUTHORIZED=1 node app.js',
        ca: 'NODE_EXTRA_CA_CERTS=./proxy.pem node app.js',
      }),
    },
    {
      name: 'other JSON files',
      filename: 'settings.json',
      code: pkg({ start: 'NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js' }),
    },
  ],
  invalid: [
    {
      name: 'POSIX prefix',
      filename: 'package.json',
      code: pkg({ start: 'NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js' }),
      errors: [
        {
          messageId: 'validationDisabled',
          data: { what: 'NODE_TLS_REJECT_UNAUTHORIZED=0 in the "start" script' },
          line: 5,
          column: 15,
          endColumn: 45,
          suggestions: [{ messageId: 'removeAssignment', output: pkg({ start: 'node app.js' }) }],
        },
      ],
    },
    {
      name: 'cross-env, env and Windows set forms',
      filename: 'package.json',
      code: pkg({
        a: 'cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js',
        b: 'env NODE_TLS_REJECT_UNAUTHORIZED="0" node b.js',
        c: 'set NODE_TLS_REJECT_UNAUTHORIZED=0&& node c.js',
      }),
      errors: [
        {
          messageId: 'validationDisabled',
          data: { what: 'NODE_TLS_REJECT_UNAUTHORIZED=0 in the "a" script' },
          suggestions: [
            {
              messageId: 'removeAssignment',
              output: pkg({
                a: 'cross-env node a.js',
                b: 'env NODE_TLS_REJECT_UNAUTHORIZED="0" node b.js',
                c: 'set NODE_TLS_REJECT_UNAUTHORIZED=0&& node c.js',
              }),
            },
          ],
        },
        {
          messageId: 'validationDisabled',
          data: { what: 'NODE_TLS_REJECT_UNAUTHORIZED="0" in the "b" script' },
          suggestions: [
            {
              messageId: 'removeAssignment',
              output: pkg({
                a: 'cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js',
                b: 'env node b.js',
                c: 'set NODE_TLS_REJECT_UNAUTHORIZED=0&& node c.js',
              }),
            },
          ],
        },
        {
          messageId: 'validationDisabled',
          data: { what: 'set NODE_TLS_REJECT_UNAUTHORIZED=0 in the "c" script' },
          suggestions: [
            {
              messageId: 'removeAssignment',
              output: pkg({
                a: 'cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js',
                b: 'env NODE_TLS_REJECT_UNAUTHORIZED="0" node b.js',
                c: 'node c.js',
              }),
            },
          ],
        },
      ],
    },
    {
      name: 'escaped quotes in the JSON string keep the edit exact',
      filename: 'package.json',
      code: '{ "scripts": { "start": "export NODE_TLS_REJECT_UNAUTHORIZED=\\"0\\" && node app.js" } }',
      errors: [
        {
          messageId: 'validationDisabled',
          suggestions: [{ messageId: 'removeAssignment', output: '{ "scripts": { "start": "node app.js" } }' }],
        },
      ],
    },
  ],
});
