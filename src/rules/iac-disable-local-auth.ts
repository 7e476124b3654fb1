import { aiAccounts, type ControlMessages, judge, reportVerdict, settingAt } from '../core/iac.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'localAuthOn' | 'localAuthDefault' | 'setEntraOnly';

/** azure-native / management SDK: `properties.disableLocalAuth: true`; azurerm (CDKTF, classic Pulumi): `localAuthEnabled: false`. */
const CONTROL = {
  arm: { path: ['properties', 'disableLocalAuth'], secure: true },
  azurerm: { path: ['localAuthEnabled'], secure: false },
} as const;

const MESSAGES: ControlMessages<MessageIds> = { insecure: 'localAuthOn', missing: 'localAuthDefault', fix: 'setEntraOnly' };

export default createRule<[], MessageIds>({
  name: 'iac-disable-local-auth',
  meta: {
    type: 'problem',
    docs: { description: 'Require Azure AI accounts declared as infrastructure as code to disable key (local) authentication', preset: 'strict' },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are reported through reportVerdict (src/core/iac.ts)
    hasSuggestions: true,
    schema: [],
    messages: {
      localAuthOn:
        '{{resource}} accepts account keys: {{property}} is {{value}}. Set it to {{secure}} so that only Microsoft Entra ID tokens are accepted.',
      localAuthDefault:
        '{{resource}} does not set {{property}}, so account keys are accepted. Set it to {{secure}} so that only Microsoft Entra ID tokens are accepted.',
      setEntraOnly: 'Set {{property}} to {{secure}}.',
    },
  },
  create(context) {
    // A setting in a shared object is reported once, not once per account that spreads it.
    const reported = new Set<TSESTree.Node>();
    return {
      'Program:exit'() {
        for (const account of aiAccounts(context)) {
          const { path, secure } = CONTROL[account.schema];
          const verdict = judge(settingAt(context, account.args, path), (value) => value === secure);
          const data = { resource: account.resource, property: path.join('.'), secure: String(secure) };
          reportVerdict(context, reported, account, verdict, { messages: MESSAGES, data, secure });
        }
      },
    };
  },
});
