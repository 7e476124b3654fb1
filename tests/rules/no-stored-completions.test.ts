import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-stored-completions.js';

const ruleTester = new RuleTester();

const AZURE = 'import { AzureOpenAI } from "openai";\nconst client = new AzureOpenAI({ endpoint, apiVersion });\n';
const OPENAI_AZURE =
  'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey });\n';
const OPENAI_PLAIN = 'import OpenAI from "openai";\nconst client = new OpenAI();\n';
const LC = 'import { AzureChatOpenAI, ChatOpenAI } from "@langchain/openai";\n';
const LI = 'import { AzureOpenAI, AzureOpenAIResponses } from "@llamaindex/azure";\n';
const AI = 'import { generateText, streamText } from "ai";\nimport { azure, createAzure } from "@ai-sdk/azure";\n';

const unset = (client: string) => ({ client, how: 'leaves `store` unset (the default is true)' });
const explicit = (client: string) => ({ client, how: 'sets `store: true`' });

ruleTester.run('no-stored-completions', rule, {
  valid: [
    // Chat completions: the default is not to store.
    `${AZURE}await client.chat.completions.create({ model: "gpt-4o", messages });`,
    `${AZURE}await client.chat.completions.create({ model: "gpt-4o", messages, store: false });`,
    // Not Azure: OpenAI's own service, no evidence of an Azure endpoint.
    `${OPENAI_PLAIN}await client.chat.completions.create({ model: "gpt-4o", messages, store: true });`,
    `${OPENAI_PLAIN}await client.responses.create({ model: "gpt-4o", input });`,
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: "https://api.openai.com/v1" });\nclient.responses.create({ model, input });',
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL, apiKey: process.env.OPENAI_API_KEY });\nclient.responses.create({ model, input });',
    'import OpenAI from "openai";\nconst client = new OpenAI({ baseURL: `https://${host}/v1` });\nclient.responses.create({ model, input });',
    // Responses: store off, or a conversation that needs storage.
    `${AZURE}await client.responses.create({ model: "gpt-4.1", input, store: false });`,
    `${AZURE}await client.responses.create({ model: "gpt-4.1", input, previous_response_id: first.id });`,
    `${AZURE}await client.responses.create({ model: "gpt-4.1", input, conversation: conv.id });`,
    // A value or a spread the file does not show.
    `${AZURE}await client.responses.create({ model: "gpt-4.1", input, store: flags.store });`,
    `${AZURE}await client.responses.create({ ...request, model: "gpt-4.1" });`,
    `${AZURE}await client.responses.create(request);`,
    // Other methods of the client.
    `${AZURE}await client.responses.retrieve(id);\nawait client.chat.completions.delete(id);`,
    // A client the file does not build.
    'export async function ask(client) { return client.responses.create({ model, input }); }',
    // The option for applications that need stored responses.
    {
      code: `${AZURE}await client.responses.create({ model: "gpt-4.1", input });`,
      options: [{ allowResponsesStorage: true }],
    },
    // LangChain: chat completions by default; Responses with zdrEnabled.
    `${LC}const llm = new AzureChatOpenAI({ azureOpenAIApiDeploymentName: "gpt-4o" });`,
    `${LC}const llm = new AzureChatOpenAI({ useResponsesApi: true, zdrEnabled: true });`,
    `${LC}const llm = new AzureChatOpenAI({ useResponsesApi: true, modelKwargs: { store: false } });`,
    `${LC}const llm = new ChatOpenAI({ model: "gpt-4o", useResponsesApi: true });`,
    // modelKwargs the file does not fully show.
    `${LC}const llm = new AzureChatOpenAI({ useResponsesApi: true, modelKwargs: { ...kwargs } });`,
    `${LC}const llm = new ChatOpenAI({ model: "gpt-4o", modelKwargs: { store: true } });`,
    // LlamaIndex: OpenAIResponses sends store: false unless told otherwise.
    `${LI}const llm = new AzureOpenAIResponses({ model: "gpt-4.1" });`,
    `${LI}const llm = new AzureOpenAIResponses({ model: "gpt-4.1", store: true, trackPreviousResponses: true });`,
    `${LI}const llm = new AzureOpenAI({ model: "gpt-4o" });`,
    // AI SDK: azure.chat does not store by default; Responses with store: false or a previous response.
    `${AI}await generateText({ model: azure.chat("gpt-4o"), prompt });`,
    `${AI}await generateText({ model: azure("gpt-4o"), prompt, providerOptions: { azure: { store: false } } });`,
    `${AI}await generateText({ model: azure("gpt-4o"), prompt, providerOptions: { openai: { store: false } } });`,
    `${AI}await streamText({ model: azure.responses("gpt-4o"), prompt, providerOptions: { azure: { previousResponseId: id } } });`,
    // @ai-sdk/openai is OpenAI's service.
    'import { generateText } from "ai";\nimport { openai } from "@ai-sdk/openai";\nawait generateText({ model: openai("gpt-4o"), prompt });',
  ],
  invalid: [
    {
      // `!0` is true; no edit for a value that is not the literal `true`.
      code: `${AZURE}client.responses.create({ model, input, store: !0 });`,
      errors: [{ messageId: 'storedResponse', data: explicit('AzureOpenAI'), suggestions: [] }],
    },
    {
      code: `${AZURE}await client.chat.completions.create({ model: "gpt-4o", store: true, messages });`,
      errors: [
        {
          messageId: 'storedCompletion',
          data: { client: 'AzureOpenAI' },
          line: 3,
          suggestions: [
            {
              messageId: 'removeStore',
              output: `${AZURE}await client.chat.completions.create({ model: "gpt-4o", messages });`,
            },
          ],
        },
      ],
    },
    {
      // OpenAI pointed at an Azure host; the parse helper; a multi-line body; the flag in a binding.
      code: `${OPENAI_AZURE}const keep = true;\nawait client.beta.chat.completions.parse({\n  model: "gpt-4o",\n  store: keep,\n  messages,\n});`,
      errors: [
        {
          messageId: 'storedCompletion',
          data: { client: 'OpenAI (Azure endpoint)' },
          suggestions: [
            {
              messageId: 'removeStore',
              output: `${OPENAI_AZURE}const keep = true;\nawait client.beta.chat.completions.parse({\n  model: "gpt-4o",\n  messages,\n});`,
            },
          ],
        },
      ],
    },
    {
      // An api-key default header is Azure's; the body held in a binding; stream().
      code: 'const OpenAI = require("openai");\nconst ai = new OpenAI({ defaultHeaders: { "api-key": process.env.AZURE_OPENAI_API_KEY } });\nconst body = { model, messages, store: true };\nai.chat.completions.stream(body);',
      errors: [
        {
          messageId: 'storedCompletion',
          data: { client: 'OpenAI (Azure endpoint)' },
          suggestions: [
            {
              messageId: 'removeStore',
              output:
                'const OpenAI = require("openai");\nconst ai = new OpenAI({ defaultHeaders: { "api-key": process.env.AZURE_OPENAI_API_KEY } });\nconst body = { model, messages };\nai.chat.completions.stream(body);',
            },
          ],
        },
      ],
    },
    {
      // Azure evidence in a template host and in an environment variable named for Azure.
      code: 'import OpenAI from "openai";\nconst a = new OpenAI({ baseURL: `https://${resource}.openai.azure.com/openai/v1/` });\nconst b = new OpenAI({ baseURL: process.env.AZURE_OPENAI_ENDPOINT + "/openai/v1/" });\na.responses.create({ model, input, store: true });\nb.chat.completions.create({ model, messages, store: true });',
      errors: [
        {
          messageId: 'storedResponse',
          data: explicit('OpenAI (Azure endpoint)'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output:
                'import OpenAI from "openai";\nconst a = new OpenAI({ baseURL: `https://${resource}.openai.azure.com/openai/v1/` });\nconst b = new OpenAI({ baseURL: process.env.AZURE_OPENAI_ENDPOINT + "/openai/v1/" });\na.responses.create({ model, input, store: false });\nb.chat.completions.create({ model, messages, store: true });',
            },
          ],
        },
        {
          messageId: 'storedCompletion',
          data: { client: 'OpenAI (Azure endpoint)' },
          suggestions: [
            {
              messageId: 'removeStore',
              output:
                'import OpenAI from "openai";\nconst a = new OpenAI({ baseURL: `https://${resource}.openai.azure.com/openai/v1/` });\nconst b = new OpenAI({ baseURL: process.env.AZURE_OPENAI_ENDPOINT + "/openai/v1/" });\na.responses.create({ model, input, store: true });\nb.chat.completions.create({ model, messages });',
            },
          ],
        },
      ],
    },
    {
      // The @azure/openai companion marks the file's OpenAI clients as Azure ones.
      code: `import type {} from "@azure/openai/types";\nimport "@azure/openai";\n${OPENAI_PLAIN}await client.chat.completions.create({ model, messages, store: true });`,
      errors: [
        {
          messageId: 'storedCompletion',
          data: { client: 'OpenAI (with @azure/openai)' },
          suggestions: [
            {
              messageId: 'removeStore',
              output: `import type {} from "@azure/openai/types";\nimport "@azure/openai";\n${OPENAI_PLAIN}await client.chat.completions.create({ model, messages });`,
            },
          ],
        },
      ],
    },
    {
      // Responses API, store left to its default.
      code: `${AZURE}const response = await client.responses.create({ model: "gpt-4.1", input: "Hi" });`,
      errors: [
        {
          messageId: 'storedResponse',
          data: unset('AzureOpenAI'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output: `${AZURE}const response = await client.responses.create({ model: "gpt-4.1", input: "Hi", store: false });`,
            },
          ],
        },
      ],
    },
    {
      // Explicit store: true; through a class field (this.client); a multi-line body with a trailing comma.
      code: 'import { AzureOpenAI } from "openai";\nclass Bot {\n  client = new AzureOpenAI();\n  ask(input) {\n    return this.client.responses.stream({\n      model: "gpt-4.1",\n      input,\n      store: true,\n    });\n  }\n}',
      errors: [
        {
          messageId: 'storedResponse',
          data: explicit('AzureOpenAI'),
          line: 8,
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output:
                'import { AzureOpenAI } from "openai";\nclass Bot {\n  client = new AzureOpenAI();\n  ask(input) {\n    return this.client.responses.stream({\n      model: "gpt-4.1",\n      input,\n      store: false,\n    });\n  }\n}',
            },
          ],
        },
      ],
    },
    {
      // A multi-line body without store: the property is added on its own line.
      code: `${OPENAI_AZURE}const responses = client.responses;\nawait responses.create({\n  model: "gpt-4.1",\n  input\n});`,
      errors: [
        {
          messageId: 'storedResponse',
          data: unset('OpenAI (Azure endpoint)'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output: `${OPENAI_AZURE}const responses = client.responses;\nawait responses.create({\n  model: "gpt-4.1",\n  input,\n  store: false\n});`,
            },
          ],
        },
      ],
    },
    {
      // allowResponsesStorage does not allow stored chat completions.
      code: `${AZURE}client.chat.completions.create({ model, messages, store: true, });`,
      options: [{ allowResponsesStorage: true }],
      errors: [
        {
          messageId: 'storedCompletion',
          data: { client: 'AzureOpenAI' },
          suggestions: [
            { messageId: 'removeStore', output: `${AZURE}client.chat.completions.create({ model, messages, });` },
          ],
        },
      ],
    },
    {
      // LangChain on the Responses API without zdrEnabled.
      code: `${LC}const llm = new AzureChatOpenAI({ azureOpenAIApiDeploymentName: "gpt-4o", useResponsesApi: true });`,
      errors: [
        {
          messageId: 'storedResponse',
          data: {
            client: 'AzureChatOpenAI',
            how: 'uses the Responses API without `zdrEnabled: true` (LangChain leaves `store` unset; the default is true)',
          },
          suggestions: [
            {
              messageId: 'setZdrEnabled',
              output: `${LC}const llm = new AzureChatOpenAI({ azureOpenAIApiDeploymentName: "gpt-4o", useResponsesApi: true, zdrEnabled: true });`,
            },
          ],
        },
      ],
    },
    {
      // LangChain chat completions with modelKwargs.store; ChatOpenAI with Azure fields.
      code: `${LC}const llm = new ChatOpenAI({ azureOpenAIApiInstanceName: "contoso", modelKwargs: { store: true } });`,
      errors: [
        {
          messageId: 'storedCompletion',
          data: { client: 'ChatOpenAI' },
          suggestions: [
            {
              messageId: 'removeStore',
              output: `${LC}const llm = new ChatOpenAI({ azureOpenAIApiInstanceName: "contoso", modelKwargs: {} });`,
            },
          ],
        },
      ],
    },
    {
      // The Responses-only class, modelKwargs.store: true.
      code: 'import { AzureChatOpenAIResponses } from "@langchain/openai";\nnew AzureChatOpenAIResponses({ modelKwargs: { store: true } });',
      errors: [
        {
          messageId: 'storedResponse',
          data: { client: 'AzureChatOpenAIResponses', how: 'sets `store: true` in `modelKwargs`' },
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output:
                'import { AzureChatOpenAIResponses } from "@langchain/openai";\nnew AzureChatOpenAIResponses({ modelKwargs: { store: false } });',
            },
          ],
        },
      ],
    },
    {
      // LlamaIndex Responses with store: true and no previous response; chat with additionalChatOptions.store.
      code: `${LI}const a = new AzureOpenAIResponses({ model: "gpt-4.1", store: true });\nconst b = new AzureOpenAI({ additionalChatOptions: { store: true } });`,
      errors: [
        {
          messageId: 'storedResponse',
          data: explicit('AzureOpenAIResponses (LlamaIndex)'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output: `${LI}const a = new AzureOpenAIResponses({ model: "gpt-4.1", store: false });\nconst b = new AzureOpenAI({ additionalChatOptions: { store: true } });`,
            },
          ],
        },
        {
          messageId: 'storedCompletion',
          data: { client: 'AzureOpenAI (LlamaIndex)' },
          suggestions: [
            {
              messageId: 'removeStore',
              output: `${LI}const a = new AzureOpenAIResponses({ model: "gpt-4.1", store: true });\nconst b = new AzureOpenAI({ additionalChatOptions: {} });`,
            },
          ],
        },
      ],
    },
    {
      // AI SDK: azure(...) is the Responses API; no providerOptions.
      code: `${AI}await generateText({ model: azure("gpt-4o"), prompt });`,
      errors: [
        {
          messageId: 'storedResponse',
          data: unset('Azure AI SDK'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output: `${AI}await generateText({ model: azure("gpt-4o"), prompt, providerOptions: { azure: { store: false } } });`,
            },
          ],
        },
      ],
    },
    {
      // createAzure(...) provider, the model in a binding, providerOptions.azure without store.
      code: `${AI}const provider = createAzure({ resourceName: "contoso" });\nconst model = provider.responses("gpt-4o");\nstreamText({ model, prompt, providerOptions: { azure: { reasoningEffort: "low" } } });`,
      errors: [
        {
          messageId: 'storedResponse',
          data: unset('Azure AI SDK'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output: `${AI}const provider = createAzure({ resourceName: "contoso" });\nconst model = provider.responses("gpt-4o");\nstreamText({ model, prompt, providerOptions: { azure: { reasoningEffort: "low", store: false } } });`,
            },
          ],
        },
      ],
    },
    {
      // The agent class (AI SDK 7 name) takes the same settings.
      code: 'import { Experimental_Agent as Agent } from "ai";\nimport { azure } from "@ai-sdk/azure";\nconst agent = new Agent({ model: azure("gpt-4o"), tools });',
      errors: [
        {
          messageId: 'storedResponse',
          data: unset('Azure AI SDK'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output:
                'import { Experimental_Agent as Agent } from "ai";\nimport { azure } from "@ai-sdk/azure";\nconst agent = new Agent({ model: azure("gpt-4o"), tools, providerOptions: { azure: { store: false } } });',
            },
          ],
        },
      ],
    },
    {
      // providerOptions.openai.store: true on the Responses model; store: true on azure.chat.
      code: `${AI}generateText({ model: azure("d"), prompt, providerOptions: { openai: { store: true } } });\ngenerateText({ model: azure.chat("d"), prompt, providerOptions: { openai: { store: true } } });`,
      errors: [
        {
          messageId: 'storedResponse',
          data: explicit('Azure AI SDK'),
          suggestions: [
            {
              messageId: 'setStoreFalse',
              output: `${AI}generateText({ model: azure("d"), prompt, providerOptions: { openai: { store: false } } });\ngenerateText({ model: azure.chat("d"), prompt, providerOptions: { openai: { store: true } } });`,
            },
          ],
        },
        {
          messageId: 'storedCompletion',
          data: { client: 'Azure AI SDK (azure.chat)' },
          suggestions: [
            {
              messageId: 'removeStore',
              output: `${AI}generateText({ model: azure("d"), prompt, providerOptions: { openai: { store: true } } });\ngenerateText({ model: azure.chat("d"), prompt, providerOptions: { openai: {} } });`,
            },
          ],
        },
      ],
    },
  ],
});
