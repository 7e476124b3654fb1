import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { calleeName, keyName, staticString, unwrap } from '../core/ast.js';
import { envObjectSource, envReadOf, maySecretEnvRead } from '../core/env.js';
import { mayHold } from '../core/facts.js';
import { logCallLabel } from '../core/loggers.js';
import { isSecretEnvName } from '../core/names.js';
import { keyParamsInQuery } from '../core/sinks/headers.js';
import { isNonSecret } from '../core/secrets/not-secret.js';
import { CREDENTIAL_ROLES } from '../core/secrets/classify.js';
import type { SlotRole } from '../core/sinks/catalogue.js';
import { unnamedSlotsOf } from '../core/sinks/index.js';
import { trace } from '../core/trace.js';
import { findVariable } from '../core/tracking.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'secretInLog' | 'environmentInLog';

/** Slot roles whose value is a secret. */
const SECRET_ROLES: readonly SlotRole[] = ['key', ...CREDENTIAL_ROLES];
/** Calls that pass their argument's text through: `String(k)`, `JSON.stringify(k)`, `k.toString()`, `k.trim()`. */
const PASS_THROUGH_FUNCTIONS = new Set(['String', 'stringify', 'encodeURIComponent']);
const PASS_THROUGH_METHODS = new Set(['toString', 'trim', 'valueOf', 'toUpperCase', 'toLowerCase']);
const MAX_DEPTH = 6;

interface SecretFeeds {
  readonly variables: Set<TSESLint.Scope.Variable>;
  readonly members: Set<string>;
  readonly leaves: Set<TSESTree.Node>;
}

