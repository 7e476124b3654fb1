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

type MessageIds = 'outboundOpen' | 'outboundDefault' | 'restrictOutbound' | 'outboundParameter';

/** azure-native / management SDK: `properties.restrictOutboundNetworkAccess` (+ `allowedFqdnList`); azurerm: `outboundNetworkAccessRestricted` (+ `fqdns`). */
const CONTROL = CONTROLS.restrictOutbound;
const LIST = { arm: 'allowedFqdnList', azurerm: 'fqdns' } as const;

const MESSAGES: ControlMessages<MessageIds> = {
  insecure: 'outboundOpen',
  missing: 'outboundDefault',
  fix: 'restrictOutbound',
};
const BICEP_MESSAGES = { ...MESSAGES, parameter: 'outboundParameter' } as const;

export default createRule<[IacOptions], MessageIds>({
  name: 'iac-restrict-outbound',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Azure AI accounts declared as infrastructure as code to restrict outbound network access',
      preset: 'strict',
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are reported through reportVerdict (src/core/iac/report.ts)
    hasSuggestions: true,
    schema: IAC_OPTIONS_SCHEMA,
    defaultOptions: [{ strictParameters: false }],
    messages: {
      outboundParameter:
        '{{resource}} takes {{property}} from parameter {{parameter}}, which has no default, so the file does not show that outbound access is restricted. Give it the default true and list the allowed hosts in {{list}}.',
      outboundOpen:
        '{{resource}} may send data to any host: {{property}} is {{value}}. Set it to true and list the allowed hosts in {{list}} (data loss prevention).',
      outboundDefault:
        '{{resource}} does not set {{property}}, so it may send data to any host. Set it to true and list the allowed hosts in {{list}} (data loss prevention).',
      restrictOutbound: 'Set {{property}} to true (then list the allowed hosts in {{list}}).',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, BICEP_LANGUAGE],
  },
  create(context, [options]) {
    return perLanguage(context, {
      js: () =>
        accountListeners(context, (account, report) => {
          const { path, secure } = CONTROL[account.schema];
          const verdict = judge(settingAt(context, account.args, path), (value) => isSecureValue(secure, value));
          const data = { resource: account.resource, property: path.join('.'), list: LIST[account.schema] };
          report(verdict, { messages: MESSAGES, data, secure });
        }),
      json: () =>
        armListeners(context, (account, report) => {
          report(judgeArm(account, 'restrictOutbound'), MESSAGES, { list: LIST.arm });
        }),
      bicep: () =>
        bicepIacListeners(context, options, (file, account, report) => {
          report(judgeBicepControl(file, account, 'restrictOutbound'), BICEP_MESSAGES, { list: 'allowedFqdnList' });
        }),
    });
  },
});
