import { CONTROLS, isSecureValue } from '../core/iac/controls.js';
import { accountListeners, type ControlMessages } from '../core/iac/report.js';
import { settingAt } from '../core/iac/settings.js';
import { judge } from '../core/iac/verdict.js';
import { perLanguage } from '../core/languages.js';
import { armListeners, judgeArm } from '../json/iac-rules.js';
import { bicepIacListeners, judgeBicepControl } from '../languages/bicep/iac-rules.js';
import { BICEP_LANGUAGE, JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';
import { createRule } from '../utils/create-rule.js';
import { IAC_OPTIONS_SCHEMA, type IacOptions } from '../core/options.js';

type MessageIds =
  | 'publicAccess'
  | 'aclAllows'
  | 'publicAccessDefault'
  | 'disablePublicAccess'
  | 'denyByDefault'
  | 'publicAccessParameter';

/**
 * An account is off the internet when public network access is disabled, or when its network ACLs deny by
 * default (only the listed virtual networks and IP ranges get in).
 */
const { publicNetworkAccess: PUBLIC_ACCESS, networkAclsDefaultAction: DEFAULT_ACTION } = CONTROLS;

const ACCESS_MESSAGES: ControlMessages<MessageIds> = {
  insecure: 'publicAccess',
  missing: 'publicAccessDefault',
  fix: 'disablePublicAccess',
};
const BICEP_MESSAGES = { ...ACCESS_MESSAGES, parameter: 'publicAccessParameter' } as const;
/** Only used when public access is left at its default and the ACLs allow by default. */
const ACL_MESSAGES: ControlMessages<MessageIds> = { insecure: 'aclAllows', missing: 'aclAllows', fix: 'denyByDefault' };

export default createRule<[IacOptions], MessageIds>({
  name: 'iac-private-network',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Azure AI accounts declared as infrastructure as code to be closed to the public internet',
      preset: 'strict',
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are reported through reportVerdict (src/core/iac/report.ts)
    hasSuggestions: true,
    schema: IAC_OPTIONS_SCHEMA,
    defaultOptions: [{ strictParameters: false }],
    messages: {
      publicAccessParameter:
        '{{resource}} takes {{property}} from parameter {{parameter}}, which has no default, so the file does not show that the account is closed to the internet. Give it the default {{secure}}.',
      publicAccess:
        '{{resource}} is reachable from the internet: {{property}} is {{value}} and the network ACLs do not deny by default. Disable public network access and use private endpoints, or deny by default and allow selected virtual networks.',
      aclAllows:
        '{{resource}} is reachable from the internet: {{property}} is {{value}} and public network access is not disabled. Deny by default and allow selected virtual networks, or disable public network access and use private endpoints.',
      publicAccessDefault:
        '{{resource}} is reachable from the internet: it sets neither {{property}} nor a network ACL default action of "Deny". Disable public network access and use private endpoints, or deny by default and allow selected virtual networks.',
      disablePublicAccess: 'Set {{property}} to {{secure}}.',
      denyByDefault: 'Set {{property}} to "Deny".',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, BICEP_LANGUAGE],
  },
  create(context, [options]) {
    return perLanguage(context, {
      js: () =>
        accountListeners(context, (account, report) => {
          const publicAccess = PUBLIC_ACCESS[account.schema];
          const defaultAction = DEFAULT_ACTION[account.schema];
          const access = judge(settingAt(context, account.args, publicAccess.path), (value) =>
            isSecureValue(publicAccess.secure, value),
          );
          const acl = judge(settingAt(context, account.args, defaultAction.path), (value) =>
            isSecureValue(defaultAction.secure, value),
          );
          // Either control closes the account; report only when neither does (and neither is unknown).
          if (access.kind === 'secure' || access.kind === 'unknown' || acl.kind === 'secure' || acl.kind === 'unknown')
            return;
          const secure =
            typeof publicAccess.secure === 'string' ? `"${publicAccess.secure}"` : String(publicAccess.secure);
          if (access.kind === 'missing' && acl.kind === 'insecure') {
            const data = {
              resource: account.resource,
              property: defaultAction.path.join('.'),
              secure: `"${String(defaultAction.secure)}"`,
            };
            report(acl, {
              messages: ACL_MESSAGES,
              data,
              secure: defaultAction.secure,
            });
          } else {
            const data = { resource: account.resource, property: publicAccess.path.join('.'), secure };
            report(access, {
              messages: ACCESS_MESSAGES,
              data,
              secure: publicAccess.secure,
            });
          }
        }),
      json: () =>
        armListeners(context, (account, report) => {
          const access = judgeArm(account, 'publicNetworkAccess');
          const acl = judgeArm(account, 'networkAclsDefaultAction');
          // Either control closes the account; report only when neither does (and neither is unknown).
          if ([access, acl].some(({ judged }) => judged.kind === 'secure' || judged.kind === 'unknown')) return;
          if (access.judged.kind === 'missing' && acl.judged.kind === 'insecure') report(acl, ACL_MESSAGES);
          else report(access, ACCESS_MESSAGES);
        }),
      bicep: () =>
        bicepIacListeners(context, options, (file, account, report) => {
          const access = judgeBicepControl(file, account, 'publicNetworkAccess');
          const acl = judgeBicepControl(file, account, 'networkAclsDefaultAction');
          const kinds = [access.verdict.kind, acl.verdict.kind];
          // Either control closes the account. With both unknown, strict mode names the public access parameter.
          if (kinds.includes('secure')) return;
          if (kinds.includes('unknown')) {
            if (kinds.every((kind) => kind === 'unknown')) report(access, BICEP_MESSAGES);
            return;
          }
          if (access.verdict.kind === 'missing' && acl.verdict.kind === 'insecure') report(acl, ACL_MESSAGES);
          else report(access, BICEP_MESSAGES);
        }),
    });
  },
});
