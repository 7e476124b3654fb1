import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-secret-in-log.js';

const ruleTester = new RuleTester();
const CRED = 'import { AzureKeyCredential } from "@azure/core-auth";\n';

ruleTester.run('no-secret-in-log', rule, {
  valid: [
    // Derived facts: booleans, lengths, presence.
    'console.log("key set:", !!process.env.SPEECH_KEY, Boolean(process.env.SPEECH_KEY));',
    'const key = process.env.AZURE_OPENAI_API_KEY;\nconsole.log(`key length ${key.length}`, key ? "set" : "missing", typeof key);',
    'const key = process.env.LANGUAGE_KEY;\nlogger.info({ hasKey: key !== undefined, suffix: key?.slice(-4) });',
    // Non-secret settings.
    'console.log(`Region: ${process.env.SPEECH_REGION}, endpoint: ${process.env.AZURE_OPENAI_ENDPOINT}`);',
    'console.log(process.env.KEY_VAULT_URL, process.env.TOKEN_ENDPOINT, process.env.RECAPTCHA_SITE_KEY, process.env.PUBLIC_KEY);',
    // Ordinary variables called key.
    'for (const key in obj) console.log(key, obj[key]);',
    'const cacheKey = `${user}:${id}`;\nlog.debug("miss", cacheKey);',
    // Not a logger.
    'const key = process.env.SPEECH_KEY;\nres.send(key);\nformatter.info(key);',
    // A key used in a sink, but not logged; a token credential.
    `${CRED}const key = process.env.K;\nnew AzureKeyCredential(key);\nconsole.log("client ready");`,
    `import { DefaultAzureCredential } from "@azure/identity";\nconst credential = new DefaultAzureCredential();\nconsole.log(credential);`,
    // `debug` named import that is not the debug package; a local `debug` function.
    'import { debug } from "./util";\ndebug(process.env.SPEECH_KEY);',
    'function debug(x) { return x; }\ndebug(process.env.SPEECH_KEY);',
    // The same name in another function is another variable.
    `${CRED}function make(key) { return new AzureKeyCredential(key); }\nfunction show(key) { console.log(key); }`,
    // Placeholders feeding a sink.
    `${CRED}const key = "<your-key>";\nnew AzureKeyCredential(key);\nconsole.log(key);`,
  ],
  invalid: [
    {
      code: 'console.log("Speech key:", process.env.SPEECH_KEY);',
      errors: [
        { messageId: 'secretInLog', data: { name: 'process.env.SPEECH_KEY', logger: 'console.log' }, column: 28 },
      ],
    },
    {
      // Templates, concatenation, object shorthand through bindings.
      code: 'const apiKey = process.env.AZURE_OPENAI_API_KEY;\nconsole.log(`using ${apiKey}`);\nconsole.error("key=" + apiKey);\nlogger.info({ apiKey });',
      errors: [
        { messageId: 'secretInLog', data: { name: 'apiKey (AZURE_OPENAI_API_KEY)', logger: 'console.log' }, line: 2 },
        { messageId: 'secretInLog', data: { name: 'apiKey (AZURE_OPENAI_API_KEY)', logger: 'console.error' }, line: 3 },
        { messageId: 'secretInLog', data: { name: 'apiKey (AZURE_OPENAI_API_KEY)', logger: 'logger.info' }, line: 4 },
      ],
    },
    {
      // A value that feeds a credential sink, from anywhere.
      code: `${CRED}const key = await vault.getSecret("k");\nconst credential = new AzureKeyCredential(key);\nlog.debug("key", String(key));`,
      errors: [{ messageId: 'secretInLog', data: { name: 'key', logger: 'log.debug' } }],
    },
    {
      // Destructured env, a config object, secrets other than keys, winston and pino instances.
      code: 'import pino from "pino";\nconst { AZURE_CLIENT_SECRET } = process.env;\nconst config = { conn: process.env.STORAGE_CONNECTION_STRING };\nconst out = pino();\nout.warn(AZURE_CLIENT_SECRET);\nthis.logger.error({ config: { conn: config.conn } });',
      errors: [
        { messageId: 'secretInLog', data: { name: 'AZURE_CLIENT_SECRET (AZURE_CLIENT_SECRET)', logger: 'out.warn' } },
        { messageId: 'secretInLog', data: { name: 'config.conn (STORAGE_CONNECTION_STRING)', logger: 'logger.error' } },
      ],
    },
    {
      // debug instances (ESM and require) and a key header value.
      code: 'import createDebug from "debug";\nconst dbg = createDebug("app");\nconst headers = { "Ocp-Apim-Subscription-Key": settings.key };\ndbg("headers %o", settings.key);\nrequire("debug")("x")(process.env["TRANSLATOR_KEY"]);',
      errors: [
        { messageId: 'secretInLog', data: { name: 'settings.key', logger: 'debug' } },
        { messageId: 'secretInLog', data: { name: 'process.env.TRANSLATOR_KEY', logger: 'debug' } },
      ],
    },
    {
      // Ternaries and fallbacks pass the value on; JSON.stringify and toString too.
      code: 'const k = process.env.SPEECH_KEY;\nconsole.info(verbose ? k : "hidden", k ?? "none", JSON.stringify([k]), k.toString());',
      errors: [
        { messageId: 'secretInLog', data: { name: 'k (SPEECH_KEY)', logger: 'console.info' }, column: 24 },
        { messageId: 'secretInLog', data: { name: 'k (SPEECH_KEY)', logger: 'console.info' }, column: 38 },
        { messageId: 'secretInLog', data: { name: 'k (SPEECH_KEY)', logger: 'console.info' }, column: 67 },
        { messageId: 'secretInLog', data: { name: 'k (SPEECH_KEY)', logger: 'console.info' }, column: 72 },
      ],
    },
    {
      // A class field that feeds a key header.
      code: 'class Api {\n  apiKey = loadKey();\n  call() { return fetch(u, { headers: { "api-key": this.apiKey } }); }\n  dump() { console.debug("api", this.apiKey); }\n}',
      errors: [{ messageId: 'secretInLog', data: { name: 'this.apiKey', logger: 'console.debug' }, line: 4 }],
    },
    {
      code: 'console.log(process.env);\nlogger.debug({ env: import.meta.env }, { ...process.env });\nconsole.log(cfg[`apiKey`]);\nconst cfg = { apiKey: process.env.AZURE_OPENAI_API_KEY };',
      errors: [
        { messageId: 'environmentInLog', data: { source: 'process.env', logger: 'console.log' } },
        { messageId: 'environmentInLog', data: { source: 'import.meta.env', logger: 'logger.debug' } },
        { messageId: 'environmentInLog', data: { source: 'process.env', logger: 'logger.debug' } },
        { messageId: 'secretInLog', data: { name: 'value (AZURE_OPENAI_API_KEY)', logger: 'console.log' } },
      ],
    },
    {
      // No slot and no secret-named env read: a whole env object logged is still found.
      code: 'const port = process.env.PORT;\nconsole.log("settings", port, process.env);\nlogger.info({ ...import.meta.env });',
      errors: [
        { messageId: 'environmentInLog', data: { source: 'process.env', logger: 'console.log' } },
        { messageId: 'environmentInLog', data: { source: 'import.meta.env', logger: 'logger.info' } },
      ],
    },
  ],
});
