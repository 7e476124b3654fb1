import { allowedFingerprints, type SecretOptions } from '../../core/options.js';
import { isKeyName, isSecretEnvName, nameWords } from '../../core/names.js';
import { serviceLabel } from '../../core/services.js';
import { asListeners, reportRange, textSourceOf } from '../common/report.js';
import {
  credentialsAt,
  keysAt,
  reportValueSecrets,
  secretData,
  type ValueSecret,
  type ValueSecretReport,
} from '../common/value-secrets.js';
import type { BicepFile } from './ast.js';
import { addSecureDecorator, unsecuredSecretParameters } from './secure.js';
import { type BicepValueSite, bicepValueSites } from './sites.js';

/**
 * The secret rules on Bicep files: keys and credentials written as strings (parameter defaults included), and
 * secret-named parameters without `@secure()` (their values are stored in plaintext with the deployment). The
 * questions (is it a key? which kind, service, fingerprint?) are the core's; this file says where values sit.
 */

type Context = Parameters<typeof reportValueSecrets>[0];

export type BicepKeyMessageIds = 'hardcodedKey' | 'keyInText' | 'removeDefault' | 'parameterNotSecure' | 'markSecure';
export type BicepCredentialMessageIds =
  'hardcodedCredential' | 'hardcodedToken' | 'credentialInText' | 'removeDefault' | 'parameterNotSecure' | 'markSecure';

/** `the default of param apiKey`, `resource account (properties.apiKey)`. */
function sinkOf(site: BicepValueSite): string {
  if (site.parameter) return `the default of Bicep param ${site.parameter.id.name}`;
  const path = site.names.join('.');
  return site.owner.startsWith('resource') || site.owner.startsWith('module')
    ? `Bicep ${site.owner} (${path})`
    : `Bicep ${site.owner}`;
}

/**
 * A secret that is a parameter's whole default: the suggestion drops the default (the value then comes with the
 * deployment, from a pipeline secret or a Key Vault reference in the parameters file).
 */
function removeDefault<MessageIds extends string>(
  site: BicepValueSite,
  secret: ValueSecret,
  messageId: MessageIds,
): ValueSecretReport<MessageIds>['suggest'] {
  const parameter = site.parameter;
  // A `.bicepparam` assignment (`param apiKey = '…'`, no type) is nothing without its value.
  if (!parameter?.default || !parameter.typeAnnotation || parameter.default !== site.node || !secret.whole)
    return undefined;
  const from = parameter.typeAnnotation.range[1];
  return [{ messageId, data: { name: parameter.id.name }, text: '', range: [from, parameter.default.range[1]] }];
}

function reportUnsecured(
  context: Context,
  file: BicepFile,
  isSecretName: (name: string) => boolean,
  kind: string,
): void {
  const text = textSourceOf(context).text;
  for (const parameter of unsecuredSecretParameters(file, isSecretName)) {
    const edit = addSecureDecorator(text, parameter);
    const data = { name: parameter.id.name, kind };
    reportRange(context, {
      range: parameter.id.range,
      messageId: 'parameterNotSecure',
      data,
      suggest: [{ messageId: 'markSecure', data, range: edit.range, text: edit.text }],
    });
  }
}

/** `storageAccountKey`, `accountKey`: a storage account key is a credential, not an AI service key (as in .env and JSON). */
function isAccountKeyName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  const before = words.at(-2);
  return last === 'accountkey' || (last === 'key' && (before === 'account' || before === 'storage'));
}

const isServiceKeyName = (name: string): boolean => isKeyName(name) && !isAccountKeyName(name);
const isCredentialName = (name: string): boolean => isSecretEnvName(name) && !isServiceKeyName(name);

export function bicepKeyListeners(context: Context, options: SecretOptions) {
  const allowed = allowedFingerprints(options);
  return asListeners({
    BicepFile(file: BicepFile) {
      const sites = bicepValueSites(file, textSourceOf(context).text);
      reportValueSecrets<BicepValueSite, BicepKeyMessageIds>(context, sites, allowed, keysAt, (site, secret) => {
        if (!secret.whole)
          return {
            messageId: 'keyInText',
            data: { service: serviceLabel(secret.service), fingerprint: secret.fingerprint },
          };
        const suggest = removeDefault<BicepKeyMessageIds>(site, secret, 'removeDefault');
        return {
          messageId: 'hardcodedKey',
          data: secretData(secret, sinkOf(site)),
          ...(suggest ? { suggest } : {}),
        };
      });
      reportUnsecured(context, file, isServiceKeyName, 'key');
    },
  });
}

export function bicepCredentialListeners(context: Context, options: SecretOptions) {
  const allowed = allowedFingerprints(options);
  return asListeners({
    BicepFile(file: BicepFile) {
      const sites = bicepValueSites(file, textSourceOf(context).text);
      reportValueSecrets<BicepValueSite, BicepCredentialMessageIds>(
        context,
        sites,
        allowed,
        credentialsAt,
        (site, secret) => {
          const data = secretData(secret, sinkOf(site), 'azure');
          if (secret.kind === 'jwt' || secret.kind === 'token') return { messageId: 'hardcodedToken', data };
          if (!secret.whole) return { messageId: 'credentialInText', data };
          const suggest = removeDefault<BicepCredentialMessageIds>(site, secret, 'removeDefault');
          return { messageId: 'hardcodedCredential', data, ...(suggest ? { suggest } : {}) };
        },
      );
      reportUnsecured(context, file, isCredentialName, 'credential');
    },
  });
}
