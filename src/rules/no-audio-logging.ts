import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { calleeName, calleeObject, type Context, keyName, requireSource, staticString, unwrap } from '../core/ast.js';
import { mayHold } from '../core/facts.js';
import { speechPropertyName } from '../core/sinks/speech.js';
import { trace } from '../core/trace.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'audioLogging' | 'removeCall';

const SPEECH_MODULE = 'microsoft-cognitiveservices-speech-sdk';
const AUDIO_LOGGING_PROPERTY = 'SpeechServiceConnection_EnableAudioLogging';

/** The file imports or requires the Speech SDK, or uses its browser global `SpeechSDK`. */
function usesSpeechSdk(program: TSESTree.Program, globalThrough: readonly { identifier: { name: string } }[]): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === SPEECH_MODULE) return true;
  }
  return globalThrough.some((ref) => ref.identifier.name === 'SpeechSDK');
}

function isRequireOfSpeech(node: TSESTree.CallExpression): boolean {
  return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require' && requireSource(node) === SPEECH_MODULE;
}

/** The value is `"true"` (any case) or `true`, as far as the file shows. */
function isTrue(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal && n.value === true) return true;
  const leaves = trace(context, n);
  return leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'string' && leaf.value.trim().toLowerCase() === 'true');
}

const STATEMENT_LISTS = new Set<AST_NODE_TYPES>([AST_NODE_TYPES.Program, AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.StaticBlock, AST_NODE_TYPES.SwitchCase]);

export default createRule<[], MessageIds>({
  name: 'no-audio-logging',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow Speech SDK settings that make the service store customer audio', preset: 'strict' },
    hasSuggestions: true,
    schema: [],
    messages: {
      audioLogging:
        '{{how}} makes the Speech service store the audio it receives. Recorded customer speech is personal data kept outside your retention controls: leave audio logging off (the default) unless you have consent and a retention plan.',
      removeCall: 'Remove this call.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    if (!mayHold(context, 'audio')) return {};
    const candidates: { node: TSESTree.CallExpression; how: string; needsSdk: boolean }[] = [];
    let requiresSpeech = false;

    /** Removes `config.enableAudioLogging();` with its line when it stands alone there. */
    function removal(call: TSESTree.CallExpression): TSESLint.ReportSuggestionArray<MessageIds> {
      const statement = call.parent;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement || !STATEMENT_LISTS.has(statement.parent.type)) return [];
      const text = sourceCode.text;
      let [start, end] = statement.range;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const newline = text.indexOf('\n', end);
      const lineEnd = newline === -1 ? text.length : newline;
      if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
        start = lineStart;
        end = newline === -1 ? lineEnd : newline + 1;
      }
      const range: [number, number] = [start, end];
      return [{ messageId: 'removeCall', fix: (fixer) => fixer.removeRange(range) }];
    }

    return {
      CallExpression(node) {
        if (isRequireOfSpeech(node)) {
          requiresSpeech = true;
          return;
        }
        const method = calleeName(node);
        if (method === undefined || calleeObject(node) === undefined || insideSwitchDefinition(node)) return;
        const [first, second] = node.arguments;
        if (method === 'enableAudioLogging' && node.arguments.length === 0) {
          candidates.push({ node, how: 'enableAudioLogging()', needsSdk: true });
        } else if (method === 'setProperty' && first && second && speechPropertyName(first) === AUDIO_LOGGING_PROPERTY && isTrue(context, second)) {
          candidates.push({ node, how: `setProperty(${AUDIO_LOGGING_PROPERTY}, "true")`, needsSdk: false });
        } else if (method === 'setServiceProperty' && first && second && staticString(first)?.toLowerCase() === 'storeaudio' && isTrue(context, second)) {
          candidates.push({ node, how: 'setServiceProperty("storeAudio", "true")', needsSdk: false });
        }
      },
      'Program:exit'(program) {
        if (candidates.length === 0) return;
        const speech = requiresSpeech || usesSpeechSdk(program, sourceCode.scopeManager?.globalScope?.through ?? []);
        for (const { node, how, needsSdk } of candidates) {
          if (needsSdk && !speech) continue;
          context.report({ node, messageId: 'audioLogging', data: { how }, suggest: removal(node) });
        }
      },
    };
  },
});

/**
 * The SDK's own definition of the switch (`enableAudioLogging() { this.props.setProperty(..., "true"); }`) is not a
 * use of it: skip calls inside a function defined as `enableAudioLogging`.
 */
function insideSwitchDefinition(node: TSESTree.Node): boolean {
  for (let at: TSESTree.Node | undefined = node.parent; at; at = at.parent) {
    if (at.type !== AST_NODE_TYPES.FunctionExpression && at.type !== AST_NODE_TYPES.ArrowFunctionExpression && at.type !== AST_NODE_TYPES.FunctionDeclaration) continue;
    const holder = at.parent;
    const name =
      at.type === AST_NODE_TYPES.FunctionDeclaration
        ? at.id?.name
        : holder.type === AST_NODE_TYPES.MethodDefinition || holder.type === AST_NODE_TYPES.Property || holder.type === AST_NODE_TYPES.PropertyDefinition
          ? keyName(holder)
          : holder.type === AST_NODE_TYPES.AssignmentExpression && holder.left.type === AST_NODE_TYPES.MemberExpression
            ? keyName(holder.left)
            : undefined;
    return name?.toLowerCase() === 'enableaudiologging';
  }
  return false;
}
