import type { TSESLint } from '@typescript-eslint/utils';
import { allowedFingerprints, type SecretOptions } from '../core/options.js';
import { serviceLabel } from '../core/services.js';
import { asListeners, textSourceOf } from '../languages/common/report.js';
import {
  credentialsAt,
  displayName,
  isSafeName,
  keysAt,
  leafName,
  reportValueSecrets,
  secretData,
  type ValueSecret,
  type ValueSecretReport,
} from '../languages/common/value-secrets.js';
import type { JsonDocument } from './ast.js';
import { isAppSettingsFile } from './files.js';
import { type JsonValueSite, jsonValueSites } from './sites.js';

/**
 * The secret rules on JSON (@eslint/json): keys and credentials in settings files, ARM templates and parameter
 * files, package.json. Where the file is an app-settings file (local.settings.json, appsettings*.json), the
 * suggestion puts an App Service / Functions Key Vault reference in place of the value.
 */

type Context = Parameters<typeof reportValueSecrets>[0];
type Listeners = TSESLint.RuleListener;

export type KeyMessageIds = 'hardcodedKey' | 'keyInText' | 'useKeyVault';
export type CredentialMessageIds = 'hardcodedCredential' | 'hardcodedToken' | 'credentialInText' | 'useKeyVault';

export function jsonKeyListeners(context: Context, options: SecretOptions): Listeners {
  return secretListeners<KeyMessageIds>(context, options, keysAt, (site, secret, vault) =>
    secret.whole
      ? {
          messageId: 'hardcodedKey',
          data: secretData(secret, sinkOf(site)),
          ...vault,
        }
      : { messageId: 'keyInText', data: { service: serviceLabel(secret.service), fingerprint: secret.fingerprint } },
  );
}

export function jsonCredentialListeners(context: Context, options: SecretOptions): Listeners {
  return secretListeners<CredentialMessageIds>(context, options, credentialsAt, (site, secret, vault) => {
    const data = secretData(secret, sinkOf(site), 'azure');
    if (secret.kind === 'jwt' || secret.kind === 'token') return { messageId: 'hardcodedToken', data };
    return secret.whole || vault.suggest
      ? { messageId: 'hardcodedCredential', data, ...vault }
      : { messageId: 'credentialInText', data };
  });
}

function secretListeners<MessageIds extends string>(
  context: Context,
  options: SecretOptions,
  find: (site: JsonValueSite) => ValueSecret[],
  word: (
    site: JsonValueSite,
    secret: ValueSecret,
    vault: Pick<ValueSecretReport<MessageIds>, 'suggest'>,
  ) => ValueSecretReport<MessageIds> | undefined,
): Listeners {
  const allowed = allowedFingerprints(options);
  const appSettings = isAppSettingsFile(context.filename);
  return asListeners({
    Document(node: JsonDocument) {
      const sites = jsonValueSites(node, textSourceOf(context).text);
      reportValueSecrets(context, sites, allowed, find, (site, secret) => {
        const suggest = appSettings && secret.whole ? keyVaultSuggestion<MessageIds>(site, secret) : undefined;
        return word(site, secret, suggest ? { suggest } : {});
      });
    },
  });
}

/** `"Values.SPEECH_KEY" setting`, `"ConnectionStrings.Db" setting`, `"speechKey" member`. */
function sinkOf(site: JsonValueSite): string {
  return `JSON member "${site.names.map(displayName).join('.')}"`;
}

/** The secret name a Key Vault reference points at: the setting's path in Key Vault's alphabet (letters, digits, `-`). */
export function keyVaultSecretName(names: readonly string[]): string {
  const path = names[0] === 'Values' ? names.slice(1) : names;
  const name = path
    .join('-')
    .replace(/[^A-Za-z0-9-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 127);
  return name === '' ? (leafName(names) ?? 'secret').replace(/[^A-Za-z0-9-]/gu, '-') : name;
}

function keyVaultSuggestion<MessageIds extends string>(
  site: JsonValueSite,
  secret: ValueSecret,
): ValueSecretReport<MessageIds>['suggest'] {
  // The secret name comes from the member names: none when one of them could be a pasted secret.
  if (!site.names.every(isSafeName)) return undefined;
  const name = keyVaultSecretName(site.names);
  return [
    {
      messageId: 'useKeyVault' as MessageIds,
      data: { name, kind: secret.label },
      text: `@Microsoft.KeyVault(VaultName=<vault-name>;SecretName=${name})`,
    },
  ];
}
