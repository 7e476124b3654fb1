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

type MessageIds = 'localAuthOn' | 'localAuthDefault' | 'setEntraOnly' | 'localAuthParameter';

/** azure-native / management SDK: `properties.disableLocalAuth: true`; azurerm (CDKTF, classic Pulumi): `localAuthEnabled: false`. */
const CONTROL = CONTROLS.localAuth;

const MESSAGES: ControlMessages<MessageIds> = {
  insecure: 'localAuthOn',
  missing: 'localAuthDefault',
  fix: 'setEntraOnly',
};
const BICEP_MESSAGES = { ...MESSAGES, parameter: 'localAuthParameter' } as const;

export default createRule<[IacOptions], MessageIds>({
  name: 'iac-disable-local-auth',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Azure AI accounts declared as infrastructure as code to disable key (local) authentication',
      preset: 'strict',
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- suggestions are reported through reportVerdict (src/core/iac/report.ts)
    hasSuggestions: true,
    schema: IAC_OPTIONS_SCHEMA,
    defaultOptions: [{ strictParameters: false }],
    messages: {
      localAuthParameter:
        '{{resource}} takes {{property}} from parameter {{parameter}}, which has no default, so the file does not show that account keys are refused. Give it the default {{secure}}.',
      localAuthOn:
        '{{resource}} accepts account keys: {{property}} is {{value}}. Set it to {{secure}} so that only Microsoft Entra ID tokens are accepted.',
      localAuthDefault:
        '{{resource}} does not set {{property}}, so account keys are accepted. Set it to {{secure}} so that only Microsoft Entra ID tokens are accepted.',
      setEntraOnly: 'Set {{property}} to {{secure}}.',
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, BICEP_LANGUAGE],
  },
  create(context, [options]) {
    return perLanguage(context, {
      js: () =>
        accountListeners(context, (account, report) => {
          const { path, secure } = CONTROL[account.schema];
          const verdict = judge(settingAt(context, account.args, path), (value) => isSecureValue(secure, value));
          const data = { resource: account.resource, property: path.join('.'), secure: String(secure) };
          report(verdict, { messages: MESSAGES, data, secure });
        }),
      json: () =>
        armListeners(context, (account, report) => {
          report(judgeArm(account, 'localAuth'), MESSAGES);
        }),
      bicep: () =>
        bicepIacListeners(context, options, (file, account, report) => {
          report(judgeBicepControl(file, account, 'localAuth'), BICEP_MESSAGES);
        }),
    });
  },
});
