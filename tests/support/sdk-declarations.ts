// Minimal ambient declarations of the SDK modules the rules know, for type-checking fixed test code under
// `strict` (tests/hardening/fixes.test.ts). Key, secret and endpoint parameters are typed `string`, so a fix
// that turns a literal into `string | undefined` fails to compile. Kept as text: it must not join the
// project's own type-check. Every other module is `any` through the shorthand `declare module "*"`.
export const SDK_DECLARATIONS = `
declare module "*";

declare module "@azure/core-auth" {
  export interface TokenCredential { getToken(scopes: string | string[]): Promise<{ token: string } | null>; }
  export class AzureKeyCredential { constructor(key: string); readonly key: string; update(key: string): void; }
  export class AzureNamedKeyCredential { constructor(name: string, key: string); update(name: string, key: string): void; }
  export class AzureSASCredential { constructor(signature: string); update(signature: string): void; }
}

declare module "@azure/identity" {
  import type { TokenCredential } from "@azure/core-auth";
  export class ClientSecretCredential implements TokenCredential {
    constructor(tenantId: string, clientId: string, clientSecret: string, options?: object);
    getToken(scopes: string | string[]): Promise<{ token: string } | null>;
  }
  export class DefaultAzureCredential implements TokenCredential {
    constructor(options?: object);
    getToken(scopes: string | string[]): Promise<{ token: string } | null>;
  }
  export function getBearerTokenProvider(credential: TokenCredential, ...scopes: string[]): () => Promise<string>;
}

declare module "openai" {
  interface ClientOptions {
    apiKey?: string | null | undefined;
    endpoint?: string | undefined;
    baseURL?: string | null | undefined;
    deployment?: string | undefined;
    apiVersion?: string | undefined;
    azureADTokenProvider?: (() => Promise<string>) | undefined;
    dangerouslyAllowBrowser?: boolean | undefined;
    defaultHeaders?: Record<string, string | null | undefined> | undefined;
    defaultQuery?: Record<string, string | undefined> | undefined;
    [option: string]: unknown;
  }
  export class OpenAI { constructor(options?: ClientOptions); [member: string]: any; }
  export class AzureOpenAI extends OpenAI { constructor(options?: ClientOptions); }
  export default OpenAI;
}

declare module "microsoft-cognitiveservices-speech-sdk" {
  export enum PropertyId { SpeechServiceConnection_Key, SpeechServiceConnection_Endpoint, SpeechServiceConnection_Region, SpeechServiceConnection_Host, SpeechServiceConnection_EnableAudioLogging }
  export class SpeechConfig {
    static fromSubscription(subscriptionKey: string, region: string): SpeechConfig;
    // The second argument takes a key or (since 1.43) a token credential.
    static fromEndpoint(endpoint: URL, subscriptionKey?: string | { getToken(scopes: string | string[]): unknown }): SpeechConfig;
    static fromHost(host: URL, subscriptionKey?: string | { getToken(scopes: string | string[]): unknown }): SpeechConfig;
    static fromAuthorizationToken(authorizationToken: string, region: string): SpeechConfig;
    setProperty(name: string | PropertyId, value: string): void;
    setServiceProperty(name: string, value: string, channel: number): void;
    enableAudioLogging(): void;
    [member: string]: any;
  }
  export class SpeechTranslationConfig extends SpeechConfig {}
  export class BotFrameworkConfig extends SpeechConfig {}
  export class CustomCommandsConfig extends SpeechConfig {
    static fromSubscription(applicationId: string, subscriptionKey: string, region: string): CustomCommandsConfig;
  }
  export const ServicePropertyChannel: { UriQueryParameter: number };
}

declare module "@azure/storage-blob" {
  export class StorageSharedKeyCredential { constructor(accountName: string, accountKey: string); }
  export class BlobServiceClient {
    constructor(url: string, credential?: unknown, options?: object);
    static fromConnectionString(connectionString: string, options?: object): BlobServiceClient;
    [member: string]: any;
  }
}
`;
