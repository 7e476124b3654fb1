// Synthetic sources with syntax the rules may not expect, each mixed with Azure AI SDK calls so the rules
// walk into the odd nodes. Keys are generated at run time.
import { clientSecret, identifiableKey, jwt, legacyKey, sasToken, storageConnectionString } from '../support/keys.js';

export interface Sample {
  readonly name: string;
  readonly code: string;
  readonly parsers: readonly ('espree' | 'typescript-eslint')[];
  readonly sourceType?: 'module' | 'script' | 'commonjs';
  readonly jsx?: boolean;
}

const k = legacyKey();
const id = identifiableKey('Y');

const IMPORTS = `import { AzureKeyCredential } from "@azure/core-auth";
import { AzureOpenAI, OpenAI } from "openai";
import * as sdk from "microsoft-cognitiveservices-speech-sdk";
import { ClientSecretCredential } from "@azure/identity";
import { BlobServiceClient } from "@azure/storage-blob";
import * as azure from "@pulumi/azure-native";
import https from "node:https";
import tls from "node:tls";`;

const BOTH = ['espree', 'typescript-eslint'] as const;
const TS = ['typescript-eslint'] as const;

export const samples: readonly Sample[] = [
  {
    name: 'jsx.jsx',
    parsers: BOTH,
    jsx: true,
    code: `${IMPORTS}
const key = "${k}";
export function App({ apiKey = key, ...rest }) {
  const client = new AzureOpenAI({ apiKey, endpoint: "http://x.openai.azure.com", dangerouslyAllowBrowser: true });
  return <div {...rest} data-key={key} onClick={() => fetch("https://x.cognitiveservices.azure.com", { headers: { "Ocp-Apim-Subscription-Key": key } })}>
    <Comp.Sub apiKey={process.env.NEXT_PUBLIC_OPENAI_KEY} {...{ [key]: key }} />
    {/* ${id} */}
    <>{client?.["chat"]?.completions?.create?.({ model: "m" })}</>
    {\`\${key}\`}
  </div>;
}`,
  },
  {
    name: 'tsx.tsx',
    parsers: TS,
    jsx: true,
    code: `${IMPORTS}
export const View = <T,>(props: { k?: T }): JSX.Element => <span title={"${k}"}>{String(props.k satisfies unknown)}</span>;
const speech = sdk.SpeechConfig.fromSubscription(import.meta.env.VITE_SPEECH_KEY as string, "westus");`,
  },
  {
    name: 'decorators.ts',
    parsers: TS,
    code: `${IMPORTS}
function Inject(token: string) { return (t: unknown, c: ClassFieldDecoratorContext) => {}; }
function Log(t: unknown, c: ClassMethodDecoratorContext) {}
@Reflect.metadata("k", "${k}")
export abstract class Service {
  @Inject("${k}") accessor apiKey = "${k}";
  @Log async call(@Param() x: string) { return new AzureKeyCredential(this.apiKey); }
  static { new AzureKeyCredential(this.name); }
  abstract get key(): string;
  declare readonly region: string;
  #secret = "${k}";
  static #priv = new AzureOpenAI({ apiKey: "${k}" });
  get value() { return this.#secret; }
  set value(v) { this.#secret = v; }
  override toString(this: Service) { return this.#secret in this ? "" : ""; }
}`,
  },
  {
    name: 'decorators.js',
    parsers: TS,
    code: `${IMPORTS}
@decorate class A { @field key = "${k}"; @method m() { return new AzureKeyCredential(this.key); } }`,
  },
  {
    name: 'using.ts',
    parsers: BOTH,
    code: `${IMPORTS}
export async function f() {
  using res = { [Symbol.dispose]() {} };
  await using conn = { async [Symbol.asyncDispose]() {} };
  const cred = new AzureKeyCredential("${k}");
  return { res, conn, cred };
}`,
  },
  {
    name: 'static-blocks-private.js',
    parsers: BOTH,
    code: `${IMPORTS}
class Config {
  static key;
  static #k = "${k}";
  static { Config.key = Config.#k; this.client = new AzureOpenAI({ apiKey: Config.#k, endpoint: \`http://\${"x"}.openai.azure.com\` }); }
  static { var x = sdk.SpeechConfig?.fromSubscription(this.key, "westus"); x.enableAudioLogging?.(); }
  #m() { return #k in Config; }
  static get [Symbol.iterator]() { return null; }
  static set setter(v) {}
}`,
  },
  {
    name: 'optional-chaining.js',
    parsers: BOTH,
    code: `${IMPORTS}
const o = globalThis?.config?.azure?.["openai"]?.settings ?? {};
const c1 = sdk?.SpeechConfig?.fromSubscription?.(o?.key, o?.["region"]);
const c2 = sdk.SpeechConfig.fromSubscription?.("${k}", "westus");
const c3 = (sdk?.SpeechConfig).fromSubscription(o?.k ?? "${k}", "westus");
const h = o?.headers?.["Ocp-Apim-Subscription-Key"];
fetch?.(o?.url, { headers: { ...o?.headers, "api-key": o?.k ?? "${k}" } })?.then?.((r) => r?.json?.());
c1?.setProperty?.(sdk?.PropertyId?.SpeechServiceConnection_Key, o?.k);
https?.request?.({ rejectUnauthorized: o?.strict ?? false, minVersion: o?.tls ?? "TLSv1" });
process?.env?.NODE_TLS_REJECT_UNAUTHORIZED;
console?.log?.(o?.apiKey, "${k}");`,
  },
  {
    name: 'computed-spreads.js',
    parsers: BOTH,
    code: `${IMPORTS}
const name = "apiKey"; const sym = Symbol("k");
const base = { ["api" + "Key"]: "${k}", [name]: "${k}", [sym]: 1, [\`\${name}\`]: 2, [1 + 2]: 3, 0: "${k}", 1n: 4, "": "" };
const opts = { ...base, ...(cond ? { apiKey: "${k}" } : {}), ...[], ...null, ...undefined, ..."str", ...{ ...{ endpoint: "http://a.openai.azure.com" } } };
new AzureOpenAI(opts); new AzureOpenAI({ ...opts }); new AzureOpenAI(...args); new AzureOpenAI(...[opts]); new AzureOpenAI();
new AzureKeyCredential(...["${k}"]); new AzureKeyCredential(); new AzureKeyCredential(undefined, "${k}");
const { apiKey = "${k}", ...others } = opts; const [a = "${k}", , ...b] = [];
const headers = {}; headers[name] = "${k}"; headers["Ocp-Apim-Subscription-Key"] = "${k}"; headers[0] = 1; headers[sym] = 2;
Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: "0", ...others });
process.env[name] = "0"; process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0; process.env.NODE_TLS_REJECT_UNAUTHORIZED = "";
({ [name]: opts.x } = opts); [headers.a, headers[name]] = ["${k}", "${k}"];
for (const [key, value] of Object.entries({ apiKey: "${k}" })) new AzureKeyCredential(value);
`,
  },
  {
    name: 'with-sloppy.js',
    parsers: ['espree'],
    sourceType: 'script',
    code: `var sdk = require("microsoft-cognitiveservices-speech-sdk");
var cfg = { key: "${k}", region: "westus" };
with (cfg) { sdk.SpeechConfig.fromSubscription(key, region); }
with (sdk) { SpeechConfig.fromSubscription("${k}", "westus"); }
function f(a, a) { arguments[0] = "${k}"; return arguments.callee; }
octal = 010; delete cfg; eval("var key = '" + cfg.key + "'"); this.apiKey = "${k}";
if (true) function g() {}
label: for (;;) { break label; }`,
  },
  {
    name: 'ts-constructs.ts',
    parsers: TS,
    code: `${IMPORTS}
export enum Keys { Speech = "${k}", Other = 1, Computed = "a".length }
export const enum E { A = "${k}" }
declare module "openai" { interface X { apiKey: string } }
declare global { var SpeechSDK: any; interface Window { key: string } }
export namespace Azure.Nested { export const apiKey = "${k}"; export namespace Inner { export import K = Keys; } }
export abstract class Base<T extends { apiKey: string }> implements I { protected abstract apiKey: string; constructor(private readonly key = "${k}", public region?: string) {} }
type T = { apiKey: "${k}" } & Record<string, unknown>; interface I { [k: string]: unknown }
const x = <const>{ apiKey: "${k}" }; const y = ({ apiKey: "${k}" }) as const satisfies T;
new AzureKeyCredential(<string>x.apiKey); new AzureKeyCredential(x.apiKey!); new AzureKeyCredential(Keys.Speech);
new AzureOpenAI({ apiKey: y.apiKey as unknown as string } satisfies object);
function over(a: string): void; function over(a: number): void; function over(a: unknown) {}
let def!: string; let tuple: [key: string, region?: string] = ["${k}"];
export = Azure;
import fs = require("fs");
export declare function declared(key?: string): void;
const g = <T,>(v: T) => v; g<string>("${k}");
abstract class A { abstract m(): void; accessor k = 1; }
`,
  },
  {
    name: 'import-meta-tla.js',
    parsers: BOTH,
    code: `${IMPORTS}
const { default: OpenAIDefault } = await import("openai");
const mod = await import(\`./\${import.meta.url}\`);
const key = import.meta.env?.VITE_AZURE_OPENAI_KEY ?? import.meta.env["VITE_KEY"] ?? "${k}";
const client = new OpenAIDefault({ apiKey: key, baseURL: new URL("/openai", import.meta.url).href });
for await (const x of client.list()) console.log(x, key);
export { key as "string name", client as default };
export * as ns from "openai";
import json from "./x.json" with { type: "json" };
import.meta.hot?.accept();`,
  },
  {
    name: 'getters-setters-labels.js',
    parsers: BOTH,
    code: `${IMPORTS}
const settings = {
  get apiKey() { return "${k}"; },
  set apiKey(v) { this._k = v; },
  get ["endpoint"]() { return "http://x.openai.azure.com"; },
  async *gen() { yield* []; },
  __proto__: { apiKey: "${k}" },
  "quoted-key": "${k}",
  region,
};
new AzureOpenAI(settings);
Object.defineProperty(settings, "apiKey", { get: () => "${k}" });
outer: for (const a of [1]) { inner: while (true) { if (a) continue outer; else break inner; } }
block: { break block; }
switch (settings.apiKey) { case "${k}": new AzureKeyCredential(settings.apiKey); default: }
try { throw "${k}"; } catch { } finally { }
try {} catch ({ message }) { console.error(message, settings.apiKey); }`,
  },
  {
    name: 'odd-expressions.js',
    parsers: BOTH,
    code: `${IMPORTS}
const key = ("${k}", "${k}"); const k2 = void 0 ?? "${k}"; const k3 = !0 && "${k}"; const k4 = 0 || "${k}";
const k5 = cond ? a ? "${k}" : b : c ?? "${k}"; let k6; k6 ||= "${k}"; k6 ??= "${k}"; k6 &&= "${k}";
const k7 = \`${k}\`; const k8 = String.raw\`${k}\`; const k9 = tag\`\${k7}x\${k8}\`; const k10 = "${k.slice(0, 16)}" + "${k.slice(16)}";
new AzureKeyCredential(key); new AzureKeyCredential(k2); new AzureKeyCredential(k3); new AzureKeyCredential(k4);
new AzureKeyCredential(k5); new AzureKeyCredential(k6); new AzureKeyCredential(k7); new AzureKeyCredential(k8);
new AzureKeyCredential(k9); new AzureKeyCredential(k10); new AzureKeyCredential(k10 + k9); new AzureKeyCredential(-k2);
new AzureKeyCredential(/${k}/u.source); new AzureKeyCredential(123); new AzureKeyCredential(null); new AzureKeyCredential(this);
function nt() { return new AzureKeyCredential(new.target); } new AzureKeyCredential(class { static k = "${k}"; });
new AzureKeyCredential(function () { return "${k}"; }); new AzureKeyCredential(() => "${k}"); new AzureKeyCredential(async () => await "${k}");
let self = self; var loop = loop2; var loop2 = loop; new AzureKeyCredential(self); new AzureKeyCredential(loop);
let r1 = r2, r2 = r1; new AzureKeyCredential(r1 ?? r2);
const objA = { k: objB.k }; const objB = { k: objA.k }; new AzureKeyCredential(objA.k);
var hoisted; new AzureKeyCredential(hoisted); hoisted = "${k}";
new ClientSecretCredential("t", "c", "${clientSecret()}"); BlobServiceClient.fromConnectionString("${storageConnectionString()}");
fetch("https://a.blob.core.windows.net/c?${sasToken()}", { headers: { Authorization: "Bearer ${jwt()}" } });
// ${id}
/* ${k} */`,
  },
  {
    name: 'iac-odd.ts',
    parsers: BOTH,
    code: `import * as azure from "@pulumi/azure-native";
import { CognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
const props = { disableLocalAuth: undefined, ...extra, ["publicNetworkAccess"]: cond ? "Enabled" : "Disabled" };
new azure.cognitiveservices.Account("a", { properties: props, kind: "OpenAI", ...spread });
new azure.cognitiveservices.Account("b", { properties: { ...props, networkAcls: { defaultAction: azure.cognitiveservices.NetworkRuleAction?.Allow } } });
new azure.cognitiveservices.Account("c"); new azure.cognitiveservices.Account(); new azure.cognitiveservices.Account(...args);
new azure.cognitiveservices.Account("d", { properties: null }); new azure.cognitiveservices.Account("e", { properties: getProps() });
new CognitiveAccount(this, "x", { localAuthEnabled: !false, publicNetworkAccessEnabled: !!1, networkAcls: [{ defaultAction: "Allow" }] });
new CognitiveAccount(scope, id, config);`,
  },
  {
    name: 'stored-odd.ts',
    parsers: BOTH,
    code: `import OpenAI, { AzureOpenAI } from "openai";
import { AzureChatOpenAI } from "@langchain/openai";
import { AzureOpenAIResponses } from "@llamaindex/azure";
import { generateText } from "ai";
import { azure, createAzure } from "@ai-sdk/azure";
const a = new AzureOpenAI(), b = new OpenAI({ baseURL: \`https://\${name}.openai.azure.com/\`, defaultHeaders: null });
let c = a; c = c;
const r = c.responses, s = r, t = s;
t.create(); t.create(...args); t.create({ ...t, store: !0 }); t["create"]({ store: void 0, [key]: true });
a?.chat?.completions?.create?.({ store: true, store: false }); a.beta.chat.completions.runTools({ store: (true) });
b.chat.completions.create({ store: cond ? true : false }); a.responses.parse({ get store() { return true; } });
a.responses.stream({ store: true, previous_response_id: null, conversation: undefined });
new AzureChatOpenAI({ useResponsesApi: !0, modelKwargs: { ...kw } }); new AzureChatOpenAI(...opts); new AzureChatOpenAI({ modelKwargs: null });
new AzureOpenAIResponses({ store: true, additionalChatOptions: { store: true } });
const p = createAzure(), q = createAzure;
generateText({ model: p.chat("d"), providerOptions: { openai: { store: true } } }); generateText({ model: q()("d") });
generateText({ model: azure("d"), providerOptions: { azure: null } }); generateText({ model: azure("d"), providerOptions: { ...po } });
generateText({ model: azure.responses("d"), providerOptions: {} }); generateText({}); generateText();`,
  },
  {
    name: 'store-audio-odd.js',
    parsers: BOTH,
    code: `const host = "https://westus.stt.speech.microsoft.com/speech/recognition/conversation/cognitiveservices/v1";
fetch(host + "?storeAudio=true" + "&storeAudio=true"); fetch(\`\${host}?storeAudio=true&storeAudio=\${"true"}\`);
fetch("https://westus.stt.speech.microsoft.com/speech/v1?storeAudio=\\x74rue&x=\\u0073toreAudio=true");
new WebSocket(\`wss://\${a}\${b}.stt.speech.microsoft.com/?storeAudio=true#storeAudio=true\`); "?storeAudio=true"; \`&storeAudio=true\`;
axios({ params: { storeAudio: "TRUE", ["storeAudio"]: true, ...rest, get storeAudio() { return true; } } });
new URLSearchParams({ storeAudio: true }, extra); new URLSearchParams(); new URLSearchParams(...args);
url.searchParams.set("storeAudio", "true"), url.searchParams.append("storeAudio"); if (x) params.set("storeAudio", true);
searchParams?.["set"]?.("storeAudio", "true"); (0, q.set)("storeAudio", "true");`,
  },
];
