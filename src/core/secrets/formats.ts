import type { ServiceId, SettingRole } from '../services.js';

/**
 * One record per kind of secret: how messages name it, which environment variable role a suggestion reads it
 * from (none for tokens: they expire, obtaining them at run time is the fix), and the service to name when
 * neither the value nor its slot says. Adding a credential format: a kind here, its scanner in
 * azure-credentials.ts (text) and its slot rule in classify.ts (value in a slot).
 */

export type CredentialKind = 'connectionString' | 'sas' | 'clientSecret' | 'accountKey' | 'jwt' | 'token' | 'password';
export type KeyKind = 'identifiableKey' | 'legacyKey' | 'key';
export type SecretKind = KeyKind | CredentialKind;

export interface SecretFormat {
  readonly label: string;
  readonly envRole: SettingRole | undefined;
  readonly defaultService: ServiceId | undefined;
}

export const FORMATS: Readonly<Record<SecretKind, SecretFormat>> = {
  identifiableKey: { label: 'key', envRole: 'key', defaultService: undefined },
  legacyKey: { label: 'key', envRole: 'key', defaultService: undefined },
  key: { label: 'key', envRole: 'key', defaultService: undefined },
  connectionString: { label: 'connection string with a key', envRole: 'connectionString', defaultService: 'azure' },
  sas: { label: 'SAS token', envRole: 'token', defaultService: 'storage' },
  clientSecret: { label: 'client secret', envRole: 'secret', defaultService: 'entraId' },
  accountKey: { label: 'account key', envRole: 'key', defaultService: 'storage' },
  jwt: { label: 'JWT bearer token', envRole: undefined, defaultService: 'azure' },
  token: { label: 'bearer token', envRole: undefined, defaultService: 'azure' },
  password: { label: 'password', envRole: 'password', defaultService: 'azure' },
};

export function isKeyKind(kind: SecretKind): kind is KeyKind {
  return kind === 'identifiableKey' || kind === 'legacyKey' || kind === 'key';
}
