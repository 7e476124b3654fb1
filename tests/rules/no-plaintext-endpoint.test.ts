import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-plaintext-endpoint.js';

const ruleTester = new RuleTester();
const AOAI = 'import { AzureOpenAI } from "openai";\nconst client = new AzureOpenAI({ endpoint, apiKey });\n';

ruleTester.run('no-plaintext-endpoint', rule, {
  valid: [
    'const endpoint = "https://contoso.openai.azure.com";',
    'const ws = "wss://westus.stt.speech.microsoft.com/speech/recognition";',
    // Loopback containers and emulators.
    'const local = "http://localhost:5000";',
    'const local = `ws://127.0.0.1:5000/speech`;',
    'const local = "http://[::1]:8080/";',
    `import { TextAnalysisClient } from "@azure/ai-language-text"; new TextAnalysisClient("http://localhost:5000", cred);`,
    // XML namespaces and schemas.
    'const ssml = "http://www.w3.org/2001/10/synthesis";',
    'const ns = "http://schemas.microsoft.com/cognitiveservices/2016/05/ssml";',
    // Plaintext URLs elsewhere are not endpoints of an Azure AI client.
    'const site = "http://example.com/docs";',
    'fetch("http://example.com/data");',
    // Prose that mentions a URL.
    'const help = "See http://contoso.openai.azure.com for details";',
    'const bare = "http://";',
    // A hole in the host: unknown host.
    'const url = `http://${host}/translate`;',
    'const url = `http://${host}.example.com/`;',
    // Look-alike hosts.
    'const u = "http://openai.azure.com.evil.example/";',
    'const u = "http://cognitiveservices.azure.com/";',
    // allowInsecureConnection false, or with a loopback endpoint.
    'const opts = { allowInsecureConnection: false };',
    'const opts = { endpoint: "http://localhost:5000", allowInsecureConnection: true };',
    // An unrelated SDK-like module.
    `import { TextAnalysisClient } from "./fakes"; new TextAnalysisClient("http://10.0.0.5:5000", cred);`,
    // A hole in the host of an endpoint: not guessed at.
    `import { TextAnalysisClient } from "@azure/ai-language-text"; new TextAnalysisClient(\`http://\${containerHost}:5000\`, cred);`,
    // @azure/core-client serviceClient.js: forwarding the caller's own opt-in turns nothing on (even next to an Azure AI client).
    `${AOAI}if (requestOptions.allowInsecureConnection) {\n    request.allowInsecureConnection = true;\n}`,
    `${AOAI}class ServiceClient { send(request) { if (this._allowInsecureConnection) {\n    request.allowInsecureConnection = true;\n} } }`,
    `${AOAI}if (opts?.allowInsecureConnection === true) request.allowInsecureConnection = true;`,
    `${AOAI}const extra = options.allowInsecureConnection ? { allowInsecureConnection: true } : {};`,
    `${AOAI}this._allowInsecureConnection && (request.allowInsecureConnection = true);`,
    `if (a && !!pipelineOptions.allowInsecureConnection) { createClient(endpoint, cred, { allowInsecureConnection: true }); }`,
    // @azure/identity managed identity: IMDS is plaintext by design; no Azure AI client in the file.
    'const request = createPipelineRequest(requestOptions);\nrequest.timeout = updatedOptions.requestOptions?.timeout || 1000;\n// This MSI uses the imdsEndpoint to get the token, which only uses http://\nrequest.allowInsecureConnection = true;',
    '// ManagedIdentity uses http for local requests\n_options.allowInsecureConnection = true;\nthis.identityClient = new IdentityClient({ ..._options, additionalPolicies: [] });',
    // The IMDS address, like a loopback host (whatever allowLocalhost says: IMDS never serves TLS).
    'const ping = { url: "http://169.254.169.254/metadata/identity/oauth2/token", allowInsecureConnection: true };',
    {
      code: 'const ping = { url: "http://169.254.169.254/metadata/instance", allowInsecureConnection: true };',
      options: [{ allowLocalhost: false }],
    },
    'const imds = "http://169.254.169.254/metadata/identity/oauth2/token";',
    // Tagged templates are not URLs.
    'const q = sql`http://contoso.openai.azure.com`;',
  ],
  invalid: [
    {
      code: 'const endpoint = "http://contoso.openai.azure.com";',
      output: 'const endpoint = "https://contoso.openai.azure.com";',
      errors: [
        {
          messageId: 'plaintextEndpoint',
          data: { url: 'http://contoso.openai.azure.com', scheme: 'http', secure: 'https' },
        },
      ],
    },
    {
      // Single quotes, path and query kept; only the scheme changes.
      code: "const u = 'http://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?x=1';",
      output: "const u = 'https://westus.api.cognitive.microsoft.com/sts/v1.0/issueToken?x=1';",
      errors: [
        {
          messageId: 'plaintextEndpoint',
          data: { url: 'http://westus.api.cognitive.microsoft.com', scheme: 'http', secure: 'https' },
        },
      ],
    },
    {
      code: 'const s = "ws://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";',
      output: 'const s = "wss://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";',
      errors: [
        {
          messageId: 'plaintextEndpoint',
          data: { url: 'ws://westus.stt.speech.microsoft.com', scheme: 'ws', secure: 'wss' },
        },
      ],
    },
    {
      // Template with a hole in the host.
      code: 'const u = `http://${region}.api.cognitive.microsoft.com/sts/v1.0/issueToken`;',
      output: 'const u = `https://${region}.api.cognitive.microsoft.com/sts/v1.0/issueToken`;',
      errors: [
        {
          messageId: 'plaintextEndpoint',
          data: { url: 'http://${…}.api.cognitive.microsoft.com', scheme: 'http', secure: 'https' },
        },
      ],
    },
    {
      code: 'const u = `http://${name}.openai.azure.com/openai/deployments/${d}`;',
      output: 'const u = `https://${name}.openai.azure.com/openai/deployments/${d}`;',
      errors: [{ messageId: 'plaintextEndpoint' }],
    },
    {
      // new URL(...), upper-case scheme, translator host, sovereign cloud.
      code: 'const a = new URL("HTTP://api.cognitive.microsofttranslator.com/translate"); const b = "http://x.openai.azure.us";',
      output:
        'const a = new URL("HTTPS://api.cognitive.microsofttranslator.com/translate"); const b = "https://x.openai.azure.us";',
      errors: [{ messageId: 'plaintextEndpoint' }, { messageId: 'plaintextEndpoint' }],
    },
    {
      // Reported once, in the SDK slot too.
      code: `import { TextAnalysisClient } from "@azure/ai-language-text";\nnew TextAnalysisClient("http://contoso.cognitiveservices.azure.com/", cred);`,
      output: `import { TextAnalysisClient } from "@azure/ai-language-text";\nnew TextAnalysisClient("https://contoso.cognitiveservices.azure.com/", cred);`,
      errors: [{ messageId: 'plaintextEndpoint' }],
    },
    {
      // Another host in an endpoint slot, through a binding: a suggestion, not a fix.
      code: `import { AzureOpenAI } from "openai";\nconst base = "http://gateway.contoso.internal/openai";\nnew AzureOpenAI({ baseURL: base });`,
      errors: [
        {
          messageId: 'plaintextSlot',
          data: { url: 'http://gateway.contoso.internal', sink: 'AzureOpenAI', scheme: 'http', secure: 'https' },
          suggestions: [
            {
              messageId: 'switchToHttps',
              output: `import { AzureOpenAI } from "openai";\nconst base = "https://gateway.contoso.internal/openai";\nnew AzureOpenAI({ baseURL: base });`,
            },
          ],
        },
      ],
    },
    {
      // Speech fromHost takes a URL object; renamed namespace import via require.
      code: `const sdk = require("microsoft-cognitiveservices-speech-sdk");\nsdk.SpeechConfig.fromHost(new URL("ws://10.1.2.3:5000"));`,
      errors: [
        {
          messageId: 'plaintextSlot',
          data: { url: 'ws://10.1.2.3', sink: 'SpeechConfig.fromHost', scheme: 'ws', secure: 'wss' },
          suggestions: [
            {
              messageId: 'switchToHttps',
              output: `const sdk = require("microsoft-cognitiveservices-speech-sdk");\nsdk.SpeechConfig.fromHost(new URL("wss://10.1.2.3:5000"));`,
            },
          ],
        },
      ],
    },
    {
      // A template with a static host in an endpoint slot.
      code: 'import { TextAnalysisClient } from "@azure/ai-language-text";\nnew TextAnalysisClient(`http://lang-gw.corp:${port}/`, cred);',
      errors: [
        {
          messageId: 'plaintextSlot',
          suggestions: [
            {
              messageId: 'switchToHttps',
              output:
                'import { TextAnalysisClient } from "@azure/ai-language-text";\nnew TextAnalysisClient(`https://lang-gw.corp:${port}/`, cred);',
            },
          ],
        },
      ],
    },
    {
      // REST factory, default import under any name.
      code: `import makeClient from "@azure-rest/ai-content-safety";\nmakeClient("http://safety-gw:8080", cred);`,
      errors: [
        {
          messageId: 'plaintextSlot',
          suggestions: [
            {
              messageId: 'switchToHttps',
              output: `import makeClient from "@azure-rest/ai-content-safety";\nmakeClient("https://safety-gw:8080", cred);`,
            },
          ],
        },
      ],
    },
    {
      // Loopback with allowLocalhost: false: suggestion only (the container may not serve TLS).
      code: 'const local = `http://127.0.0.1:5000`;',
      options: [{ allowLocalhost: false }],
      errors: [
        {
          messageId: 'plaintextEndpoint',
          suggestions: [{ messageId: 'switchToHttps', output: 'const local = `https://127.0.0.1:5000`;' }],
        },
      ],
    },
    {
      code: `import { TextAnalysisClient } from "@azure/ai-language-text"; new TextAnalysisClient("http://localhost:5000", cred);`,
      options: [{ allowLocalhost: false }],
      errors: [
        {
          messageId: 'plaintextEndpoint',
          suggestions: [
            {
              messageId: 'switchToHttps',
              output: `import { TextAnalysisClient } from "@azure/ai-language-text"; new TextAnalysisClient("https://localhost:5000", cred);`,
            },
          ],
        },
      ],
    },
    {
      // Escaped scheme: reported without an automatic edit.
      code: 'const u = "\\x68ttp://contoso.openai.azure.com";',
      output: null,
      errors: [{ messageId: 'plaintextEndpoint' }],
    },
    {
      code: 'const client = createClient(endpoint, cred, { allowInsecureConnection: true });',
      errors: [
        {
          messageId: 'insecureConnection',
          suggestions: [
            {
              messageId: 'disallowInsecure',
              output: 'const client = createClient(endpoint, cred, { allowInsecureConnection: false });',
            },
          ],
        },
      ],
    },
    {
      // The member-assignment form, in a file that uses an Azure AI SDK.
      code: `${AOAI}options.allowInsecureConnection = !0;`,
      errors: [
        {
          messageId: 'insecureConnection',
          suggestions: [{ messageId: 'disallowInsecure', output: `${AOAI}options.allowInsecureConnection = false;` }],
        },
      ],
    },
    {
      // A guard that does not read the caller's setting, or turns it on when it is *not* set: still the code's own choice.
      code: `${AOAI}if (debug) { request.allowInsecureConnection = true; }\nif (!options.allowInsecureConnection) { options.allowInsecureConnection = true; }`,
      errors: [
        {
          messageId: 'insecureConnection',
          suggestions: [
            {
              messageId: 'disallowInsecure',
              output: `${AOAI}if (debug) { request.allowInsecureConnection = false; }\nif (!options.allowInsecureConnection) { options.allowInsecureConnection = true; }`,
            },
          ],
        },
        {
          messageId: 'insecureConnection',
          suggestions: [
            {
              messageId: 'disallowInsecure',
              output: `${AOAI}if (debug) { request.allowInsecureConnection = true; }\nif (!options.allowInsecureConnection) { options.allowInsecureConnection = false; }`,
            },
          ],
        },
      ],
    },
    {
      // In the other branch of the test: not a forward.
      code: `if (options.allowInsecureConnection) { a(); } else { createClient(endpoint, cred, { allowInsecureConnection: true }); }`,
      errors: [
        {
          messageId: 'insecureConnection',
          suggestions: [
            {
              messageId: 'disallowInsecure',
              output: `if (options.allowInsecureConnection) { a(); } else { createClient(endpoint, cred, { allowInsecureConnection: false }); }`,
            },
          ],
        },
      ],
    },
    {
      // The object form is reported without an Azure AI import; an IMDS URL elsewhere does not excuse it.
      code: `const ping = "http://169.254.169.254/metadata";\nconst client = createClient(endpoint, cred, { allowInsecureConnection: true });`,
      errors: [
        {
          messageId: 'insecureConnection',
          suggestions: [
            {
              messageId: 'disallowInsecure',
              output: `const ping = "http://169.254.169.254/metadata";\nconst client = createClient(endpoint, cred, { allowInsecureConnection: false });`,
            },
          ],
        },
      ],
    },
    {
      code: 'const opts = { endpoint: "http://localhost:5000", allowInsecureConnection: true };',
      options: [{ allowLocalhost: false }],
      errors: [
        {
          messageId: 'plaintextEndpoint',
          suggestions: [
            {
              messageId: 'switchToHttps',
              output: 'const opts = { endpoint: "https://localhost:5000", allowInsecureConnection: true };',
            },
          ],
        },
        {
          messageId: 'insecureConnection',
          suggestions: [
            {
              messageId: 'disallowInsecure',
              output: 'const opts = { endpoint: "http://localhost:5000", allowInsecureConnection: false };',
            },
          ],
        },
      ],
    },
  ],
});
