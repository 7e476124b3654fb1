import { publicEnvPrefix } from '../../core/browser-env.js';
import { isKeyName, isTokenName, nameWords } from '../../core/names.js';
import { findCredentials } from '../../core/secrets/azure-credentials.js';
import { classifySecret, type CredentialRole, kindLabel, type SecretPlace } from '../../core/secrets/classify.js';
import { isKeyKind, type SecretKind } from '../../core/secrets/formats.js';
import { looksLikeSecretValue } from '../../core/secrets/not-secret.js';
import { findIdentifiableKeys } from '../../core/secrets/identifiable-key.js';
import { redact } from '../../core/redact.js';
import { serviceFromName, type ServiceId, serviceLabel } from '../../core/services.js';
import { reportRange } from './report.js';

/**
 * Secrets in data files (JSON settings, `.env` entries, Bicep values): where a value sits is a name path, not a JS
 * slot. The questions (is it a key? which kind, service, fingerprint?) are the core's (secrets/); this module only
 * says which place a name makes and where in the file a finding lies.
 */

export interface ValueSite {
  readonly value: string;
  /** Names above the value, innermost last: `['Values', 'SPEECH_KEY']`, `['ConnectionStrings', 'Db']`, `['KEY']`. */
  readonly names: readonly string[];
  /** The file offset of an offset in `value` (escapes in the source may shift them). */
  readonly offset: (index: number) => number;
}

export interface ValueSecret {
  readonly kind: SecretKind;
  /** How messages name the kind (`key`, `key-shaped value`, `connection string with a key`). */
  readonly label: string;
  readonly service: ServiceId | undefined;
  readonly fingerprint: string;
  readonly length: string;
  /** The file range of the secret (the whole value, or the part a format scan found). */
  readonly range: readonly [number, number];
  /** Whether the finding is the whole value (a suggestion may replace the value then). */
  readonly whole: boolean;
}

/** The innermost name, split at `:` and `__` (`"OpenAI:ApiKey"`, `OpenAI__ApiKey`: .NET configuration paths). */
/**
 * The message data of a secret found in a value: its service (`fallback` when the value names none), kind, where it
 * stands, fingerprint and length; never the value.
 */
export function secretData(secret: ValueSecret, sink: string, fallback?: ServiceId): Record<string, string> {
  return {
    service: serviceLabel(secret.service, fallback),
    kind: secret.label,
    sink,
    fingerprint: secret.fingerprint,
    length: secret.length,
  };
}

export function leafName(names: readonly string[]): string | undefined {
  const last = names.at(-1);
  if (last === undefined || (!last.includes(':') && !last.includes('__'))) return last;
  const parts = last.split(/:|__/u);
  return parts.at(-1) ?? last;
}

/** How a name may appear in a message: as written, or `…` when it could itself be a pasted secret. */
export function displayName(name: string): string {
  return isSafeName(name) ? name : '…';
}

/** A name short enough and name-like enough to print (a key pasted as a member or variable name is not). */
export function isSafeName(name: string): boolean {
  return name.length <= 48 && !looksLikeSecretValue(name) && findCredentials(name).length === 0;
}

/** Key Vault references, template expressions and runtime inserts hold no value of their own. */
export function isIndirectValue(value: string): boolean {
  return (
    value.startsWith('@Microsoft.KeyVault(') ||
    (value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']'))
  );
}

/** Keys: by name (key-named settings and entries), and checksum-valid identifiable keys anywhere. */
export function keysAt(site: ValueSite): ValueSecret[] {
  const { value } = site;
  if (value === '' || isIndirectValue(value)) return [];
  const name = leafName(site.names);
  if (name !== undefined && isKeyName(name) && !isAccountKeyName(name)) {
    const verdict = classifySecret(value, { kind: 'key', named: true });
    if (verdict && isKeyKind(verdict.kind)) {
      return [
        whole(
          site,
          verdict.kind,
          kindLabel(verdict),
          verdict.service ?? serviceFromName(site.names.join('_')),
          verdict.secret,
        ),
      ];
    }
  }
  if (value.length < 84) return [];
  return findIdentifiableKeys(value)
    .filter(({ key }) => key.checksumValid)
    .map(({ key, index }) => part(site, 'identifiableKey', 'key', key.service, key.value, index, key.value.length));
}

/** Other credentials: by format anywhere (connection strings with keys, SAS, client secrets), and by name. */
export function credentialsAt(site: ValueSite): ValueSecret[] {
  const { value } = site;
  if (value === '' || isIndirectValue(value)) return [];
  const found = findCredentials(value).map((finding) =>
    part(
      site,
      finding.kind,
      kindLabel({ kind: finding.kind, checksumValid: true }),
      finding.service,
      finding.secret,
      finding.index,
      finding.length,
    ),
  );
  if (found.length > 0) return found;
  const place = credentialPlace(site.names);
  if (!place) return [];
  const verdict = classifySecret(value, place);
  if (!verdict || isKeyKind(verdict.kind)) return [];
  return [whole(site, verdict.kind, kindLabel(verdict), verdict.service, verdict.secret)];
}

