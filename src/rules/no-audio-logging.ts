import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  calleeName,
  calleeObject,
  type Context,
  isNewOf,
  keyName,
  requireSource,
  staticString,
  unwrap,
} from '../core/ast.js';
import { HOLE, isAzureAiUrlHost, templateText } from '../core/endpoints/urls.js';
import { mayHold } from '../core/facts.js';
import { removeProperty } from '../core/fix/remove-property.js';
import { nameWords } from '../core/names.js';
import { stringValues } from '../core/objects.js';
import { speechPropertyName } from '../core/sinks/speech.js';
import { trace } from '../core/trace.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'audioLogging' | 'removeCall' | 'removeParameter';

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
  return (
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    requireSource(node) === SPEECH_MODULE
  );
}

/** The value is `"true"` (any case) or `true`, as far as the file shows. */
function isTrue(context: Context, node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal && n.value === true) return true;
  const leaves = trace(context, n);
  return (
    leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'string' && leaf.value.trim().toLowerCase() === 'true')
  );
}

// ---- `storeAudio=true` in Speech REST / WebSocket URLs and query objects -------------------------------------------

/** Hosts of the Speech service's own REST and WebSocket endpoints: regional `stt`/`tts`/`s2s` hosts, sovereign clouds. */
const SPEECH_HOST_SUFFIXES = ['.speech.microsoft.com', '.speech.azure.us', '.speech.azure.cn'];
/** Speech paths on a resource's own host (`<name>.cognitiveservices.azure.com/stt/speech/recognition/…`). */
const SPEECH_PATH = /\/speech(?:totext)?\//i;
/** Text of a Speech endpoint somewhere in the file: a Speech host or path (gates the query-object forms). */
const SPEECH_TEXT = /speech\.(?:microsoft\.com|azure\.us|azure\.cn)|\/speech(?:totext)?\//i;
const STORE_AUDIO = /storeaudio=/i;
const QUERY_PROPERTIES = new Set(['params', 'query', 'qs', 'searchparams', 'queryparameters', 'querystring']);

/** Whether a URL text (template holes as `HOLE`) addresses a Speech endpoint. */
function isSpeechUrl(text: string): boolean {
  const match = /^\s*(?:https?|wss?):\/\/([^/?#\s]*)([^?#\s]*)/i.exec(text.slice(0, 2048));
  if (!match) return false;
  const host = (match[1] ?? '').toLowerCase();
  const tail = host.slice(host.lastIndexOf(HOLE) + 1);
  if (SPEECH_HOST_SUFFIXES.some((suffix) => tail.endsWith(suffix))) return true;
  return isAzureAiUrlHost(host) && SPEECH_PATH.test(match[2] ?? '');
}

/** Offsets of each `storeAudio=true` query parameter (after `?` or `&`, name and value in any case) in `text`. */
function storeAudioParams(text: string): number[] {
  const found: number[] = [];
  if (text.length > 20_000) return found;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('storeaudio=true'); at !== -1; at = lower.indexOf('storeaudio=true', at + 1)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + 15);
    if (
      (before === '?' || before === '&') &&
      (after === '' ||
        after === '&' ||
        after === '#' ||
        after === HOLE ||
        after === '"' ||
        after === "'" ||
        after === '`')
    )
      found.push(at);
  }
  return found;
}

/** The static text of a string or template, holes (and anything not static) as `HOLE`. */
function pieceText(context: Context, node: TSESTree.Node): string {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal && typeof n.value === 'string') return n.value;
  if (n.type === AST_NODE_TYPES.TemplateLiteral) return templateText(n);
  if (n.type === AST_NODE_TYPES.Identifier) {
    const values = stringValues(context, n);
    if (values.length === 1) return values[0] ?? HOLE;
  }
  if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '+')
    return pieceText(context, n.left) + pieceText(context, n.right);
  return HOLE;
}

/** The `+` concatenation a string is part of (the string itself when it stands alone). */
function concatenationOf(node: TSESTree.Node): TSESTree.Node {
  let top = node;
  for (
    let depth = 0;
    depth < 32 && top.parent?.type === AST_NODE_TYPES.BinaryExpression && top.parent.operator === '+';
    depth++
  )
    top = top.parent;
  return top;
}

/** The `storeAudio=true` text of a literal or template quasi in the raw source, with its separator, when one is written plainly. */
function parameterRange(
  sourceCode: Context['sourceCode'],
  node: TSESTree.Literal | TSESTree.TemplateLiteral,
): [number, number] | undefined {
  const pieces = node.type === AST_NODE_TYPES.Literal ? [node.range] : node.quasis.map((q) => q.range);
  const ranges: [number, number][] = [];
  for (const [start, end] of pieces) {
    const raw = sourceCode.text.slice(start, end);
    for (const at of storeAudioParams(raw)) {
      const sep = raw.charAt(at - 1);
      const stop = at + 'storeAudio=true'.length;
      if (sep === '&') ranges.push([start + at - 1, start + stop]);
      else if (raw.charAt(stop) === '&') ranges.push([start + at, start + stop + 1]);
      else ranges.push([start + at - 1, start + stop]);
    }
  }
  return ranges.length === 1 ? ranges[0] : undefined;
}

const STATEMENT_LISTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
]);

