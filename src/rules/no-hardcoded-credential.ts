import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { calleeName, keyName } from '../core/ast.js';
import { mayHold } from '../core/facts.js';
import { perLanguage } from '../core/languages.js';
import { isTokenName } from '../core/names.js';
import { type SecretOptions, SECRET_OPTIONS_SCHEMA } from '../core/options.js';
import { findCredentials } from '../core/secrets/azure-credentials.js';
import { CREDENTIAL_ROLES, type CredentialRole, kindLabel } from '../core/secrets/classify.js';
import { FORMATS } from '../core/secrets/formats.js';
import {
  type FoundSecret,
  secretPipeline,
  type SecretSite,
  textLoc,
  wholeLiteralLeaf,
} from '../core/secrets/pipeline.js';
import { redact } from '../core/redact.js';
import { serviceLabel } from '../core/services.js';
import { unnamedSlotsOf } from '../core/sinks/index.js';
import { siteLabel } from '../core/sinks/slots.js';
import { jsonCredentialListeners } from '../json/secrets.js';
import { dotenvCredentialListeners } from '../languages/dotenv/secrets.js';
import { bicepCredentialListeners } from '../languages/bicep/secrets.js';
import { BICEP_LANGUAGE, DOTENV_LANGUAGE, JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';
import { createRule } from '../utils/create-rule.js';

type Options = [SecretOptions];
type MessageIds =
  | 'hardcodedCredential'
  | 'hardcodedToken'
  | 'credentialInText'
  | 'useEnv'
  | 'useKeyVault'
  | 'credentialInDotenv'
  | 'removeDefault'
  | 'parameterNotSecure'
  | 'markSecure';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-credential',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow Azure connection strings, SAS tokens, client secrets and bearer tokens written into source code',
      preset: 'recommended',
    },
    hasSuggestions: true,
    schema: SECRET_OPTIONS_SCHEMA,
    defaultOptions: [{ allowFingerprints: [] }],
    messages: {
      hardcodedCredential:
        '{{service}} {{kind}} is hardcoded ({{fingerprint}}, {{length}} chars) in {{sink}}. It is now in version history: rotate it and read it from the environment or Key Vault.',
      hardcodedToken:
        'A {{kind}} is hardcoded ({{fingerprint}}, {{length}} chars) in {{sink}}. It grants access until it expires: revoke it and obtain tokens at run time from a credential.',
      credentialInText:
        '{{service}} {{kind}} found in source text ({{fingerprint}}). It is now in version history: rotate it and remove it.',
      useEnv: 'Read the {{kind}} from the environment variable {{name}} instead.',
      /* eslint-disable eslint-plugin/no-unused-message-ids -- reported by the JSON, .env and Bicep listeners (src/json, src/languages/dotenv, src/languages/bicep) */
      useKeyVault:
        'Replace the value with a Key Vault reference to the secret {{name}} (store the {{kind}} in Key Vault).',
      credentialInDotenv:
        '{{service}} {{kind}} is written in {{sink}} ({{fingerprint}}, {{length}} chars). A committed .env file puts it in version history: keep .env files out of git (commit a .env.example with placeholders) and rotate a credential that was committed.',
      removeDefault:
        'Remove the default of parameter {{name}} (pass the value at deployment, from Key Vault or a pipeline secret).',
      parameterNotSecure:
        'Bicep parameter {{name}} holds a {{kind}} but is not @secure(): its value is stored in plaintext with the deployment. Mark it @secure() and give it no literal default.',
      markSecure: 'Mark parameter {{name}} @secure().',
      /* eslint-enable eslint-plugin/no-unused-message-ids */
    },
    languages: [JS_LANGUAGE, ...JSON_LANGUAGES, DOTENV_LANGUAGE, BICEP_LANGUAGE],
  },
  create(context, [options]) {
    return perLanguage(context, {
      js: () => jsListeners(),
      json: () => jsonCredentialListeners(context, options),
      dotenv: () => dotenvCredentialListeners(context, options),
      bicep: () => bicepCredentialListeners(context, options),
    });

    function jsListeners(): TSESLint.RuleListener {
      // Credential formats anywhere (JWTs included), or a credential slot: an SDK call, Authorization, Speech.
      const formats = mayHold(context, 'credentials');
      // A slot holds a credential only if the file spells one: a format above, a secret-looking string, a password.
      const slotValues = mayHold(context, 'slots') && (formats || mayHold(context, 'secretValue', 'password'));
      if (!formats && !slotValues) return {};
      const secrets = secretPipeline(context, options);
      /** Token-named bindings and properties, and Speech `setProxy` password arguments, seen on the way. */
      const sites: { site: SecretSite; sink: string }[] = [];

      function report({ leaf, verdict, service, suggestion }: FoundSecret, sink: string): void {
        const kind = kindLabel(verdict);
        const data = {
          service: serviceLabel(service, 'azure'),
          kind,
          sink,
          fingerprint: verdict.fingerprint,
          length: verdict.length,
        };
        if (FORMATS[verdict.kind].envRole === undefined) {
          context.report({ node: leaf.node, messageId: 'hardcodedToken', data, suggest: [] });
          return;
        }
        context.report({
          node: leaf.node,
          messageId: 'hardcodedCredential',
          data,
          suggest: suggestion
            ? [{ messageId: 'useEnv', data: { kind, name: suggestion.name }, fix: suggestion.fix }]
            : [],
        });
      }

      function reportSlots(): void {
        if (!slotValues) return;
        // Key-named slots are `key` slots: none has one of these roles.
        for (const slot of unnamedSlotsOf(context, ...CREDENTIAL_ROLES)) {
          const site = {
            node: slot.node,
            place: { kind: 'credential', role: slot.role as CredentialRole },
            service: slot.service,
          } as const;
          for (const found of secrets.secretsAt(site)) report(found, siteLabel(slot, found.leaf));
        }
      }

      /** Connection strings, SAS tokens and client secrets anywhere: strings, templates, comments. */
      function reportByFormat(): void {
        // Each format found in text spells one of the `credentials` words (connection-string keys, `sig=`, `Q~`).
        if (!formats) return;
        const { sourceCode } = context;
        for (const finding of findCredentials(sourceCode.text)) {
          const end = finding.index + finding.length;
          if (secrets.covers(finding.index, end)) continue;
          const redacted = redact(finding.secret);
          if (secrets.isAllowed(redacted.fingerprint)) continue;
          const node = sourceCode.getNodeByRangeIndex(finding.index);
          const service = finding.service ?? FORMATS[finding.kind].defaultService;
          const leaf = node ? wholeLiteralLeaf(node, sourceCode.text.slice(finding.index, end)) : undefined;
          const verdict = {
            kind: finding.kind,
            secret: finding.secret,
            service: finding.service,
            ...redacted,
            prefix: '',
            checksumValid: true,
          };
          const suggestion = leaf ? secrets.suggestion(leaf, verdict, service) : undefined;
          if (node) secrets.markReported(node);
          context.report({
            ...textLoc(sourceCode, finding.index, finding.length),
            messageId: 'credentialInText',
            data: {
              service: serviceLabel(service, 'azure'),
              kind: kindLabel(verdict),
              fingerprint: redacted.fingerprint,
            },
            suggest: suggestion
              ? [
                  {
                    messageId: 'useEnv',
                    data: { kind: kindLabel(verdict), name: suggestion.name },
                    fix: suggestion.fix,
                  },
                ]
              : [],
          });
        }
      }

      function noteBinding(name: string | undefined, value: TSESTree.Node | null | undefined): void {
        if (name !== undefined && value && isTokenName(name))
          sites.push({
            site: { node: value, place: { kind: 'tokenName' }, service: 'azure' },
            sink: `"${name}" binding`,
          });
      }

      // Cheap gates: a token-named binding counts only a JWT (`eyJ…`), and `setProxy` needs its name, in the text.
      const bindingListeners: TSESLint.RuleListener = mayHold(context, 'jwt')
        ? {
            VariableDeclarator(node) {
              if (node.id.type === AST_NODE_TYPES.Identifier) noteBinding(node.id.name, node.init);
            },
            Property(node) {
              if (node.kind === 'init' && node.parent.type === AST_NODE_TYPES.ObjectExpression)
                noteBinding(keyName(node), node.value);
            },
            PropertyDefinition(node) {
              noteBinding(keyName(node), node.value);
            },
            AssignmentExpression(node) {
              if (node.operator !== '=') return;
              if (node.left.type === AST_NODE_TYPES.Identifier) noteBinding(node.left.name, node.right);
              else if (node.left.type === AST_NODE_TYPES.MemberExpression) noteBinding(keyName(node.left), node.right);
            },
          }
        : {};
      const proxyPasswords: { site: SecretSite; sink: string }[] = [];
      const proxyListeners: TSESLint.RuleListener = mayHold(context, 'proxy')
        ? {
            CallExpression(node) {
              // Speech SDK `config.setProxy(host, port, user, password)`: the fourth argument is a password.
              const password = node.arguments[3];
              if (
                calleeName(node) === 'setProxy' &&
                node.arguments.length === 4 &&
                password &&
                password.type !== AST_NODE_TYPES.SpreadElement &&
                mentionsSpeech(context.sourceCode.text)
              ) {
                proxyPasswords.push({
                  site: { node: password, place: { kind: 'credential', role: 'password' }, service: 'speech' },
                  sink: 'setProxy password',
                });
              }
            },
          }
        : {};

      return {
        ...bindingListeners,
        ...proxyListeners,
        'Program:exit'() {
          reportSlots();
          for (const { site, sink } of [...proxyPasswords, ...sites])
            for (const found of secrets.secretsAt(site)) report(found, sink);
          reportByFormat();
        },
      };
    }
  },
});

function mentionsSpeech(text: string): boolean {
  return text.includes('speech-sdk') || text.includes('SpeechSDK');
}
