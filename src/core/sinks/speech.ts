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