export default createRule<[], MessageIds>({
  name: 'no-audio-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Speech SDK settings and request parameters that make the service store customer audio',
      preset: 'strict',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      audioLogging:
        '{{how}} makes the Speech service store the audio it receives. Recorded customer speech is personal data kept outside your retention controls: leave audio logging off (the default) unless you have consent and a retention plan.',
      removeCall: 'Remove this call.',
      removeParameter: 'Remove the `storeAudio` parameter.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    if (!mayHold(context, 'audio')) return {};
    const candidates: { node: TSESTree.CallExpression; how: string; needsSdk: boolean }[] = [];
    /** `storeAudio` query parameters: reported when the file addresses a Speech endpoint (or its own URL is one). */
    const parameters: {
      node: TSESTree.Node;
      how: string;
      needsEndpoint: boolean;
      suggest: TSESLint.ReportSuggestionArray<MessageIds>;
    }[] = [];
    let requiresSpeech = false;

    /** Removes `config.enableAudioLogging();` with its line when it stands alone there. */
    function removal(call: TSESTree.CallExpression): TSESLint.ReportSuggestionArray<MessageIds> {
      const statement = call.parent;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement || !STATEMENT_LISTS.has(statement.parent.type))
        return [];
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

    /** A string or template with `storeAudio=true` in a query: in a Speech URL, or a query text concatenated to one. */
    function checkUrlText(node: TSESTree.Literal | TSESTree.TemplateLiteral, text: string): void {
      if (!STORE_AUDIO.test(text) || storeAudioParams(text).length === 0) return;
      const whole = pieceText(context, concatenationOf(node));
      const speechUrl = isSpeechUrl(whole);
      // A URL of another host is not the Speech service; a query text alone needs a Speech endpoint in the file.
      if (!speechUrl && /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(whole)) return;
      const range = parameterRange(sourceCode, node);
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = range
        ? [{ messageId: 'removeParameter', fix: (fixer) => fixer.removeRange(range) }]
        : [];
      parameters.push({ node, how: '`storeAudio=true` in the Speech URL', needsEndpoint: !speechUrl, suggest });
    }

    /** `{ params: { storeAudio: true } }`, `new URLSearchParams({ storeAudio: "true" })`. */
    function checkQueryProperty(node: TSESTree.Property): void {
      if (node.kind !== 'init' || keyName(node)?.toLowerCase() !== 'storeaudio' || !isTrue(context, node.value)) return;
      const object = node.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
      const holder = object.parent;
      const named =
        holder.type === AST_NODE_TYPES.Property &&
        holder.value === object &&
        QUERY_PROPERTIES.has(keyName(holder)?.toLowerCase() ?? '');
      const searchParams =
        holder.type === AST_NODE_TYPES.NewExpression &&
        holder.arguments[0] === object &&
        isNewOf(holder, 'URLSearchParams');
      if (!named && !searchParams) return;
      parameters.push({
        node,
        how: 'The `storeAudio` query parameter set to true',
        needsEndpoint: true,
        suggest: [{ messageId: 'removeParameter', fix: removeProperty(sourceCode, node) }],
      });
    }

    /** `url.searchParams.set("storeAudio", "true")`, `params.append(…)` on URLSearchParams. */
    function isQueryReceiver(receiver: TSESTree.Node): boolean {
      const r = unwrap(receiver);
      const name =
        r.type === AST_NODE_TYPES.Identifier
          ? r.name
          : r.type === AST_NODE_TYPES.MemberExpression
            ? keyName(r)
            : undefined;
      if (
        name !== undefined &&
        nameWords(name).some((w) => w === 'params' || w === 'query' || w === 'search' || w === 'searchparams')
      )
        return true;
      return trace(context, r).some((leaf) => leaf.kind === 'other' && isNewOf(unwrap(leaf.node), 'URLSearchParams'));
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string' && node.value.length >= 16) checkUrlText(node, node.value);
      },
      TemplateLiteral(node) {
        checkUrlText(node, templateText(node));
      },
      Property(node) {
        checkQueryProperty(node);
      },
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
        } else if (
          method === 'setProperty' &&
          first &&
          second &&
          speechPropertyName(first) === AUDIO_LOGGING_PROPERTY &&
          isTrue(context, second)
        ) {
          candidates.push({ node, how: `setProperty(${AUDIO_LOGGING_PROPERTY}, "true")`, needsSdk: false });
        } else if (
          method === 'setServiceProperty' &&
          first &&
          second &&
          staticString(first)?.toLowerCase() === 'storeaudio' &&
          isTrue(context, second)
        ) {
          candidates.push({ node, how: 'setServiceProperty("storeAudio", "true")', needsSdk: false });
        } else if (
          (method === 'set' || method === 'append') &&
          first &&
          second &&
          staticString(first)?.toLowerCase() === 'storeaudio' &&
          isTrue(context, second)
        ) {
          const receiver = calleeObject(node);
          if (receiver && isQueryReceiver(receiver))
            parameters.push({
              node,
              how: `searchParams.${method}("storeAudio", "true")`,
              needsEndpoint: true,
              suggest: removal(node),
            });
        }
      },
      'Program:exit'(program) {
        if (parameters.length > 0) {
          const endpoint = SPEECH_TEXT.test(sourceCode.text);
          for (const { node, how, needsEndpoint, suggest } of parameters) {
            if (!needsEndpoint || endpoint) context.report({ node, messageId: 'audioLogging', data: { how }, suggest });
          }
        }
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
    if (
      at.type !== AST_NODE_TYPES.FunctionExpression &&
      at.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
      at.type !== AST_NODE_TYPES.FunctionDeclaration
    )
      continue;
    const holder = at.parent;
    const name =
      at.type === AST_NODE_TYPES.FunctionDeclaration
        ? at.id?.name
        : holder.type === AST_NODE_TYPES.MethodDefinition ||
            holder.type === AST_NODE_TYPES.Property ||
            holder.type === AST_NODE_TYPES.PropertyDefinition
          ? keyName(holder)
          : holder.type === AST_NODE_TYPES.AssignmentExpression && holder.left.type === AST_NODE_TYPES.MemberExpression
            ? keyName(holder.left)
            : undefined;
    return name?.toLowerCase() === 'enableaudiologging';
  }
  return false;
}
