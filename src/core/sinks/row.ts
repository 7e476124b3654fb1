import type { ServiceId } from '../services.js';

/**
 * What a catalogue row says (catalogue.ts): the call it matches, the slots its arguments are, how it
 * authenticates. `row` makes a row's label from its export path.
 */

export type SlotRole =
  /** An Azure AI / APIM key (or an OpenAI-compatible API key). */
  | 'key'
  /** A service endpoint URL or host. */
  | 'endpoint'
  | 'region'
  /** A credential argument: a key string, `{ key }`, `new AzureKeyCredential(k)` or a token credential. */
  | 'credential'
  /** Entra ID client secret. */
  | 'clientSecret'
  /** Storage / named key credential account key. */
  | 'accountKey'
  | 'sas'
  | 'connectionString'
  | 'password'
  /** Bearer token / JWT. */
  | 'token'
  /** An object of HTTP headers. */
  | 'headers'
  /** An object of query parameters. */
  | 'query';

export interface SlotSpec {
  readonly role: SlotRole;
  readonly arg: number;
  /** Property path inside the object argument. */
  readonly path?: readonly string[];
}

/** How a row authenticates: the facts prefer-entra-id, no-client-exposed-key and the slot index need. */
export type AuthFact =
  /** A key wrapped for a client (`AzureKeyCredential`). `updatable`: has `.update(key)`; `tokenReplaceable`: a token credential can stand in its place. */
  | { readonly kind: 'keyCredential'; readonly updatable: boolean; readonly tokenReplaceable: boolean }
  /** Takes a credential parameter. `tokenCapable`: it accepts a TokenCredential; `bareKey`: also a key string. */
  | { readonly kind: 'credentialParameter'; readonly tokenCapable: boolean; readonly bareKey: boolean }
  /** Takes the key itself (Speech `fromSubscription`). */
  | { readonly kind: 'subscriptionKey' }
  /**
   * An options object with a key property. `keyProperty`: the Azure key property a token provider replaces;
   * `browserClient`: the client name when `dangerouslyAllowBrowser` applies; `azureOnly`: the client only talks to Azure.
   */
  | {
      readonly kind: 'keyOptions';
      readonly keyProperty: string | undefined;
      readonly browserClient: string | undefined;
      readonly azureOnly: boolean;
    }
  /** Connection strings, secrets, tokens, named and SAS credentials: judged by no-hardcoded-credential only. */
  | { readonly kind: 'other' };

export interface SinkRow {
  readonly modules: readonly string[];
  /** Export path: `['SpeechConfig', 'fromSubscription']`, `['default']` for a default export. */
  readonly exportPath: readonly string[];
  readonly call: 'new' | 'call';
  readonly service: ServiceId | undefined;
  /** How messages name the call: `SpeechConfig.fromSubscription`, `@azure-rest/ai-vision-face client`. */
  readonly label: string;
  readonly slots: readonly SlotSpec[];
  readonly auth: AuthFact;
  /** REST factories whose one-argument form takes only the credential. */
  readonly oneArgCredential?: boolean;
  /** Also reachable from a browser global (`SpeechSDK`). */
  readonly global?: string;
}

type RowInput = Omit<SinkRow, 'label' | 'auth'> & { readonly auth?: AuthFact };

export function row(input: RowInput): SinkRow {
  const path = input.exportPath[0] === 'default' ? [`${input.modules[0] ?? ''} client`] : input.exportPath;
  return { ...input, label: path.join('.'), auth: input.auth ?? { kind: 'other' } };
}

export const keyCredential = (updatable = false): AuthFact => ({
  kind: 'keyCredential',
  updatable,
  tokenReplaceable: updatable,
});
export const credentialParameter = (tokenCapable: boolean, bareKey = false): AuthFact => ({
  kind: 'credentialParameter',
  tokenCapable,
  bareKey,
});
