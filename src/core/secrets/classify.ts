import { redact } from '../redact.js';
import type { ServiceId } from '../services.js';
import { bearerValue, findCredentials, findSasTokens, isClientSecret, isJwt } from './azure-credentials.js';
import { FORMATS, type SecretKind } from './formats.js';
import { isLegacyKeyShape, parseIdentifiableKey } from './identifiable-key.js';
import { isEmulatorKey, isGuid, looksLikePassword, looksLikeSecretValue } from './not-secret.js';

/**
 * The language-independent question: given a string value and where it sits, is it a secret, of which kind and
 * service, with which fingerprint? JS slots, JSON members, .env entries and Bicep properties all ask it; none of
 * this needs an AST node.
 */

/** The slot roles that hold a credential other than a key. */
export const CREDENTIAL_ROLES = ['clientSecret', 'accountKey', 'sas', 'connectionString', 'password', 'token'] as const;
export type CredentialRole = (typeof CREDENTIAL_ROLES)[number];

export type SecretPlace =
  /**
   * A key position. `named`: only the name says so (a key-named binding, property, JSON member or .env entry):
   * only the Azure key shapes count there. `scheme`: the value carries an `Authorization` scheme before the key.
   */
  | { readonly kind: 'key'; readonly named: boolean; readonly scheme?: 'EndpointKey' }
  /** A credential parameter of the given role (client secret, account key, SAS, connection string, password, token). */
  | { readonly kind: 'credential'; readonly role: CredentialRole }
  /** Only a token-*named* binding or property (`accessToken`): only a signed JWT counts there. */
  | { readonly kind: 'tokenName' };

export interface SecretVerdict {
  readonly kind: SecretKind;
  /** The secret part the fingerprint is taken of (the key after a scheme, the SAS signature, the token). */
  readonly secret: string;
  /** The service the value itself names (an identifiable key's letter, a connection string's host). */
  readonly service: ServiceId | undefined;
  /** `sha256:1a2b3c4d`: the only form of the value that may reach a message. */
  readonly fingerprint: string;
  readonly length: string;
  /** Text kept before the secret (`EndpointKey `), '' when none. */
  readonly prefix: string;
  /** For identifiable keys: whether the checksum holds (else a key-shaped value). */
  readonly checksumValid: boolean;
}

type Classified = Pick<SecretVerdict, 'kind' | 'secret' | 'service'> & { readonly checksumValid?: boolean };

/** Whether `value`, standing at `place`, is a secret; `undefined` means "not a secret". */
export function classifySecret(value: string, place: SecretPlace): SecretVerdict | undefined {
  let prefix = '';
  let body = value;
  if (place.kind === 'key' && place.scheme === 'EndpointKey') {
    const m = /^(EndpointKey\s+)(\S+)$/i.exec(value);
    if (m) {
      prefix = m[1] ?? '';
      body = m[2] ?? '';
    }
  }
  const found = classifyAt(body, place, prefix !== '');
  if (!found) return undefined;
  const redacted = redact(found.secret);
  return {
    ...found,
    fingerprint: redacted.fingerprint,
    length: redacted.length,
    prefix,
    checksumValid: found.checksumValid ?? true,
  };
}

function classifyAt(value: string, place: SecretPlace, afterScheme: boolean): Classified | undefined {
  if (place.kind === 'key') return classifyKey(value, place.named, afterScheme);
  if (place.kind === 'credential') return classifyCredential(value, place.role);
  const token = bearerValue(value);
  return isJwt(token) ? { kind: 'jwt', secret: token, service: undefined } : undefined;
}

function classifyKey(value: string, named: boolean, afterScheme: boolean): Classified | undefined {
  // QnA Maker endpoint keys are GUID-shaped: after the EndpointKey scheme a GUID is the key.
  if (afterScheme && isGuid(value)) return { kind: 'key', secret: value, service: undefined };
  const id = parseIdentifiableKey(value);
  if (id) return { kind: 'identifiableKey', secret: value, service: id.service, checksumValid: id.checksumValid };
  if (isLegacyKeyShape(value)) return { kind: 'legacyKey', secret: value, service: undefined };
  return !named && looksLikeSecretValue(value) ? { kind: 'key', secret: value, service: undefined } : undefined;
}

/**
 * A literal standing in a credential slot of the given role. Account-only connection strings,
 * `UseDevelopmentStorage=true`, placeholders and runtime values pass.
 */
function classifyCredential(value: string, role: CredentialRole): Classified | undefined {
  switch (role) {
    case 'connectionString': {
      const [first] = findCredentials(value);
      return first ? { kind: first.kind, secret: first.secret, service: first.service } : undefined;
    }
    case 'sas': {
      const [first] = findSasTokens(value.startsWith('sig=') || value.startsWith('?') ? value : `?${value}`);
      return first ? { kind: 'sas', secret: first.secret, service: first.service } : undefined;
    }
    case 'clientSecret':
      return isClientSecret(value) || looksLikeSecretValue(value)
        ? { kind: 'clientSecret', secret: value, service: 'entraId' }
        : undefined;
    case 'accountKey':
      if (isEmulatorKey(value)) return undefined;
      return looksLikeSecretValue(value) ? { kind: 'accountKey', secret: value, service: undefined } : undefined;
    case 'password':
      return looksLikePassword(value) ? { kind: 'password', secret: value, service: undefined } : undefined;
    case 'token': {
      const token = bearerValue(value);
      if (isJwt(token)) return { kind: 'jwt', secret: token, service: undefined };
      return looksLikeSecretValue(token) && !token.includes('.')
        ? { kind: 'token', secret: token, service: undefined }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** How the message names a secret's kind: a key with a broken checksum is a "key-shaped value". */
export function kindLabel(verdict: Pick<SecretVerdict, 'kind' | 'checksumValid'>): string {
  if (verdict.kind === 'identifiableKey' && !verdict.checksumValid) return 'key-shaped value';
  return FORMATS[verdict.kind].label;
}
