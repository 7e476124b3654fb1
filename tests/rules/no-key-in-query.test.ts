import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-key-in-query.js';
import { legacyKey } from '../support/keys.js';

const ruleTester = new RuleTester();

ruleTester.run('no-key-in-query', rule, {
  valid: [
    // Keys in headers.
    `axios.get(url, { headers: { "Ocp-Apim-Subscription-Key": key } });`,
    `fetch(\`\${endpoint}/translate?api-version=3.0&to=de\`, { headers: { "Ocp-Apim-Subscription-Key": key } });`,
    // api-version and other parameters are not keys.
    `const url = "https://contoso.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21";`,
    `axios.get(url, { params: { "api-version": "3.0", to: "de" } });`,
    `url.searchParams.set("api-version", "2024-10-21");`,
    `const u = "https://x.example/?my-api-key-id=3&subscription-keys=1";`,
    // Names without a query string.
    `const header = "subscription-key"; const name = "api-key";`,
    `const note = "api-key=abc is a form field";`,
    // set/append on something that is not a URLSearchParams.
    `headers.set("api-key", key); map.set("subscription-key", 1);`,
    // Bare apikey outside an Azure SDK query slot (other APIs use it).
    `axios.get(url, { params: { apikey: key } });`,
    // openai/realtime/websocket.js: the real parameter is deleted and a redaction marker written in its place.
    `const parameterNames = [...url.searchParams.keys()];\nfor (const name of parameterNames) {\n    if (name.toLowerCase() === 'api-key') {\n        hasApiKey = true;\n        url.searchParams.delete(name);\n    }\n}\nif (hasApiKey) {\n    url.searchParams.set('api-key', '<REDACTED>');\n}`,
    `const p = new URLSearchParams(); p.set("Subscription-Key", "[REDACTED]"); p.append("api-key", "***"); u.searchParams.set("api-key", "REDACTED");`,
    // Other static non-secrets: placeholders and dummies.
    `u.searchParams.set("api-key", "<your-api-key>"); u.searchParams.append("subscription-key", "fake-key");`,
    // Tagged templates.
    'const q = gql`query { a(url: "?api-key=") }`;',
  ],
  invalid: [
    {
      code: `const url = "https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?Subscription-Key=" + key;`,
      errors: [{ messageId: 'keyInUrl', data: { param: 'Subscription-Key', header: 'Ocp-Apim-Subscription-Key' } }],
    },
    {
      code: 'fetch(`${endpoint}/translate?api-version=3.0&to=de&subscription-key=${key}`);',
      errors: [{ messageId: 'keyInUrl', data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key' } }],
    },
    {
      code: `const u = base + '&api-key=' + k;`,
      errors: [{ messageId: 'keyInUrl', data: { param: 'api-key', header: 'api-key' } }],
    },
    {
      // axios params: mechanical move to headers.
      code: `axios.get(url, { params: { "subscription-key": key } });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: '`params`' },
          suggestions: [
            {
              messageId: 'moveToHeader',
              data: { header: 'Ocp-Apim-Subscription-Key' },
              output: `axios.get(url, { headers: { "Ocp-Apim-Subscription-Key": key } });`,
            },
          ],
        },
      ],
    },
    {
      // request qs, single quotes kept.
      code: `request({ url, qs: { 'api-key': key } });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          suggestions: [{ messageId: 'moveToHeader', output: `request({ url, headers: { 'api-key': key } });` }],
        },
      ],
    },
    {
      // Other query parameters alongside, or an existing headers object: no mechanical edit.
      code: `axios.get(url, { params: { "api-version": "3.0", "subscription-key": key }, headers: h }); got(url, { searchParams: { "subscription-key": key }, headers: {} });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: '`params`' },
          suggestions: [],
        },
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: '`searchParams`' },
          suggestions: [],
        },
      ],
    },
    {
      // Through a binding.
      code: `const query = { "Subscription-Key": key };\naxios.get(url, { params: query });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'Subscription-Key', header: 'Ocp-Apim-Subscription-Key', where: '`params`' },
          suggestions: [],
        },
      ],
    },
    {
      code: `const u = new URL(endpoint); u.searchParams.set("subscription-key", key); u.searchParams.append("api-key", key);`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: 'searchParams.set' },
        },
        { messageId: 'keyInQueryObject', data: { param: 'api-key', header: 'api-key', where: 'searchParams.append' } },
      ],
    },
    {
      code: `const p = new URLSearchParams({ "subscription-key": key }); p.append("Subscription-Key", key);`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: 'URLSearchParams' },
          suggestions: [],
        },
        {
          messageId: 'keyInQueryObject',
          data: { param: 'Subscription-Key', header: 'Ocp-Apim-Subscription-Key', where: 'searchParams.append' },
        },
      ],
    },
    {
      code: `const s = querystring.stringify({ "subscription-key": key, text });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: 'querystring.stringify' },
          suggestions: [],
        },
      ],
    },
    {
      // A real key value (a variable, a template, a literal that is not a marker) still goes into the URL.
      code: `u.searchParams.set("api-key", apiKey); u.searchParams.set("api-key", \`\${k}\`); u.searchParams.set("api-key", "REDACTED" + k); u.searchParams.set("api-key", "${legacyKey()}");`,
      errors: [
        { messageId: 'keyInQueryObject', data: { param: 'api-key', header: 'api-key', where: 'searchParams.set' } },
        { messageId: 'keyInQueryObject', data: { param: 'api-key', header: 'api-key', where: 'searchParams.set' } },
        { messageId: 'keyInQueryObject', data: { param: 'api-key', header: 'api-key', where: 'searchParams.set' } },
        { messageId: 'keyInQueryObject', data: { param: 'api-key', header: 'api-key', where: 'searchParams.set' } },
      ],
    },
    {
      // ms-rest-js ApiKeyCredentials({ inQuery }).
      code: `import { ApiKeyCredentials } from "@azure/ms-rest-js";\nnew ApiKeyCredentials({ inQuery: { "subscription-key": key } });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'subscription-key', header: 'Ocp-Apim-Subscription-Key', where: '`inQuery`' },
          suggestions: [
            {
              messageId: 'moveToHeader',
              output: `import { ApiKeyCredentials } from "@azure/ms-rest-js";\nnew ApiKeyCredentials({ inHeader: { "Ocp-Apim-Subscription-Key": key } });`,
            },
          ],
        },
      ],
    },
    {
      // SDK query slot through a binding: the wider name list applies (apikey).
      code: `import { AzureOpenAI } from "openai";\nconst q = { apikey: key };\nnew AzureOpenAI({ defaultQuery: q });`,
      errors: [
        {
          messageId: 'keyInQueryObject',
          data: { param: 'apikey', header: 'api-key', where: 'AzureOpenAI' },
          suggestions: [],
        },
      ],
    },
  ],
});
