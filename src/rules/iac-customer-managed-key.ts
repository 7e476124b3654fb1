import type { Context } from '../core/ast.js';
import { CONTROLS, isSecureValue } from '../core/iac/controls.js';
import type { AiAccount } from '../core/iac/providers.js';
import { accountListeners, type ControlMessages } from '../core/iac/report.js';
import { settingAt } from '../core/iac/settings.js';
import { judge, type Verdict } from '../core/iac/verdict.js';
import { perLanguage } from '../core/languages.js';
import { armListeners, judgeArm } from '../json/iac-rules.js';
import { bicepIacListeners, judgeBicepControl } from '../languages/bicep/iac-rules.js';
import { BICEP_LANGUAGE, JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';
import { createRule } from '../utils/create-rule.js';
import { IAC_OPTIONS_SCHEMA, type IacOptions } from '../core/options.js';

type MessageIds = 'microsoftManagedKey' | 'noCustomerManagedKey' | 'keySourceParameter';

const { arm: ARM_KEY_SOURCE } = CONTROLS.customerManagedKey;

/**
 * azure-native / management SDK: `properties.encryption.keySource: "Microsoft.KeyVault"` (with
 * `keyVaultProperties`). azurerm: a `customerManagedKey` block, or a separate customer-managed-key resource
 * for the account in the same file.
 */
function customerManagedKey(context: Context, account: AiAccount): { verdict: Verdict; property: string } {
  if (account.schema === 'arm') {
    const { path, secure } = ARM_KEY_SOURCE;
    return {
      verdict: judge(settingAt(context, account.args, path), (value) => isSecureValue(secure, value)),
      property: path.join('.'),
    };
  }
  const setting = settingAt(context, account.args, ['customerManagedKey']);
  // A block that is there counts, whatever it holds (its key id usually comes from another resource).
  const verdict =
    setting.kind === 'set' && !setting.leaves?.every((leaf) => leaf.value === null)
      ? { kind: 'secure' as const }
      : judge(setting, () => false);
  if (verdict.kind === 'missing' && account.customerManagedKeyResource !== 'no')
    return { verdict: { kind: 'secure' }, property: 'customerManagedKey' };
  return { verdict, property: 'customerManagedKey' };
}

const MESSAGES: ControlMessages<MessageIds> = { insecure: 'microsoftManagedKey', missing: 'noCustomerManagedKey' };
const BICEP_MESSAGES = { ...MESSAGES, parameter: 'keySourceParameter' } as const;

export default createRule<[IacOptions], MessageIds>({
  name: 'iac-customer-managed-key',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require Azure AI accounts declared as infrastructure as code to encrypt data with a customer-managed key',
      preset: 'strict',
    },
    schema: IAC_OPTIONS_SCHEMA,
    defaultOptions: [{ strictParameters: false }],
    messages: {
      keySourceParameter:
        '{{resource}} takes {{property}} from parameter {{parameter}}, which has no default, so the file does not show a customer-managed key. Give it the default {{secure}} with keyVaultProperties.',
      microsoftManagedKey:
        '{{resource}} encrypts its data with Microsoft-managed keys: {{property}} is {{value}}. Use a customer-managed key from Azure Key Vault.',
      noCustomerManagedKey:
        '{{resource}} encrypts its data with Microsoft-managed keys: {{property}} is not set. Use a customer-managed key from Azure Key Vault{{alternative}}.',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, BICEP_LANGUAGE],
  },
  create(context, [options]) {
    return perLanguage(context, {
      js: () =>
        accountListeners(context, (account, report) => {
          const { verdict, property } = customerManagedKey(context, account);
          const alternative =
            account.schema === 'azurerm'
              ? ` (or declare a ${account.library === 'cdktf' ? 'CognitiveAccountCustomerManagedKey' : 'cognitive.AccountCustomerManagedKey'} for it)`
              : ' (keySource "Microsoft.KeyVault" with keyVaultProperties)';
          // Report only: a customer-managed key needs a key vault and a key, which no edit here can supply.
          report(verdict, {
            messages: MESSAGES,
            data: { resource: account.resource, property, alternative },
            secure: ARM_KEY_SOURCE.secure,
          });
        }),
      json: () =>
        armListeners(context, (account, report) => {
          report(judgeArm(account, 'customerManagedKey'), MESSAGES, {
            alternative: ' (keySource "Microsoft.KeyVault" with keyVaultProperties)',
          });
        }),
      bicep: () =>
        bicepIacListeners(context, options, (file, account, report) => {
          report(judgeBicepControl(file, account, 'customerManagedKey'), BICEP_MESSAGES, {
            alternative: " (keySource 'Microsoft.KeyVault' with keyVaultProperties)",
          });
        }),
    });
  },
});
