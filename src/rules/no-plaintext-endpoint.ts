import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { keyName, staticBoolean, staticString, unwrap } from '../core/ast.js';
import { isInstanceMetadataHost, isLoopbackHost, isNamespaceUrl, type PlainUrl } from '../core/endpoints/hosts.js';
import {
  displayHost,
  HOLE,
  isAzureAiUrlHost,
  plaintextUrlOf,
  schemeRange,
  secureScheme,
} from '../core/endpoints/urls.js';
import { mayHold } from '../core/facts.js';
import { sdkCalls, unnamedSlotsOf } from '../core/sinks/index.js';
import { slotLabel } from '../core/sinks/slots.js';
import { trace } from '../core/trace.js';
import { createRule } from '../utils/create-rule.js';

type Options = [{ allowLocalhost?: boolean }];
type MessageIds = 'plaintextEndpoint' | 'plaintextSlot' | 'insecureConnection' | 'switchToHttps' | 'disallowInsecure';

type UrlNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

const INSECURE_FLAG = /^_?allowInsecureConnection$/i;

/**
 * Whether a test is true only when an `allowInsecureConnection` / `_allowInsecureConnection` member or binding
 * is set: `options.allowInsecureConnection`, `this._allowInsecureConnection === true`, `a && opts?.allowInsecureConnection`.
 * A negated read (`!opts.allowInsecureConnection`: "turn it on when not set") does not count.
 */
function testsInsecureFlag(node: TSESTree.Node, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 8) return false;
  switch (n.type) {
    case AST_NODE_TYPES.Identifier:
      return INSECURE_FLAG.test(n.name);
    case AST_NODE_TYPES.MemberExpression:
      return INSECURE_FLAG.test(keyName(n) ?? '');
    case AST_NODE_TYPES.UnaryExpression:
      return (
        n.operator === '!' &&
        n.argument.type === AST_NODE_TYPES.UnaryExpression &&
        n.argument.operator === '!' &&
        testsInsecureFlag(n.argument.argument, depth + 1)
      );
    case AST_NODE_TYPES.LogicalExpression:
      if (n.operator === '&&') return testsInsecureFlag(n.left, depth + 1) || testsInsecureFlag(n.right, depth + 1);
      return n.operator === '||' && testsInsecureFlag(n.left, depth + 1) && testsInsecureFlag(n.right, depth + 1);
    case AST_NODE_TYPES.BinaryExpression:
      if (n.operator !== '===' && n.operator !== '==') return false;
      return (
        (staticBoolean(n.right) === true && testsInsecureFlag(n.left, depth + 1)) ||
        (staticBoolean(n.left) === true && testsInsecureFlag(n.right, depth + 1))
      );
    default:
      return false;
  }
}

/**
 * `if (options.allowInsecureConnection) { request.allowInsecureConnection = true; }`,
 * `flag ? { allowInsecureConnection: true } : {}` with a flag named so,
 * `this._allowInsecureConnection && (req.allowInsecureConnection = true)`: code that forwards the caller's own
 * setting and turns nothing on by itself.
 */
