import type { TSESLint } from '@typescript-eslint/utils';
import { asListeners } from '../common/report.js';
import { allowedFingerprints, type SecretOptions } from '../../core/options.js';
import { serviceLabel } from '../../core/services.js';
import {
  credentialsAt,
  displayName,
  isSafeName,
  keysAt,
  publicPrefixOf,
  reportValueSecrets,
  secretData,
} from '../common/value-secrets.js';
import type { DotenvFile } from './ast.js';
import { type DotenvValueSite, dotenvValueSites } from './sites.js';

/** The secret rules on `.env` files: keys and credentials in entries, and keys in browser-public variables. */

type Context = Parameters<typeof reportValueSecrets>[0];
type Listeners = TSESLint.RuleListener;

function sinkOf(site: DotenvValueSite): string {
  return `.env entry ${displayName(site.entry.key.name)}`;
}

export function dotenvKeyListeners(context: Context, options: SecretOptions): Listeners {
  const allowed = allowedFingerprints(options);
  return asListeners({
    DotenvFile(node: DotenvFile) {
      reportValueSecrets(context, dotenvValueSites(node), allowed, keysAt, (site, secret) =>
        secret.whole
          ? {
              messageId: 'keyInDotenv',
              data: secretData(secret, sinkOf(site)),
            }
          : {
              messageId: 'keyInText',
              data: { service: serviceLabel(secret.service), fingerprint: secret.fingerprint },
            },
      );
    },
  });
}

export function dotenvCredentialListeners(context: Context, options: SecretOptions): Listeners {
  const allowed = allowedFingerprints(options);
  return asListeners({
    DotenvFile(node: DotenvFile) {
      reportValueSecrets(context, dotenvValueSites(node), allowed, credentialsAt, (site, secret) => {
        const data = secretData(secret, sinkOf(site), 'azure');
        if (secret.kind === 'jwt' || secret.kind === 'token') return { messageId: 'hardcodedToken', data };
        return { messageId: 'credentialInDotenv', data };
      });
    },
  });
}

/** A key in a `VITE_`/`NEXT_PUBLIC_`/`REACT_APP_`/… entry: the bundler inlines it into every visitor's download. */
export function dotenvExposedKeyListeners(context: Context): Listeners {
  return asListeners({
    DotenvFile(node: DotenvFile) {
      const sites = dotenvValueSites(node).filter((site) => publicPrefixOf(site.names) !== undefined);
      reportValueSecrets(context, sites, new Set(), keysAt, (site, secret) => {
        const variable = site.entry.key.name;
        const prefix = publicPrefixOf(site.names) ?? '';
        const serverName = variable.slice(prefix.length);
        return {
          messageId: 'publicEntry',
          data: { service: serviceLabel(secret.service), variable: displayName(variable), prefix },
          // Renaming changes what the code reads: the page must then get a token from a server route instead.
          suggest:
            serverName === '' || !isSafeName(variable)
              ? []
              : [
                  {
                    messageId: 'serverOnly',
                    data: { name: serverName },
                    text: serverName,
                    range: site.entry.key.range,
                  },
                ],
        };
      });
    },
  });
}
