import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-disabled-certificate-validation.js';

const ruleTester = new RuleTester();

const CHECK = 'A `checkServerIdentity` that accepts every certificate';
const off = (what: string, output: string, name = 'rejectUnauthorized') => ({
  messageId: 'validationDisabled' as const,
  data: { what },
  suggestions: [{ messageId: 'removeProperty' as const, data: { name }, output }],
});
const assigned = (what: string, output: string) => ({
  messageId: 'validationDisabled' as const,
  data: { what },
  suggestions: [{ messageId: 'removeAssignment' as const, output }],
});

ruleTester.run('no-disabled-certificate-validation', rule, {
  valid: [
    `import https from "https"; new https.Agent({ rejectUnauthorized: true });`,
    `import https from "https"; new https.Agent({ ca: fs.readFileSync(process.env.NODE_EXTRA_CA_CERTS) });`,
    // Values from config, the environment or expressions.
    `import https from "https"; new https.Agent({ rejectUnauthorized: config.tls.verify });`,
    `import https from "https"; new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === "production" });`,
    `const agent = new https.Agent({ rejectUnauthorized: !insecure });`,
    `let verify = false; verify = readFlag(); new https.Agent({ rejectUnauthorized: verify });`,
    `const verify = true; new https.Agent({ rejectUnauthorized: verify });`,
    `request({ url, strictSSL: true });`,
    // The environment variable: deleting, setting to "1", reading, comparing.
    `delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;`,
    `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";`,
    `process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 1;`,
    `if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0") console.warn("TLS validation is off");`,
    `const insecure = process.env.NODE_TLS_REJECT_UNAUTHORIZED == 0;`,
    `spawn("node", ["app.js"], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "1" } });`,
    `const { rejectUnauthorized = false } = options;`,
    // checkServerIdentity that can fail.
    `import tls from "tls"; tls.connect({ checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });`,
    `tls.connect({ checkServerIdentity(host, cert) { if (cert.fingerprint256 !== pin) return new Error("pin mismatch"); } });`,
    `tls.connect({ checkServerIdentity(host, cert) { if (cert.fingerprint256 !== pin) throw new Error("pin mismatch"); return undefined; } });`,
    `tls.connect({ checkServerIdentity: verifyPin });`,
    // A getter is not the callback; async callbacks return a (truthy) promise.
    `const o = { get checkServerIdentity() { return undefined; } };`,
    `tls.connect({ checkServerIdentity: async () => {} });`,
    // Other methods of the same name.
    `request.get(url).disableTLSCerts(true, extra);`,
  ],
  invalid: [
    {
      // https.Agent, sole property.
      code: `import https from "https";\nconst agent = new https.Agent({ rejectUnauthorized: false });`,
      errors: [off('`rejectUnauthorized: false`', `import https from "https";\nconst agent = new https.Agent({});`)],
    },
    {
      // 0 and !1; middle and last properties.
      code: `tls.connect({ host, rejectUnauthorized: 0, port });\ntls.connect({ host, rejectUnauthorized: !1 });`,
      errors: [
        off('`rejectUnauthorized: 0`', `tls.connect({ host, port });\ntls.connect({ host, rejectUnauthorized: !1 });`),
        off('`rejectUnauthorized: !1`', `tls.connect({ host, rejectUnauthorized: 0, port });\ntls.connect({ host });`),
      ],
    },
    {
      // Multi-line objects: own-line property with and without a trailing comma.
      code: `const agent = new Agent({\n  ca,\n  rejectUnauthorized: false,\n  keepAlive: true,\n});\nconst b = {\n  ca,\n  rejectUnauthorized: false\n};`,
      errors: [
        off(
          '`rejectUnauthorized: false`',
          `const agent = new Agent({\n  ca,\n  keepAlive: true,\n});\nconst b = {\n  ca,\n  rejectUnauthorized: false\n};`,
        ),
        off(
          '`rejectUnauthorized: false`',
          `const agent = new Agent({\n  ca,\n  rejectUnauthorized: false,\n  keepAlive: true,\n});\nconst b = {\n  ca\n};`,
        ),
      ],
    },
    {
      // axios httpsAgent, undici connect, got https, ws, openai httpAgent / fetchOptions.
      code: [
        `axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
        `new undici.Agent({ connect: { rejectUnauthorized: false } });`,
        `got(url, { https: { rejectUnauthorized: false } });`,
        `new WebSocket(url, { rejectUnauthorized: false });`,
        `new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) } });`,
      ].join('\n'),
      errors: [
        off(
          '`rejectUnauthorized: false`',
          [
            `axios.create({ httpsAgent: new https.Agent({}) });`,
            `new undici.Agent({ connect: { rejectUnauthorized: false } });`,
            `got(url, { https: { rejectUnauthorized: false } });`,
            `new WebSocket(url, { rejectUnauthorized: false });`,
            `new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) } });`,
          ].join('\n'),
        ),
        off(
          '`rejectUnauthorized: false`',
          [
            `axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
            `new undici.Agent({ connect: {} });`,
            `got(url, { https: { rejectUnauthorized: false } });`,
            `new WebSocket(url, { rejectUnauthorized: false });`,
            `new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) } });`,
          ].join('\n'),
        ),
        off(
          '`rejectUnauthorized: false`',
          [
            `axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
            `new undici.Agent({ connect: { rejectUnauthorized: false } });`,
            `got(url, { https: {} });`,
            `new WebSocket(url, { rejectUnauthorized: false });`,
            `new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) } });`,
          ].join('\n'),
        ),
        off(
          '`rejectUnauthorized: false`',
          [
            `axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
            `new undici.Agent({ connect: { rejectUnauthorized: false } });`,
            `got(url, { https: { rejectUnauthorized: false } });`,
            `new WebSocket(url, {});`,
            `new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: { rejectUnauthorized: false } }) } });`,
          ].join('\n'),
        ),
        off(
          '`rejectUnauthorized: false`',
          [
            `axios.create({ httpsAgent: new https.Agent({ rejectUnauthorized: false }) });`,
            `new undici.Agent({ connect: { rejectUnauthorized: false } });`,
            `got(url, { https: { rejectUnauthorized: false } });`,
            `new WebSocket(url, { rejectUnauthorized: false });`,
            `new OpenAI({ fetchOptions: { dispatcher: new Agent({ connect: {} }) } });`,
          ].join('\n'),
        ),
      ],
    },
    {
      // Options built apart, through a const flag; a class field holding an agent.
      code: `const VERIFY = false;\nconst opts = { rejectUnauthorized: VERIFY };\nclass Api { agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); }`,
      errors: [
        off(
          '`rejectUnauthorized: VERIFY`',
          `const VERIFY = false;\nconst opts = {};\nclass Api { agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false }); }`,
        ),
        off(
          '`rejectUnauthorized: false`',
          `const VERIFY = false;\nconst opts = { rejectUnauthorized: VERIFY };\nclass Api { agent = new https.Agent({ keepAlive: true }); }`,
        ),
      ],
    },
    {
      // A class field that is the option itself.
      code: `class TlsOptions {\n  ca = readCa();\n  rejectUnauthorized = false;\n}`,
      errors: [assigned('`rejectUnauthorized = false`', `class TlsOptions {\n  ca = readCa();\n}`)],
    },
    {
      // Assignments: https.globalAgent.options, nested statement position.
      code: `https.globalAgent.options.rejectUnauthorized = false;\nif (dev) agentOptions.rejectUnauthorized = false;`,
      errors: [
        assigned('`rejectUnauthorized = false`', `if (dev) agentOptions.rejectUnauthorized = false;`),
        assigned('`rejectUnauthorized = false`', `https.globalAgent.options.rejectUnauthorized = false;\nif (dev) {}`),
      ],
    },
    {
      // request's strictSSL.
      code: `request({ url, strictSSL: false }, callback);`,
      errors: [off('`strictSSL: false`', `request({ url }, callback);`, 'strictSSL')],
    },
    {
      // superagent.
      code: `const res = await superagent.get(url).disableTLSCerts().set("api-key", key);`,
      errors: [
        {
          messageId: 'validationDisabled',
          data: { what: '`.disableTLSCerts()`' },
          suggestions: [
            { messageId: 'removeCall', output: `const res = await superagent.get(url).set("api-key", key);` },
          ],
        },
      ],
    },
    {
      // NODE_TLS_REJECT_UNAUTHORIZED: dot and bracket, "0", 0, "".
      code: `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\nprocess.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '';\nstart();`,
      errors: [
        assigned(
          'NODE_TLS_REJECT_UNAUTHORIZED="0"',
          `process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '';\nstart();`,
        ),
        assigned(
          'NODE_TLS_REJECT_UNAUTHORIZED=0',
          `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = '';\nstart();`,
        ),
        assigned(
          "NODE_TLS_REJECT_UNAUTHORIZED=''",
          `process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";\nprocess.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;\nstart();`,
        ),
      ],
    },
    {
      // Same line as other code; template without expressions; ??= form.
      code: 'init(); process.env.NODE_TLS_REJECT_UNAUTHORIZED = `0`; run();\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED ??= "0";',
      errors: [
        assigned(
          'NODE_TLS_REJECT_UNAUTHORIZED=`0`',
          'init(); run();\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED ??= "0";',
        ),
        assigned(
          'NODE_TLS_REJECT_UNAUTHORIZED="0"',
          'init(); process.env.NODE_TLS_REJECT_UNAUTHORIZED = `0`; run();\n',
        ),
      ],
    },
    {
      // Object.assign, process.env = {...}, env for a child process.
      code: [
        `Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: "0" });`,
        `process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "0" };`,
        `spawn("node", ["app.js"], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: 0, FOO: "1" } });`,
      ].join('\n'),
      errors: [
        off(
          'NODE_TLS_REJECT_UNAUTHORIZED="0"',
          [
            `Object.assign(process.env, {});`,
            `process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "0" };`,
            `spawn("node", ["app.js"], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: 0, FOO: "1" } });`,
          ].join('\n'),
          'NODE_TLS_REJECT_UNAUTHORIZED',
        ),
        off(
          'NODE_TLS_REJECT_UNAUTHORIZED="0"',
          [
            `Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: "0" });`,
            `process.env = { ...process.env };`,
            `spawn("node", ["app.js"], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: 0, FOO: "1" } });`,
          ].join('\n'),
          'NODE_TLS_REJECT_UNAUTHORIZED',
        ),
        off(
          'NODE_TLS_REJECT_UNAUTHORIZED=0',
          [
            `Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: "0" });`,
            `process.env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: "0" };`,
            `spawn("node", ["app.js"], { env: { ...process.env, FOO: "1" } });`,
          ].join('\n'),
          'NODE_TLS_REJECT_UNAUTHORIZED',
        ),
      ],
    },
    {
      // checkServerIdentity: arrow, function, method, a named function, an assignment.
      code: [
        `tls.connect({ host, checkServerIdentity: () => undefined });`,
        `tls.connect({ host, checkServerIdentity: function () { return; } });`,
        `tls.connect({ host, checkServerIdentity(host, cert) { console.log(host); } });`,
        `function acceptAll() {}`,
        `tls.connect({ host, checkServerIdentity: acceptAll });`,
        `opts.checkServerIdentity = () => {};`,
      ].join('\n'),
      errors: [
        off(
          CHECK,
          [
            `tls.connect({ host });`,
            `tls.connect({ host, checkServerIdentity: function () { return; } });`,
            `tls.connect({ host, checkServerIdentity(host, cert) { console.log(host); } });`,
            `function acceptAll() {}`,
            `tls.connect({ host, checkServerIdentity: acceptAll });`,
            `opts.checkServerIdentity = () => {};`,
          ].join('\n'),
          'checkServerIdentity',
        ),
        off(
          CHECK,
          [
            `tls.connect({ host, checkServerIdentity: () => undefined });`,
            `tls.connect({ host });`,
            `tls.connect({ host, checkServerIdentity(host, cert) { console.log(host); } });`,
            `function acceptAll() {}`,
            `tls.connect({ host, checkServerIdentity: acceptAll });`,
            `opts.checkServerIdentity = () => {};`,
          ].join('\n'),
          'checkServerIdentity',
        ),
        off(
          CHECK,
          [
            `tls.connect({ host, checkServerIdentity: () => undefined });`,
            `tls.connect({ host, checkServerIdentity: function () { return; } });`,
            `tls.connect({ host });`,
            `function acceptAll() {}`,
            `tls.connect({ host, checkServerIdentity: acceptAll });`,
            `opts.checkServerIdentity = () => {};`,
          ].join('\n'),
          'checkServerIdentity',
        ),
        off(
          CHECK,
          [
            `tls.connect({ host, checkServerIdentity: () => undefined });`,
            `tls.connect({ host, checkServerIdentity: function () { return; } });`,
            `tls.connect({ host, checkServerIdentity(host, cert) { console.log(host); } });`,
            `function acceptAll() {}`,
            `tls.connect({ host });`,
            `opts.checkServerIdentity = () => {};`,
          ].join('\n'),
          'checkServerIdentity',
        ),
        assigned(
          CHECK,
          [
            `tls.connect({ host, checkServerIdentity: () => undefined });`,
            `tls.connect({ host, checkServerIdentity: function () { return; } });`,
            `tls.connect({ host, checkServerIdentity(host, cert) { console.log(host); } });`,
            `function acceptAll() {}`,
            `tls.connect({ host, checkServerIdentity: acceptAll });`,
            ``,
          ].join('\n'),
        ),
      ],
    },
    {
      // TypeScript: `as` casts and a typed options object.
      code: `import type { AgentOptions } from "https";\nconst o: AgentOptions = { rejectUnauthorized: false as boolean };`,
      errors: [
        off(
          '`rejectUnauthorized: false as boolean`',
          `import type { AgentOptions } from "https";\nconst o: AgentOptions = {};`,
        ),
      ],
    },
    {
      // globalThis.process.env with ||=, a bracket key in an env object.
      code: `globalThis.process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= "0";\nconst env = { ["NODE_TLS_REJECT_UNAUTHORIZED"]: "" };`,
      errors: [
        assigned('NODE_TLS_REJECT_UNAUTHORIZED="0"', `const env = { ["NODE_TLS_REJECT_UNAUTHORIZED"]: "" };`),
        off(
          'NODE_TLS_REJECT_UNAUTHORIZED=""',
          `globalThis.process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= "0";\nconst env = {};`,
          'NODE_TLS_REJECT_UNAUTHORIZED',
        ),
      ],
    },
    {
      // require-based agents and a `satisfies` options object.
      code: `const { Agent } = require("undici");\nconst dispatcher = new Agent({ connect: { rejectUnauthorized: false } satisfies object });`,
      errors: [
        off(
          '`rejectUnauthorized: false`',
          `const { Agent } = require("undici");\nconst dispatcher = new Agent({ connect: {} satisfies object });`,
        ),
      ],
    },
    {
      // An assignment inside an expression is reported without a suggestion.
      code: `const v = (opts.rejectUnauthorized = false);`,
      errors: [{ messageId: 'validationDisabled', data: { what: '`rejectUnauthorized = false`' }, suggestions: [] }],
    },
  ],
});
