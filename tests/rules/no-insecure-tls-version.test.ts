import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-insecure-tls-version.js';

const ruleTester = new RuleTester();

const weak = (setting: string, value: string) => ({ messageId: 'weakVersion' as const, data: { setting, value } });
const flag = (f: string, replacement: string) => ({ messageId: 'weakFlag' as const, data: { flag: f, replacement } });

ruleTester.run('no-insecure-tls-version', rule, {
  valid: [
    // Secure versions and methods.
    `import tls from "node:tls"; tls.connect({ host, port: 443, minVersion: "TLSv1.2" });`,
    `import tls from "tls"; tls.connect({ minVersion: "TLSv1.3", maxVersion: "TLSv1.3" });`,
    `import https from "https"; new https.Agent({ secureProtocol: "TLS_method" });`,
    `import https from "https"; new https.Agent({ secureProtocol: "TLSv1_2_method" });`,
    `import https from "https"; new https.Agent({ secureProtocol: "TLS_client_method" });`,
    // SSLv23 with TLS 1.0 and 1.1 turned off.
    `import { constants } from "crypto"; import https from "https"; new https.Agent({ secureProtocol: "SSLv23_method", secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1 });`,
    // secureOptions that only turn off old versions.
    `import { constants } from "crypto"; const opts = { secureOptions: constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1 };`,
    // Values read from config or the environment.
    `import tls from "tls"; tls.connect({ minVersion: config.minTls });`,
    `import tls from "tls"; tls.connect({ minVersion: process.env.TLS_MIN });`,
    `import tls from "tls"; tls.DEFAULT_MIN_VERSION = process.env.TLS_MIN ?? "TLSv1.2";`,
    // Reads and comparisons of the setting.
    `import tls from "tls"; if (tls.DEFAULT_MIN_VERSION === "TLSv1") warn();`,
    `import tls from "tls"; const floor = tls.DEFAULT_MIN_VERSION; log(floor);`,
    `if (socket.getProtocol() === "TLSv1.1") warn("old client");`,
    // Strings that merely mention a version; version strings in unrelated objects.
    `const note = "TLSv1 and TLSv1.1 are deprecated";`,
    `const v = "TLSv1";`,
    `const row = { protocol: "TLSv1", deprecated: true };`,
    `const app = { minVersion: "TLSv1", title: "Protocol table" };`,
    `const pkg = { name: "x", minVersion: "TLSv1.1" };`,
    // DEFAULT_MIN_VERSION on something that is not node:tls.
    `import tls from "./my-tls"; tls.DEFAULT_MIN_VERSION = "TLSv1";`,
    `settings.DEFAULT_MIN_VERSION = "TLSv1";`,
    // Flags: safe ones, and mentions outside command lines.
    `process.env.NODE_OPTIONS = "--tls-min-v1.2 --max-old-space-size=4096";`,
    `const help = "Avoid --tls-min-v1.0 in production";`,
    `spawn("node", ["--tls-min-v1.3", "app.js"]);`,
    `fork("worker.js", [], { execArgv: ["--tls-max-v1.3"] });`,
    // A destructuring default is not an options object.
    `function f({ minVersion = "TLSv1.2" }) { return minVersion; }`,
  ],
  invalid: [
    {
      // tls.connect with a default import.
      code: `import tls from "node:tls";\ntls.connect({ host, port: 443, minVersion: "TLSv1" });`,
      output: `import tls from "node:tls";\ntls.connect({ host, port: 443, minVersion: "TLSv1.2" });`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // Namespace import, createSecureContext, both bounds, single quotes.
      code: `import * as tls from "tls";\ntls.createSecureContext({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' });`,
      output: `import * as tls from "tls";\ntls.createSecureContext({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });`,
      errors: [weak('minVersion', 'TLSv1'), weak('maxVersion', 'TLSv1.1')],
    },
    {
      // Named import, createServer, template without expressions.
      code: 'import { createServer } from "tls";\ncreateServer({ key, minVersion: `TLSv1.1` });',
      output: 'import { createServer } from "tls";\ncreateServer({ key, minVersion: `TLSv1.2` });',
      errors: [weak('minVersion', 'TLSv1.1')],
    },
    {
      // https.request / get / createServer via require.
      code: `const https = require("https");\nhttps.request(url, { minVersion: "TLSv1" });\nhttps.get(url, { minVersion: "TLSv1" });\nhttps.createServer({ minVersion: "TLSv1" }, app);`,
      output: `const https = require("https");\nhttps.request(url, { minVersion: "TLSv1.2" });\nhttps.get(url, { minVersion: "TLSv1.2" });\nhttps.createServer({ minVersion: "TLSv1.2" }, app);`,
      errors: [weak('minVersion', 'TLSv1'), weak('minVersion', 'TLSv1'), weak('minVersion', 'TLSv1')],
    },
    {
      // An options object built apart from the call.
      code: `import tls from "tls";\nconst opts = { host: "contoso.openai.azure.com", minVersion: "TLSv1" };\ntls.connect(opts);`,
      output: `import tls from "tls";\nconst opts = { host: "contoso.openai.azure.com", minVersion: "TLSv1.2" };\ntls.connect(opts);`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // The value through a const.
      code: `import tls from "tls";\nconst MIN = "TLSv1.1";\ntls.connect({ minVersion: MIN });`,
      output: `import tls from "tls";\nconst MIN = "TLSv1.2";\ntls.connect({ minVersion: MIN });`,
      errors: [weak('minVersion', 'TLSv1.1')],
    },
    {
      // http2.connect.
      code: `import http2 from "node:http2";\nhttp2.connect(url, { minVersion: "TLSv1" });`,
      output: `import http2 from "node:http2";\nhttp2.connect(url, { minVersion: "TLSv1.2" });`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // undici Agent / Pool / Client connect options.
      code: `import { Agent, Pool, Client } from "undici";\nnew Agent({ connect: { minVersion: "TLSv1" } });\nnew Pool(origin, { connect: { minVersion: "TLSv1" } });\nnew Client(origin, { connect: { minVersion: "TLSv1" } });`,
      output: `import { Agent, Pool, Client } from "undici";\nnew Agent({ connect: { minVersion: "TLSv1.2" } });\nnew Pool(origin, { connect: { minVersion: "TLSv1.2" } });\nnew Client(origin, { connect: { minVersion: "TLSv1.2" } });`,
      errors: [weak('minVersion', 'TLSv1'), weak('minVersion', 'TLSv1'), weak('minVersion', 'TLSv1')],
    },
    {
      // got https options, built apart.
      code: `import got from "got";\nconst options = { https: { minVersion: "TLSv1.1" } };\nawait got(url, options);`,
      output: `import got from "got";\nconst options = { https: { minVersion: "TLSv1.2" } };\nawait got(url, options);`,
      errors: [weak('minVersion', 'TLSv1.1')],
    },
    {
      // ws options.
      code: `import WebSocket from "ws";\nnew WebSocket(url, { maxVersion: "TLSv1.1" });`,
      output: `import WebSocket from "ws";\nnew WebSocket(url, { maxVersion: "TLSv1.2" });`,
      errors: [weak('maxVersion', 'TLSv1.1')],
    },
    {
      // axios httpsAgent and node-fetch agent built from an agent constructor of another package.
      code: `import axios from "axios";\nimport { HttpsProxyAgent } from "hpagent";\naxios.get(url, { httpsAgent: new HttpsProxyAgent({ proxy, minVersion: "TLSv1" }) });`,
      output: `import axios from "axios";\nimport { HttpsProxyAgent } from "hpagent";\naxios.get(url, { httpsAgent: new HttpsProxyAgent({ proxy, minVersion: "TLSv1.2" }) });`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // node-fetch with an agent options object nested under agent.
      code: `import fetch from "node-fetch";\nconst init = { agent: { minVersion: "TLSv1" } };\nfetch(url, init);`,
      output: `import fetch from "node-fetch";\nconst init = { agent: { minVersion: "TLSv1.2" } };\nfetch(url, init);`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // A class field holding an agent; an untracked agent constructor by name.
      code: `class Api {\n  agent = new HttpsAgent({ keepAlive: true, minVersion: "TLSv1" });\n}`,
      output: `class Api {\n  agent = new HttpsAgent({ keepAlive: true, minVersion: "TLSv1.2" });\n}`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // A TLS-named binding and a sibling TLS option.
      code: `const tlsOptions = { minVersion: "TLSv1" };\nconst other = { ca, minVersion: "TLSv1.1" };`,
      output: `const tlsOptions = { minVersion: "TLSv1.2" };\nconst other = { ca, minVersion: "TLSv1.2" };`,
      errors: [weak('minVersion', 'TLSv1'), weak('minVersion', 'TLSv1.1')],
    },
    {
      // Member assignment on TLS options.
      code: `const agentOptions = {};\nagentOptions.minVersion = "TLSv1";`,
      output: `const agentOptions = {};\nagentOptions.minVersion = "TLSv1.2";`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // openai client with an agent.
      code: `import OpenAI from "openai";\nimport https from "https";\nnew OpenAI({ httpAgent: new https.Agent({ minVersion: "TLSv1" }) });`,
      output: `import OpenAI from "openai";\nimport https from "https";\nnew OpenAI({ httpAgent: new https.Agent({ minVersion: "TLSv1.2" }) });`,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // Legacy secureProtocol methods: fixed to TLS 1.2 keeping the client/server role.
      code: `import https from "https";\nnew https.Agent({ secureProtocol: "TLSv1_method" });\nnew https.Agent({ secureProtocol: "TLSv1_1_client_method" });\nhttps.createServer({ secureProtocol: 'SSLv3_server_method' });`,
      output: `import https from "https";\nnew https.Agent({ secureProtocol: "TLSv1_2_method" });\nnew https.Agent({ secureProtocol: "TLSv1_2_client_method" });\nhttps.createServer({ secureProtocol: 'TLSv1_2_server_method' });`,
      errors: [
        { messageId: 'weakProtocol', data: { value: 'TLSv1_method', replacement: 'TLSv1_2_method' } },
        { messageId: 'weakProtocol', data: { value: 'TLSv1_1_client_method', replacement: 'TLSv1_2_client_method' } },
        { messageId: 'weakProtocol', data: { value: 'SSLv3_server_method', replacement: 'TLSv1_2_server_method' } },
      ],
    },
    {
      // secureProtocol assignment.
      code: `opts.secureProtocol = "TLSv1_method";`,
      output: `opts.secureProtocol = "TLSv1_2_method";`,
      errors: [{ messageId: 'weakProtocol', data: { value: 'TLSv1_method', replacement: 'TLSv1_2_method' } }],
    },
    {
      // SSLv23: a suggestion, not a fix.
      code: `const agent = new https.Agent({ secureProtocol: "SSLv23_client_method" });`,
      output: null,
      errors: [
        {
          messageId: 'legacyProtocol',
          data: { value: 'SSLv23_client_method', replacement: 'TLSv1_2_client_method' },
          suggestions: [
            {
              messageId: 'useMethod',
              data: { value: 'SSLv23_client_method', replacement: 'TLSv1_2_client_method' },
              output: `const agent = new https.Agent({ secureProtocol: "TLSv1_2_client_method" });`,
            },
          ],
        },
      ],
    },
    {
      // secureOptions turning off TLS 1.2 / 1.3: suggestions that drop the flag.
      code: `import { constants } from "crypto";\nconst opts = { secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_2 };\nconst only = { secureOptions: crypto.constants.SSL_OP_NO_TLSv1_3 };`,
      output: null,
      errors: [
        {
          messageId: 'disabledVersion',
          data: { flag: 'SSL_OP_NO_TLSv1_2', version: 'TLS 1.2' },
          suggestions: [
            {
              messageId: 'removeFlag',
              data: { flag: 'SSL_OP_NO_TLSv1_2', version: 'TLS 1.2' },
              output: `import { constants } from "crypto";\nconst opts = { secureOptions: constants.SSL_OP_NO_TLSv1 };\nconst only = { secureOptions: crypto.constants.SSL_OP_NO_TLSv1_3 };`,
            },
          ],
        },
        {
          messageId: 'disabledVersion',
          data: { flag: 'SSL_OP_NO_TLSv1_3', version: 'TLS 1.3' },
          suggestions: [
            {
              messageId: 'removeFlag',
              data: { flag: 'SSL_OP_NO_TLSv1_3', version: 'TLS 1.3' },
              output: `import { constants } from "crypto";\nconst opts = { secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_2 };\nconst only = {};`,
            },
          ],
        },
      ],
    },
    {
      // secureOptions on the left of a chain, and as an assignment statement.
      code: `const o = { ca, secureOptions: SSL_OP_NO_TLSv1_2 | SSL_OP_NO_SSLv3 };\nctx.secureOptions = SSL_OP_NO_TLSv1_3;\n`,
      output: null,
      errors: [
        {
          messageId: 'disabledVersion',
          suggestions: [
            {
              messageId: 'removeFlag',
              output: `const o = { ca, secureOptions: SSL_OP_NO_SSLv3 };\nctx.secureOptions = SSL_OP_NO_TLSv1_3;\n`,
            },
          ],
        },
        {
          messageId: 'disabledVersion',
          suggestions: [
            {
              messageId: 'removeFlag',
              output: `const o = { ca, secureOptions: SSL_OP_NO_TLSv1_2 | SSL_OP_NO_SSLv3 };\n`,
            },
          ],
        },
      ],
    },
    {
      // tls.DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION through default import, require and namespace import.
      code: `import tls from "node:tls";\ntls.DEFAULT_MIN_VERSION = "TLSv1";\ntls.DEFAULT_MAX_VERSION = 'TLSv1.1';`,
      output: `import tls from "node:tls";\ntls.DEFAULT_MIN_VERSION = "TLSv1.2";\ntls.DEFAULT_MAX_VERSION = 'TLSv1.2';`,
      errors: [weak('tls.DEFAULT_MIN_VERSION', 'TLSv1'), weak('tls.DEFAULT_MAX_VERSION', 'TLSv1.1')],
    },
    {
      code: `const tls = require("tls");\ntls.DEFAULT_MIN_VERSION = "TLSv1";`,
      output: `const tls = require("tls");\ntls.DEFAULT_MIN_VERSION = "TLSv1.2";`,
      errors: [weak('tls.DEFAULT_MIN_VERSION', 'TLSv1')],
    },
    {
      code: 'import * as nodeTls from "tls";\nnodeTls.DEFAULT_MIN_VERSION = `TLSv1.1`;',
      output: 'import * as nodeTls from "tls";\nnodeTls.DEFAULT_MIN_VERSION = `TLSv1.2`;',
      errors: [weak('tls.DEFAULT_MIN_VERSION', 'TLSv1.1')],
    },
    {
      code: `require("node:tls").DEFAULT_MIN_VERSION = "TLSv1";`,
      output: `require("node:tls").DEFAULT_MIN_VERSION = "TLSv1.2";`,
      errors: [weak('tls.DEFAULT_MIN_VERSION', 'TLSv1')],
    },
    {
      // NODE_OPTIONS through process.env: dot and bracket.
      code: `process.env.NODE_OPTIONS = "--max-old-space-size=4096 --tls-min-v1.0";\nprocess.env["NODE_OPTIONS"] = '--tls-min-v1.1';`,
      output: `process.env.NODE_OPTIONS = "--max-old-space-size=4096 --tls-min-v1.2";\nprocess.env["NODE_OPTIONS"] = '--tls-min-v1.2';`,
      errors: [flag('--tls-min-v1.0', '--tls-min-v1.2'), flag('--tls-min-v1.1', '--tls-min-v1.2')],
    },
    {
      // Env object for a child process, with a template expression elsewhere in the string.
      code: 'import { spawn } from "node:child_process";\nspawn("node", ["app.js"], { env: { ...process.env, NODE_OPTIONS: `--tls-min-v1.0 ${extra}` } });',
      output:
        'import { spawn } from "node:child_process";\nspawn("node", ["app.js"], { env: { ...process.env, NODE_OPTIONS: `--tls-min-v1.2 ${extra}` } });',
      errors: [flag('--tls-min-v1.0', '--tls-min-v1.2')],
    },
    {
      // execArgv arrays and node argument vectors.
      code: `fork("worker.js", [], { execArgv: ["--tls-min-v1.1"] });\nspawn(process.execPath, ["--tls-min-v1.0", "app.js"]);\nexec("node --tls-min-v1.0 app.js");`,
      output: `fork("worker.js", [], { execArgv: ["--tls-min-v1.2"] });\nspawn(process.execPath, ["--tls-min-v1.2", "app.js"]);\nexec("node --tls-min-v1.2 app.js");`,
      errors: [
        flag('--tls-min-v1.1', '--tls-min-v1.2'),
        flag('--tls-min-v1.0', '--tls-min-v1.2'),
        flag('--tls-min-v1.0', '--tls-min-v1.2'),
      ],
    },
    {
      // Appending to NODE_OPTIONS; a TS cast around the options object; satisfies.
      code: `process.env.NODE_OPTIONS += " --tls-min-v1.1";\nimport tls from "tls";\ntls.connect({ minVersion: "TLSv1" } as tls.ConnectionOptions);\nconst sslOptions = { maxVersion: "TLSv1.1" } satisfies tls.SecureContextOptions;`,
      output: `process.env.NODE_OPTIONS += " --tls-min-v1.2";\nimport tls from "tls";\ntls.connect({ minVersion: "TLSv1.2" } as tls.ConnectionOptions);\nconst sslOptions = { maxVersion: "TLSv1.2" } satisfies tls.SecureContextOptions;`,
      errors: [flag('--tls-min-v1.1', '--tls-min-v1.2'), weak('minVersion', 'TLSv1'), weak('maxVersion', 'TLSv1.1')],
    },
    {
      // A string with an escape is reported without a fix (only plain text is edited).
      code: `import tls from "tls";\ntls.connect({ minVersion: "TLS\\x761" });`,
      output: null,
      errors: [weak('minVersion', 'TLSv1')],
    },
    {
      // A ceiling: suggestions only (raising the floor alone would make Node refuse the pair).
      code: `process.env.NODE_OPTIONS = "--tls-min-v1.0 --tls-max-v1.1";`,
      output: null,
      errors: [
        {
          ...flag('--tls-min-v1.0', '--tls-min-v1.2'),
          suggestions: [
            {
              messageId: 'replaceFlag',
              data: { flag: '--tls-min-v1.0', replacement: '--tls-min-v1.2' },
              output: `process.env.NODE_OPTIONS = "--tls-min-v1.2 --tls-max-v1.1";`,
            },
          ],
        },
        {
          ...flag('--tls-max-v1.1', '--tls-max-v1.3'),
          suggestions: [
            {
              messageId: 'replaceFlag',
              data: { flag: '--tls-max-v1.1', replacement: '--tls-max-v1.3' },
              output: `process.env.NODE_OPTIONS = "--tls-min-v1.0 --tls-max-v1.3";`,
            },
          ],
        },
      ],
    },
  ],
});