/** A key in a variable bundlers inline into browser code (`VITE_`, `NEXT_PUBLIC_`, …): the prefix, if so. */
export function publicPrefixOf(names: readonly string[]): string | undefined {
  return publicEnvPrefix(names.at(-1));
}

/**
 * The credential a name says a value is: `ConnectionStrings:*` members, `AzureWebJobsStorage` and
 * `…ConnectionString` names, client secrets, account keys, passwords, SAS and tokens. Formats found anywhere come
 * first (credentialsAt); a name adds the kinds that have no format of their own.
 */
function credentialPlace(names: readonly string[]): SecretPlace | undefined {
  const name = leafName(names);
  // Every name below says one of these words: most names are rejected here, unsplit.
  if (name === undefined || !(CREDENTIAL_WORDS.test(name) || names.at(-2)?.toLowerCase() === 'connectionstrings'))
    return undefined;
  const role = credentialRole(name, names.at(-2));
  if (role) return { kind: 'credential', role };
  return isTokenName(name) ? { kind: 'tokenName' } : undefined;
}

const CREDENTIAL_WORDS = /connection|storage|key|secret|pass|pwd|sas|token|jwt|bearer/iu;

function credentialRole(name: string, parent: string | undefined): CredentialRole | undefined {
  const words = nameWords(name);
  const last = words.at(-1);
  const before = words.at(-2);
  if (parent?.toLowerCase() === 'connectionstrings' || name.toLowerCase() === 'azurewebjobsstorage')
    return 'connectionString';
  if (last === 'connectionstring' || (last === 'string' && before === 'connection')) return 'connectionString';
  if (isAccountKeyName(name)) return 'accountKey';
  if (last === 'secret' || last === 'clientsecret') return 'clientSecret';
  if (last === 'password' || last === 'passwd' || last === 'pwd') return 'password';
  if (last === 'sas' || (last === 'token' && before === 'sas')) return 'sas';
  return undefined;
}

/** `AccountKey`, `STORAGE_ACCOUNT_KEY`, `StorageKey`: a storage account key, not an AI service key. */
function isAccountKeyName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  const before = words.at(-2);
  return last === 'accountkey' || (last === 'key' && (before === 'account' || before === 'storage'));
}

function whole(
  site: ValueSite,
  kind: SecretKind,
  label: string,
  service: ServiceId | undefined,
  secret: string,
): ValueSecret {
  const redacted = redact(secret);
  const range = [site.offset(0), site.offset(site.value.length)] as const;
  return { kind, label, service, fingerprint: redacted.fingerprint, length: redacted.length, range, whole: true };
}

function part(
  site: ValueSite,
  kind: SecretKind,
  label: string,
  service: ServiceId | undefined,
  secret: string,
  index: number,
  length: number,
): ValueSecret {
  if (index === 0 && length === site.value.length) return whole(site, kind, label, service, secret);
  const redacted = redact(secret);
  const range = [site.offset(index), site.offset(index + length)] as const;
  return { kind, label, service, fingerprint: redacted.fingerprint, length: redacted.length, range, whole: false };
}

export interface ValueSecretReport<MessageIds extends string> {
  readonly messageId: MessageIds;
  readonly data: Readonly<Record<string, string>>;
  readonly suggest?: readonly {
    readonly messageId: MessageIds;
    readonly data: Readonly<Record<string, string>>;
    readonly text: string;
    /** What the suggestion replaces; the finding's range when not given. */
    readonly range?: readonly [number, number];
  }[];
}

/**
 * Runs `find` over the sites and reports each finding once (per range), skipping allow-listed fingerprints. `word`
 * turns a finding into the rule's message and suggestions (each suggestion replaces the finding's range).
 */
export function reportValueSecrets<Site extends ValueSite, MessageIds extends string>(
  context: Parameters<typeof reportRange>[0],
  sites: readonly Site[],
  allowed: ReadonlySet<string>,
  find: (site: Site) => ValueSecret[],
  word: (site: Site, secret: ValueSecret) => ValueSecretReport<MessageIds> | undefined,
): void {
  const seen = new Set<string>();
  for (const site of sites) {
    for (const secret of find(site)) {
      const at = `${String(secret.range[0])}:${String(secret.range[1])}`;
      if (seen.has(at) || allowed.has(secret.fingerprint)) continue;
      const report = word(site, secret);
      if (!report) continue;
      seen.add(at);
      reportRange(context, {
        range: secret.range,
        messageId: report.messageId,
        data: report.data,
        suggest: (report.suggest ?? []).map((s) => ({ ...s, range: s.range ?? secret.range })),
      });
    }
  }
}
