import { aiAccounts, declarationNode, insertFix, judge, replaceValueFix, type Scalar, settingAt } from '../core/iac.js';
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

export default createRule<[], MessageIds>({
  name: 'iac-private-network',
  meta: {
    type: 'problem',
    docs: { description: 'Require Azure AI accounts declared as infrastructure as code to be closed to the public internet', preset: 'strict' },
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
    const { sourceCode } = context;
    // A setting in a shared object is reported once, not once per account that spreads it.
    const reported = new Set<TSESTree.Node>();
    return {
      'Program:exit'() {
        for (const account of aiAccounts(context)) {
          const { publicAccess, defaultAction } = CONTROL[account.schema];
          const access = judge(settingAt(context, account.args, publicAccess.path), publicAccess.isSecure);
          const acl = judge(settingAt(context, account.args, defaultAction), is('Deny'));
          if (access.kind === 'secure' || access.kind === 'unknown' || acl.kind === 'secure' || acl.kind === 'unknown') continue;
          const secure = typeof publicAccess.secure === 'string' ? `"${publicAccess.secure}"` : String(publicAccess.secure);
          const data = { resource: account.resource, property: publicAccess.path.join('.'), secure };
          if (access.kind === 'insecure') {
            if (reported.has(access.setting.node)) continue;
            reported.add(access.setting.node);
            context.report({
              node: access.setting.node,
              messageId: 'publicAccess',
              data: { resource: data.resource, property: data.property, value: sourceCode.getText(access.leaf.node) },
              suggest: [{ messageId: 'disablePublicAccess', data, fix: replaceValueFix(sourceCode, access, publicAccess.secure) }],
            });
          } else if (acl.kind === 'insecure') {
            if (reported.has(acl.setting.node)) continue;
            reported.add(acl.setting.node);
            const aclData = { resource: account.resource, property: defaultAction.join('.'), secure: '"Deny"' };
            context.report({
              node: acl.setting.node,
              messageId: 'aclAllows',
              data: { resource: aclData.resource, property: aclData.property, value: sourceCode.getText(acl.leaf.node) },
              suggest: [{ messageId: 'denyByDefault', data: aclData, fix: replaceValueFix(sourceCode, acl, 'Deny') }],
            });
          } else {
            const { container } = access;
            context.report({
              node: declarationNode(account),
              messageId: 'publicAccessDefault',
              data,
              suggest: container ? [{ messageId: 'disablePublicAccess', data, fix: insertFix(sourceCode, container, access.path, publicAccess.secure) }] : [],
            });
          }
        }
      },
    };
  },
});
