import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { StringNode } from '../core/ast.js';
import { perLanguage } from '../core/languages.js';
import { type SecretOptions, SECRET_OPTIONS_SCHEMA } from '../core/options.js';
import { mayHold } from '../core/facts.js';
import { kindLabel } from '../core/secrets/classify.js';
import { findIdentifiableKeys } from '../core/secrets/identifiable-key.js';
import { secretPipeline, textLoc } from '../core/secrets/pipeline.js';
import { redact } from '../core/redact.js';
import { serviceLabel } from '../core/services.js';
import { type Slot, siteLabel } from '../core/sinks/slots.js';
import { slotsOf, unnamedSlotsOf } from '../core/sinks/index.js';
import { trace } from '../core/trace.js';
import { jsonKeyListeners } from '../json/secrets.js';
import { dotenvKeyListeners } from '../languages/dotenv/secrets.js';
import { BICEP_LANGUAGE, DOTENV_LANGUAGE, JS_LANGUAGE, JSON_LANGUAGES } from '../languages/ids.js';
import { bicepKeyListeners } from '../languages/bicep/secrets.js';
import { createRule } from '../utils/create-rule.js';

type Options = [SecretOptions];
type MessageIds =
  | 'hardcodedKey'
  | 'keyInText'
  | 'useEnv'
  | 'useKeyVault'
  | 'keyInDotenv'
  | 'removeDefault'
  | 'parameterNotSecure'
  | 'markSecure';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-key',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Azure AI service keys written into source code', preset: 'recommended' },
    hasSuggestions: true,
    schema: SECRET_OPTIONS_SCHEMA,
    defaultOptions: [{ allowFingerprints: [] }],
    messages: {
      hardcodedKey:
        '{{service}} {{kind}} is hardcoded ({{fingerprint}}, {{length}} chars) in {{sink}}. It is now in version history: rotate it and read it from the environment or Key Vault.',
      keyInText:
        '{{service}} key found in source text ({{fingerprint}}). It is now in version history: rotate it and remove it.',
      useEnv: 'Read the key from the environment variable {{name}} instead.',
      /* eslint-disable eslint-plugin/no-unused-message-ids -- reported by the JSON, .env and Bicep listeners (src/json, src/languages/dotenv, src/languages/bicep) */
      useKeyVault: 'Replace the value with a Key Vault reference to the secret {{name}} (store the key in Key Vault).',
      keyInDotenv:
        '{{service}} {{kind}} is written in {{sink}} ({{fingerprint}}, {{length}} chars). A committed .env file puts it in version history: keep .env files out of git (commit a .env.example with placeholders) and rotate a key that was committed.',
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
    // Key shapes anywhere, or a slot for any secret-looking value: an SDK call, a key header, Authorization, Speech.
    // A key-named binding or property counts only the Azure key shapes; other slots count any secret-looking value.
    // Without an SDK or header slot, a legacy key counts only in a key-named slot, whose name spells `key`: a file
    // without the word needs no look for one (the pattern fact is a whole-text search).
    const slots = mayHold(context, 'slots');
    const identifiable = mayHold(context, 'identifiableKey');
    const keyShapes = identifiable || ((slots || mayHold(context, 'key')) && mayHold(context, 'legacyKey'));
    if (!keyShapes && !slots) return {};
    const secrets = secretPipeline(context, options);

    /** The key slots that may hold a secret this file spells (none without a secret-looking string). */
    function keySlots(): Slot[] {
      if (keyShapes) return slotsOf(context, 'key');
      return mayHold(context, 'secretValue') ? unnamedSlotsOf(context, 'key') : [];
    }

    function reportSlots(): void {
      for (const slot of keySlots()) {
        const site = { node: slot.node, place: placeOf(slot), service: slot.service };
        for (const { leaf, verdict, service, suggestion } of secrets.secretsAt(site)) {
          context.report({
            node: leaf.node,
            messageId: 'hardcodedKey',
            data: {
              service: serviceLabel(service),
              kind: kindLabel(verdict),
              sink: siteLabel(slot, leaf),
              fingerprint: verdict.fingerprint,
              length: verdict.length,
            },
            suggest: suggestion ? [{ messageId: 'useEnv', data: { name: suggestion.name }, fix: suggestion.fix }] : [],
          });
        }
      }
    }

    /** Checksum-valid identifiable keys anywhere: strings, templates, comments. */
    function reportByFormat(): void {
      const { sourceCode } = context;
      for (const { key, index } of findIdentifiableKeys(sourceCode.text)) {
        if (!key.checksumValid) continue;
        const redacted = redact(key.value);
        if (secrets.isAllowed(redacted.fingerprint)) continue;
        const node = sourceCode.getNodeByRangeIndex(index);
        if (node && secrets.wasReported(node)) continue;
        const literal = node && isWholeLiteral(node, key.value) ? node : undefined;
        if (literal) secrets.markReported(literal);
        const leaf = literal ? trace(context, literal)[0] : undefined;
        const verdict = {
          kind: 'identifiableKey',
          secret: key.value,
          service: key.service,
          ...redacted,
          prefix: '',
          checksumValid: true,
        } as const;
        const suggestion = leaf?.kind === 'string' ? secrets.suggestion(leaf, verdict, key.service) : undefined;
        context.report({
          ...textLoc(sourceCode, index, key.value.length),
          messageId: 'keyInText',
          data: { service: serviceLabel(key.service), fingerprint: redacted.fingerprint },
          suggest: suggestion ? [{ messageId: 'useEnv', data: { name: suggestion.name }, fix: suggestion.fix }] : [],
        });
      }
    }

    return perLanguage(context, {
      js: () => ({
        'Program:exit'() {
          reportSlots();
          reportByFormat();
        },
      }),
      json: () => jsonKeyListeners(context, options),
      dotenv: () => dotenvKeyListeners(context, options),
      bicep: () => bicepKeyListeners(context, options),
    });
  },
});

/** What a key slot's position says: a key-named binding counts only Azure key shapes; `EndpointKey` carries a scheme. */
function placeOf(slot: Slot): { kind: 'key'; named: boolean; scheme?: 'EndpointKey' } {
  if (slot.source.kind === 'authorization' && slot.source.scheme === 'EndpointKey')
    return { kind: 'key', named: false, scheme: 'EndpointKey' };
  return { kind: 'key', named: slot.strength === 'name' };
}

function isWholeLiteral(node: TSESTree.Node, value: string): node is StringNode {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === value) ||
    (node.type === AST_NODE_TYPES.TemplateLiteral &&
      node.expressions.length === 0 &&
      node.quasis[0]?.value.cooked === value)
  );
}
