import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { keyName, staticString, unwrap } from '../ast.js';
import type { SlotRole } from './catalogue.js';

/** Speech SDK `PropertyId` names: which ones carry a key, endpoint, region, token or proxy password. */
const SPEECH_PROPERTY_ROLES: ReadonlyMap<string, SlotRole> = new Map([
  ['SpeechServiceConnection_Key', 'key'],
  ['SpeechServiceConnection_Endpoint', 'endpoint'],
  ['SpeechServiceConnection_Host', 'endpoint'],
  ['SpeechServiceConnection_Region', 'region'],
  ['SpeechServiceAuthorization_Token', 'token'],
  ['SpeechServiceConnection_ProxyPassword', 'password'],
]);

export function speechPropertyRole(property: string): SlotRole | undefined {
  return SPEECH_PROPERTY_ROLES.get(property);
}

/** `PropertyId.SpeechServiceConnection_Key`, `sdk.PropertyId.X`, or the string name. */
export function speechPropertyName(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.MemberExpression) {
    const name = keyName(n);
    return name?.startsWith('Speech') === true ? name : undefined;
  }
  const s = staticString(n);
  return s?.startsWith('Speech') === true ? s : undefined;
}

const sdkSourceCache = new WeakMap<object, boolean>();

/**
 * The Speech SDK's own source (or a vendored copy): it defines `fromSubscription` and imports the SDK's modules by
 * relative path. It implements key authentication; it is not a user of it.
 */
export function isSpeechSdkSource(sourceCode: { readonly text: string; readonly ast: object }): boolean {
  let found = sdkSourceCache.get(sourceCode.ast);
  if (found === undefined) {
    const text = sourceCode.text;
    found =
      /\bstatic\s+fromSubscription\s*\(|\bfromSubscription\s*=\s*function\b|\.fromSubscription\s*=\s*function\b/.test(
        text,
      ) && /(?:from|require\()\s*["']\.{1,2}\/[^"']*(?:sdk|common|speech)/i.test(text);
    sdkSourceCache.set(sourceCode.ast, found);
  }
  return found;
}
