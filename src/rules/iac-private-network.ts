import { aiAccounts, type ControlMessages, judge, reportVerdict, type Scalar, settingAt } from '../core/iac.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'publicAccess' | 'aclAllows' | 'publicAccessDefault' | 'disablePublicAccess' | 'denyByDefault';

const is = (expected: string) => (value: Scalar): boolean => typeof value === 'string' && value.toLowerCase() === expected.toLowerCase();

/**
 * An account is off the internet when public network access is disabled, or when its network ACLs deny by
 * default (only the listed virtual networks and IP ranges get in).
 */
const CONTROL = {
  arm: {
    publicAccess: { path: ['properties', 'publicNetworkAccess'], secure: 'Disabled', isSecure: is('Disabled') },
    defaultAction: ['properties', 'networkAcls', 'defaultAction'],
  },
  azurerm: {
    publicAccess: { path: ['publicNetworkAccessEnabled'], secure: false, isSecure: (value: Scalar) => value === false },
    defaultAction: ['networkAcls', 'defaultAction'],
  },
} as const;

const ACCESS_MESSAGES: ControlMessages<MessageIds> = { insecure: 'publicAccess', missing: 'publicAccessDefault', fix: 'disablePublicAccess' };
/** Only used when public access is left at its default and the ACLs allow by default. */
const ACL_MESSAGES: ControlMessages<MessageIds> = { insecure: 'aclAllows', missing: 'aclAllows', fix: 'denyByDefault' };

export default createRule<[], MessageIds>({
  name: 'iac-private-network',
  meta: {
    type: 'problem',
    docs: { description: 'Require Azure AI accounts declared as infrastructure as code to be closed to the public internet', preset: 'strict' },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are reported through reportVerdict (src/core/iac.ts)
    hasSuggestions: true,
    schema: [],
    messages: {
      publicAccess:
        '{{resource}} is reachable from the internet: {{property}} is {{value}} and the network ACLs do not deny by default. Disable public network access and use private endpoints, or deny by default and allow selected virtual networks.',
      aclAllows:
        '{{resource}} is reachable from the internet: {{property}} is {{value}} and public network access is not disabled. Deny by default and allow selected virtual networks, or disable public network access and use private endpoints.',
      publicAccessDefault:
        '{{resource}} is reachable from the internet: it sets neither {{property}} nor a network ACL default action of "Deny". Disable public network access and use private endpoints, or deny by default and allow selected virtual networks.',
      disablePublicAccess: 'Set {{property}} to {{secure}}.',
      denyByDefault: 'Set {{property}} to "Deny".',
    },
  },
  create(context) {
    // A setting in a shared object is reported once, not once per account that spreads it.
    const reported = new Set<TSESTree.Node>();
    return {
      'Program:exit'() {
        for (const account of aiAccounts(context)) {
          const { publicAccess, defaultAction } = CONTROL[account.schema];
          const access = judge(settingAt(context, account.args, publicAccess.path), publicAccess.isSecure);
          const acl = judge(settingAt(context, account.args, defaultAction), is('Deny'));
          // Either control closes the account; report only when neither does (and neither is unknown).
          if (access.kind === 'secure' || access.kind === 'unknown' || acl.kind === 'secure' || acl.kind === 'unknown') continue;
          const secure = typeof publicAccess.secure === 'string' ? `"${publicAccess.secure}"` : String(publicAccess.secure);
          if (access.kind === 'missing' && acl.kind === 'insecure') {
            const data = { resource: account.resource, property: defaultAction.join('.'), secure: '"Deny"' };
            reportVerdict(context, reported, account, acl, { messages: ACL_MESSAGES, data, secure: 'Deny' });
          } else {
            const data = { resource: account.resource, property: publicAccess.path.join('.'), secure };
            reportVerdict(context, reported, account, access, { messages: ACCESS_MESSAGES, data, secure: publicAccess.secure });
          }
        }
      },
    };
  },
});
