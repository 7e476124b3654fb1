import { aiAccounts, type ControlMessages, judge, reportVerdict, settingAt } from '../core/iac.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'outboundOpen' | 'outboundDefault' | 'restrictOutbound';

/** azure-native / management SDK: `properties.restrictOutboundNetworkAccess` (+ `allowedFqdnList`); azurerm: `outboundNetworkAccessRestricted` (+ `fqdns`). */
const CONTROL = {
  arm: { path: ['properties', 'restrictOutboundNetworkAccess'], list: 'allowedFqdnList' },
  azurerm: { path: ['outboundNetworkAccessRestricted'], list: 'fqdns' },
} as const;

const MESSAGES: ControlMessages<MessageIds> = { insecure: 'outboundOpen', missing: 'outboundDefault', fix: 'restrictOutbound' };

export default createRule<[], MessageIds>({
  name: 'iac-restrict-outbound',
  meta: {
    type: 'problem',
    docs: { description: 'Require Azure AI accounts declared as infrastructure as code to restrict outbound network access', preset: 'strict' },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are reported through reportVerdict (src/core/iac.ts)
    hasSuggestions: true,
    schema: [],
    messages: {
      outboundOpen:
        '{{resource}} may send data to any host: {{property}} is {{value}}. Set it to true and list the allowed hosts in {{list}} (data loss prevention).',
      outboundDefault:
        '{{resource}} does not set {{property}}, so it may send data to any host. Set it to true and list the allowed hosts in {{list}} (data loss prevention).',
      restrictOutbound: 'Set {{property}} to true (then list the allowed hosts in {{list}}).',
    },
  },
  create(context) {
    // A setting in a shared object is reported once, not once per account that spreads it.
    const reported = new Set<TSESTree.Node>();
    return {
      'Program:exit'() {
        for (const account of aiAccounts(context)) {
          const { path, list } = CONTROL[account.schema];
          const verdict = judge(settingAt(context, account.args, path), (value) => value === true);
          const data = { resource: account.resource, property: path.join('.'), list };
          reportVerdict(context, reported, account, verdict, { messages: MESSAGES, data, secure: true });
        }
      },
    };
  },
});