function forwardsCallerSetting(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === child && testsInsecureFlag(parent.test))
      return true;
    if (
      parent.type === AST_NODE_TYPES.ConditionalExpression &&
      parent.consequent === child &&
      testsInsecureFlag(parent.test)
    )
      return true;
    if (
      parent.type === AST_NODE_TYPES.LogicalExpression &&
      parent.operator === '&&' &&
      parent.right === child &&
      testsInsecureFlag(parent.left)
    )
      return true;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-plaintext-endpoint',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow plaintext `http://` and `ws://` connections to Azure AI services',
      preset: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          allowLocalhost: {
            type: 'boolean',
            description:
              'Accept plaintext URLs to loopback hosts (`localhost`, `127.0.0.0/8`, `[::1]`), where Azure AI containers and emulators run.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowLocalhost: true }],
    messages: {
      plaintextEndpoint:
        '{{url}} is an Azure AI endpoint over plaintext {{scheme}}: keys, tokens and data cross the network unencrypted. Use {{secure}}.',
      plaintextSlot:
        '{{url}} is passed to {{sink}} over plaintext {{scheme}}: the client sends its key or token and data unencrypted. Use {{secure}}.',
      insecureConnection:
        '`allowInsecureConnection: true` lets the Azure SDK client send keys, tokens and data over plaintext http. Remove it and use an https endpoint.',
      switchToHttps: 'Switch to {{secure}}.',
      disallowInsecure: 'Set `allowInsecureConnection` to false.',
    },
  },
  create(context, [options]) {
    const allowLocalhost = options.allowLocalhost !== false;
    const { sourceCode } = context;
    // A plaintext URL to an Azure AI or loopback host, into an SDK slot or a Speech property; or the SDK flag.
    const insecure = mayHold(context, 'insecureConnection');
    const plaintext = mayHold(context, 'plaintext') && mayHold(context, 'slots', 'hosts');
    if (!insecure && !plaintext) return {};
    const reported = new Set<TSESTree.Node>();

    function schemeFix(node: TSESTree.Node, url: PlainUrl): TSESLint.ReportFixFunction | null {
      const range = schemeRange(sourceCode.getText(node), node.range[0], url.scheme);
      if (!range) return null;
      const written = sourceCode.text.slice(range[0], range[1]);
      return (fixer) => fixer.replaceTextRange(range, secureScheme(written));
    }

    function data(url: PlainUrl): Record<string, string> {
      return {
        url: `${url.scheme}://${displayHost(url.host)}`,
        scheme: url.scheme,
        secure: url.scheme === 'http' ? 'https' : 'wss',
      };
    }

    function checkUrlNode(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
      const url = plaintextUrlOf(node);
      if (!url || url.host === '' || isNamespaceUrl(url.host)) return;
      if (isAzureAiUrlHost(url.host)) {
        reported.add(node);
        context.report({ node, messageId: 'plaintextEndpoint', data: data(url), fix: schemeFix(node, url) });
        return;
      }
      if (!allowLocalhost && !url.host.includes(HOLE) && isLoopbackHost(url.host)) {
        reported.add(node);
        const fix = schemeFix(node, url);
        context.report({
          node,
          messageId: 'plaintextEndpoint',
          data: data(url),
          suggest: fix ? [{ messageId: 'switchToHttps', data: data(url), fix }] : [],
        });
      }
    }

    /** Values standing in an endpoint slot, looking into `new URL(x)` (Speech `fromEndpoint` / `fromHost`). */
    function endpointStrings(node: TSESTree.Node, depth = 0): UrlNode[] {
      const out: UrlNode[] = [];
      for (const leaf of trace(context, node)) {
        const n = unwrap(leaf.node);
        if (leaf.kind === 'string') out.push(leaf.node);
        else if (leaf.kind === 'other' && n.type === AST_NODE_TYPES.TemplateLiteral) out.push(n);
        else if (leaf.kind === 'other' && n.type === AST_NODE_TYPES.NewExpression && depth < 2) {
          const callee = unwrap(n.callee);
          const first = n.arguments[0];
          if (
            callee.type === AST_NODE_TYPES.Identifier &&
            callee.name === 'URL' &&
            first &&
            first.type !== AST_NODE_TYPES.SpreadElement
          ) {
            // new URL(path, base): the base decides the scheme.
            const second = n.arguments[1];
            const target = second && second.type !== AST_NODE_TYPES.SpreadElement ? second : first;
            out.push(...endpointStrings(target, depth + 1));
          }
        }
      }
      return out;
    }

    function checkSlots(): void {
      for (const slot of unnamedSlotsOf(context, 'endpoint')) {
        for (const node of endpointStrings(slot.node)) {
          if (reported.has(node)) continue;
          const url = plaintextUrlOf(node);
          // A hole in the host (`http://${host}:5000`) may well be a local container: not guessed at.
          if (!url || url.host === '' || url.host.includes(HOLE) || isNamespaceUrl(url.host)) continue;
          if ((allowLocalhost && isLoopbackHost(url.host)) || isInstanceMetadataHost(url.host)) continue;
          reported.add(node);
          const fix = schemeFix(node, url);
          context.report({
            node,
            messageId: 'plaintextSlot',
            data: { url: data(url).url, scheme: url.scheme, secure: data(url).secure, sink: slotLabel(slot) },
            suggest: fix ? [{ messageId: 'switchToHttps', data: data(url), fix }] : [],
          });
        }
      }
    }

    /**
     * `{ endpoint: "http://localhost:5000", allowInsecureConnection: true }`: a local emulator (when
     * `allowLocalhost`); `{ url: "http://169.254.169.254/metadata/…", allowInsecureConnection: true }`: IMDS.
     */
    function targetsLocalHost(object: TSESTree.ObjectExpression): boolean {
      return object.properties.some((p) => {
        if (p.type !== AST_NODE_TYPES.Property) return false;
        const value = staticString(p.value);
        const host =
          value === undefined
            ? undefined
            : /^(?:https?|wss?):\/\/(\[[0-9a-f:.]+\]|[^:/?#\s]*)/i.exec(value.slice(0, 300))?.[1];
        return host !== undefined && (isInstanceMetadataHost(host) || (allowLocalhost && isLoopbackHost(host)));
      });
    }

    function reportInsecure(node: TSESTree.Node, value: TSESTree.Node): void {
      context.report({
        node,
        messageId: 'insecureConnection',
        suggest: [{ messageId: 'disallowInsecure', fix: (fixer) => fixer.replaceText(value, 'false') }],
      });
    }

    // Each listener only for what the file spells: URLs need `http:` or `ws:`, the SDK flag its name.
    return {
      ...(plaintext && {
        Literal(node: TSESTree.Literal) {
          if (typeof node.value === 'string') checkUrlNode(node);
        },
        TemplateLiteral(node: TSESTree.TemplateLiteral) {
          if (node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression) checkUrlNode(node);
        },
        'Program:exit'() {
          checkSlots();
        },
      }),
      ...(insecure && {
        Property(node: TSESTree.Property) {
          if (
            node.kind !== 'init' ||
            node.value.type === AST_NODE_TYPES.AssignmentPattern ||
            keyName(node) !== 'allowInsecureConnection'
          )
            return;
          if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || staticBoolean(node.value) !== true) return;
          if (targetsLocalHost(node.parent) || forwardsCallerSetting(node)) return;
          reportInsecure(node, node.value);
        },
        AssignmentExpression(node: TSESTree.AssignmentExpression) {
          if (
            node.operator !== '=' ||
            node.left.type !== AST_NODE_TYPES.MemberExpression ||
            keyName(node.left) !== 'allowInsecureConnection'
          )
            return;
          if (staticBoolean(node.right) !== true || forwardsCallerSetting(node)) return;
          // Set on a request or options object the code builds itself: SDK internals (core-client forwarding,
          // managed identity's IMDS calls) do this; it matters only where an Azure AI client is used.
          if (sdkCalls(context).calls.length === 0) return;
          reportInsecure(node, node.right);
        },
      }),
    };
  },
});
