import type { TSESLint } from '@typescript-eslint/utils';
import { isKeyName, nameWords } from '../core/names.js';
import { isDummy, isPlaceholder } from '../core/secrets/not-secret.js';
import { serviceFromName, serviceLabel } from '../core/services.js';
import { asListeners, reportRange, textSourceOf } from '../languages/common/report.js';
import { displayName, isSafeName, leafName } from '../languages/common/value-secrets.js';
import type { JsonDocument } from './ast.js';
import { isAppSettingsFile, isJsonSampleFile } from './files.js';
import { keyVaultSecretName } from './secrets.js';
import { jsonValueSites } from './sites.js';

type Context = Parameters<typeof reportRange>[0];

/**
 * prefer-env-config on JSON: a placeholder key in a committed app-settings file (local.settings.json,
 * appsettings*.json) is where the next person pastes a real key. Sample files (`*.sample.json`, `*.example.json`,
 * `*.template.json`) hold placeholders on purpose and are quiet; endpoints and regions belong in settings files.
 */
export function jsonPlaceholderListeners(context: Context): TSESLint.RuleListener {
  if (!isAppSettingsFile(context.filename) || isJsonSampleFile(context.filename)) return {};
  return asListeners({
    Document(node: JsonDocument) {
      for (const site of jsonValueSites(node, textSourceOf(context).text)) {
        const name = leafName(site.names);
        if (name === undefined || !isSpecificKeyName(name)) continue;
        const value = site.value.trim();
        if (value === '' || !(isPlaceholder(value) || isDummy(value))) continue;
        const range = [site.offset(0), site.offset(site.value.length)] as const;
        const secret = keyVaultSecretName(site.names);
        reportRange(context, {
          range,
          messageId: 'placeholderSetting',
          data: {
            service: serviceLabel(serviceFromName(site.names.join('_'))),
            sink: `JSON member "${site.names.map(displayName).join('.')}"`,
          },
          suggest: site.names.every(isSafeName)
            ? [
                {
                  messageId: 'useKeyVault',
                  data: { name: secret },
                  range,
                  text: `@Microsoft.KeyVault(VaultName=<vault-name>;SecretName=${secret})`,
                },
              ]
            : [],
        });
      }
    },
  });
}

/** `SPEECH_KEY`, `ApiKey`, `subscriptionKey`: a name that says which key it holds (a bare `key` says little). */
function isSpecificKeyName(name: string): boolean {
  if (!isKeyName(name)) return false;
  const words = nameWords(name);
  return words.length >= 2 || words[0] === 'apikey' || words[0] === 'subscriptionkey';
}
