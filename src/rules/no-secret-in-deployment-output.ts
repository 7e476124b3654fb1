import { perLanguage } from '../core/languages.js';
import type { BicepFile } from '../languages/bicep/ast.js';
import { addSecureDecorator, leakingOutputs, type OutputLeak } from '../languages/bicep/secure.js';
import { BICEP_LANGUAGE } from '../languages/ids.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'listFunction' | 'secureParameter' | 'markSecure';

/** How the message names the secret: `listKeys()`, or the `@secure()` parameter it came from. */
const sourceOf = (leak: OutputLeak): Record<string, string> =>
  leak.kind === 'list' ? { source: `${leak.name}()` } : { parameter: leak.parameter.id.name };

export default createRule<[], MessageIds>({
  name: 'no-secret-in-deployment-output',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow secrets in Bicep deployment outputs that are not @secure()', preset: 'strict' },
    hasSuggestions: true,
    schema: [],
    messages: {
      listFunction:
        'Output {{output}} returns the result of {{source}}: deployment outputs are kept in plaintext in the deployment history. Mark it @secure(), or output the resource name and let the consumer use Microsoft Entra ID (or read the key from Key Vault).',
      secureParameter:
        'Output {{output}} returns the @secure() parameter {{parameter}}: deployment outputs are kept in plaintext in the deployment history. Mark it @secure(), or do not output it.',
      markSecure: 'Mark output {{output}} @secure().',
    },
    languages: [BICEP_LANGUAGE],
  },
  create(context) {
    return perLanguage(context, {
      bicep: () => ({
        BicepFile(file: BicepFile) {
          const { text } = context.sourceCode as unknown as { text: string };
          for (const { output, leak } of leakingOutputs(file)) {
            const data = { output: output.id.name, ...sourceOf(leak) };
            const edit = addSecureDecorator(text, output);
            context.report({
              loc: output.value.loc,
              messageId: leak.kind === 'list' ? 'listFunction' : 'secureParameter',
              data,
              suggest: [
                { messageId: 'markSecure', data, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) },
              ],
            });
          }
        },
      }),
    });
  },
});