export default createRule<[], MessageIds>({
  name: 'no-secret-in-log',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow writing Azure AI keys and other credentials to logs', preset: 'strict' },
    schema: [],
    messages: {
      secretInLog:
        'The secret {{name}} is written to the log by {{logger}}. Logs are kept, shipped and read widely: log whether it is set (Boolean(x)) or a redacted form instead.',
      environmentInLog:
        'The whole {{source}} is written to the log by {{logger}}, with every key and secret in it. Log the few settings you need instead.',
    },
  },
  create(context) {
    // An env read or the env object, a secret slot whose value may be logged (SDK call, key header, Authorization,
    // Speech; the key query parameters), or a Key Vault secret (`getSecret`).
    // Each source of a logged secret is a text fact of the file: env reads, Key Vault, URLs with a key parameter.
    const fromEnv = mayHold(context, 'env');
    const fromVault = mayHold(context, 'vault');
    const fromUrl = mayHold(context, 'keyInQuery');
    if (!fromEnv && !fromVault && !fromUrl && !mayHold(context, 'slots')) return {};
    /**
     * Whether only values that also feed a secret slot can be secrets here (no secret-named env read, Key Vault
     * read or key URL in the file): then, without such a slot, nothing is traced.
     */
    let onlyFeedsKnown: boolean | undefined;
    const onlyFeeds = (): boolean =>
      (onlyFeedsKnown ??= !fromVault && !fromUrl && !(fromEnv && maySecretEnvRead(context)));
    let feeds: SecretFeeds | undefined;
    const { sourceCode } = context;

    /** Bindings, members and values that flow into a secret slot of an SDK call or key header. */
    function secretFeeds(): SecretFeeds {
      if (feeds) return feeds;
      const result: SecretFeeds = { variables: new Set(), members: new Set(), leaves: new Set() };
      for (const slot of unnamedSlotsOf(context, ...SECRET_ROLES)) {
        if (slot.strength === 'name') continue;
        const node = unwrap(slot.node);
        if (node.type === AST_NODE_TYPES.Identifier) {
          const variable = findVariable(context, node);
          if (variable) result.variables.add(variable);
        } else if (node.type === AST_NODE_TYPES.MemberExpression) {
          result.members.add(sourceCode.getText(node));
        }
        for (const leaf of trace(context, node)) {
          if (leaf.kind === 'string' && isNonSecret(leaf.value)) continue;
          result.leaves.add(leaf.node);
        }
      }
      feeds = result;
      return result;
    }

    if (!fromEnv && !fromVault && !fromUrl) {
      // Only a value that also feeds a secret slot can be logged as a secret here: without such a slot, no call
      // needs a look (the slot index is shared with the rules that build it anyway).
      const known = secretFeeds();
      if (known.variables.size === 0 && known.members.size === 0 && known.leaves.size === 0) return {};
    } else if (!mayHold(context, 'slots') && onlyFeeds()) {
      // Env reads only, none secret-named, and no env object that goes anywhere but a read by a static name or a
      // destructuring (env.ts `maySecretEnvRead`): so no whole env object is logged, and no slot exists to feed.
      return {};
    }

    /** The name to show when `node` holds a secret; undefined when it does not. */
    function secretName(node: TSESTree.Node): string | undefined {
      const direct = envReadOf(node);
      if (direct) return isSecretEnvName(direct.variable) ? `${direct.source}.${direct.variable ?? ''}` : undefined;
      if (onlyFeeds()) {
        const known = secretFeeds();
        if (known.variables.size === 0 && known.members.size === 0 && known.leaves.size === 0) return undefined;
      }
      // Only a plain access path is shown (`settings.key`); anything else could carry a value into the message.
      const raw = sourceCode.getText(node);
      const text = raw.length <= 80 && /^[\w$.]+$/.test(raw) ? raw : 'value';
      const leaves = trace(context, node);
      for (const leaf of leaves) {
        if (leaf.kind === 'env' && isSecretEnvName(leaf.env.variable)) return `${text} (${leaf.env.variable ?? ''})`;
      }
      // A Key Vault secret's value; a URL that carries a key in its query string.
      if (isKeyVaultValue(node) || leaves.some((leaf) => carriesKeyParam(leaf.node))) return text;
      // Placeholders (`"<your-key>"`) feeding a sink are not secrets.
      if (leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'string' && isNonSecret(leaf.value)))
        return undefined;
      const known = secretFeeds();
      if (node.type === AST_NODE_TYPES.Identifier) {
        const variable = findVariable(context, node);
        if (variable && known.variables.has(variable)) return text;
      } else if (node.type === AST_NODE_TYPES.MemberExpression && known.members.has(raw)) {
        return text;
      }
      if (leaves.some((leaf) => leaf.node !== node && known.leaves.has(leaf.node))) return text;
      return undefined;
    }

    /** `secret.value` / `(await client.getSecret(name)).value`: a Key Vault secret's value. */
    function isKeyVaultValue(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.MemberExpression || keyName(node) !== 'value') return false;
      return trace(context, node.object).some((leaf) => {
        let n = unwrap(leaf.node);
        if (n.type === AST_NODE_TYPES.AwaitExpression) n = unwrap(n.argument);
        return n.type === AST_NODE_TYPES.CallExpression && calleeName(n) === 'getSecret';
      });
    }

    /** A URL text (string, template or `+` chain) whose query string carries a key with a value after it. */
    function carriesKeyParam(raw: TSESTree.Node): boolean {
      const node = unwrap(raw);
      const text = urlText(node, 0);
      return text !== undefined && keyParamsInQuery(text).length > 0 && !isNonSecret(text);
    }

    /** The text of a string, template or `+` chain, each expression written as `X` (its value is unknown). */
    function urlText(node: TSESTree.Node, depth: number): string | undefined {
      if (depth > 4) return undefined;
      const n = unwrap(node);
      const value = staticString(n);
      if (value !== undefined) return value;
      if (n.type === AST_NODE_TYPES.TemplateLiteral) return n.quasis.map((q) => q.value.cooked ?? '').join('X');
      if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '+') {
        return `${urlText(n.left, depth + 1) ?? 'X'}${urlText(n.right, depth + 1) ?? 'X'}`;
      }
      return undefined;
    }

    function scan(raw: TSESTree.Node, logger: string, depth: number): void {
      if (depth > MAX_DEPTH) return;
      const node = unwrap(raw);
      switch (node.type) {
        case AST_NODE_TYPES.Identifier:
        case AST_NODE_TYPES.MemberExpression: {
          const source = envObjectSource(node);
          if (source) {
            context.report({ node, messageId: 'environmentInLog', data: { source, logger } });
            return;
          }
          const name = secretName(node);
          if (name !== undefined) context.report({ node, messageId: 'secretInLog', data: { name, logger } });
          return;
        }
        case AST_NODE_TYPES.TemplateLiteral:
          if (carriesKeyParam(node)) {
            context.report({
              node,
              messageId: 'secretInLog',
              data: { name: 'URL with a key in its query string', logger },
            });
            return;
          }
          for (const expression of node.expressions) scan(expression, logger, depth + 1);
          return;
        case AST_NODE_TYPES.BinaryExpression:
          if (node.operator === '+' && carriesKeyParam(node)) {
            context.report({
              node,
              messageId: 'secretInLog',
              data: { name: 'URL with a key in its query string', logger },
            });
            return;
          }
          if (node.operator === '+') {
            scan(node.left, logger, depth + 1);
            scan(node.right, logger, depth + 1);
          }
          return;
        case AST_NODE_TYPES.LogicalExpression:
          if (node.operator !== '&&') scan(node.left, logger, depth + 1);
          scan(node.right, logger, depth + 1);
          return;
        case AST_NODE_TYPES.ConditionalExpression:
          scan(node.consequent, logger, depth + 1);
          scan(node.alternate, logger, depth + 1);
          return;
        case AST_NODE_TYPES.ObjectExpression:
          for (const prop of node.properties)
            scan(prop.type === AST_NODE_TYPES.Property ? prop.value : prop.argument, logger, depth + 1);
          return;
        case AST_NODE_TYPES.ArrayExpression:
          for (const element of node.elements) if (element) scan(element, logger, depth + 1);
          return;
        case AST_NODE_TYPES.SpreadElement:
          scan(node.argument, logger, depth + 1);
          return;
        case AST_NODE_TYPES.CallExpression: {
          const [first] = node.arguments;
          const name = calleeName(node);
          const callee = unwrap(node.callee);
          if (name === undefined) return;
          if (
            callee.type === AST_NODE_TYPES.MemberExpression &&
            PASS_THROUGH_METHODS.has(name) &&
            node.arguments.length === 0
          ) {
            scan(callee.object, logger, depth + 1);
          } else if (PASS_THROUGH_FUNCTIONS.has(name) && first) {
            scan(first, logger, depth + 1);
          }
          return;
        }
        default:
          // `!!k`, `Boolean(k)`, `k.length`, `typeof k`, comparisons: derived facts, not the secret.
          return;
      }
    }

    return {
      CallExpression(node) {
        if (node.arguments.length === 0) return;
        const logger = logCallLabel(context, node);
        if (logger === undefined) return;
        for (const arg of node.arguments) scan(arg, logger, 0);
      },
    };
  },
});
