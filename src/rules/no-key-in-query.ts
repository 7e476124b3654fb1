import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { calleeName, calleeObject, isNewOf, keyName, staticString, unwrap } from '../core/ast.js';
import { templateText } from '../core/endpoints/urls.js';
import { hasEscapes, mayHold } from '../core/facts.js';
import { objectsOf } from '../core/objects.js';
import { isInsideAssertion } from '../core/requests.js';
import { isNonSecret, isRedactionMarker } from '../core/secrets/not-secret.js';
import { headerForQueryParam, isKeyQueryParam, keyParamsInQuery } from '../core/sinks/headers.js';
import { parameterSlotsOf } from '../core/sinks/index.js';
import { slotLabel } from '../core/sinks/slots.js';
import { trace } from '../core/trace.js';
import { createRule } from '../utils/create-rule.js';

type MessageIds = 'keyInUrl' | 'keyInQueryObject' | 'moveToHeader';

/** Options properties that hold query parameters, and the sibling that holds headers. */
const QUERY_CONTAINERS: Readonly<Record<string, string>> = {
  params: 'headers', // axios
  qs: 'headers', // request
  searchParams: 'headers', // got, ky
  inQuery: 'inHeader', // ms-rest-js ApiKeyCredentials
  defaultQuery: 'defaultHeaders', // openai
};

const STRINGIFY_MODULES = new Set(['querystring', 'qs', 'queryString']);
/** A key query parameter as URL text spells it (headers.ts `keyParamsInQuery`: `subscription-key=`, `api-key=`). */
const KEY_PARAM_IN_URL = /(?:subscription|api)-[k\u212A]ey=/i;

export default createRule<[], MessageIds>({
  name: 'no-key-in-query',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow sending Azure AI keys in URL query parameters', preset: 'recommended' },
    hasSuggestions: true,
    schema: [],
    messages: {
      keyInUrl:
        'The `{{param}}` query parameter puts the key into the URL, where proxy, CDN and server logs keep it. Send it in the `{{header}}` header instead.',
      keyInQueryObject:
        'The `{{param}}` query parameter in {{where}} puts the key into the URL, where proxy, CDN and server logs keep it. Send it in the `{{header}}` header instead.',
      moveToHeader: 'Send the key in the `{{header}}` header instead.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    // The query-parameter names are among the slot words: the shared slot fact first, then the narrower one.
    if (!mayHold(context, 'slots') || !mayHold(context, 'keyInQuery')) return {};
    const reported = new Set<TSESTree.Node>();

    function checkText(node: TSESTree.Literal | TSESTree.TemplateLiteral, value: string): void {
      const [param] = keyParamsInQuery(value);
      // `expect(fetch).toHaveBeenCalledWith("…?subscription-key=…")`: a test's assertion, not a request.
      if (param === undefined || isInsideAssertion(node)) return;
      context.report({
        node,
        messageId: 'keyInUrl',
        data: { param, header: headerForQueryParam(param) ?? 'Ocp-Apim-Subscription-Key' },
      });
    }

    /** `{ params: { "subscription-key": k } }` → `{ headers: { "Ocp-Apim-Subscription-Key": k } }`, when nothing else moves. */
    function headerSuggestion(prop: TSESTree.Property, header: string): TSESLint.ReportFixFunction | undefined {
      const inner = prop.parent;
      if (inner.type !== AST_NODE_TYPES.ObjectExpression || inner.properties.length !== 1) return undefined;
      const container = inner.parent;
      if (container.type !== AST_NODE_TYPES.Property || container.computed || container.value !== inner)
        return undefined;
      const name = keyName(container);
      const target = name === undefined ? undefined : QUERY_CONTAINERS[name];
      const options = container.parent;
      if (target === undefined || options.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      // Another headers object (or a spread that may hold one) would be overwritten or would overwrite.
      if (options.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement || keyName(p) === target))
        return undefined;
      if (container.shorthand || prop.shorthand) return undefined;
      const containerKey = container.key;
      const paramKey = prop.key;
      const quote =
        paramKey.type === AST_NODE_TYPES.Literal ? (sourceCode.getText(paramKey).startsWith("'") ? "'" : '"') : '"';
      return (fixer) => [
        fixer.replaceText(
          containerKey,
          containerKey.type === AST_NODE_TYPES.Literal ? `${quote}${target}${quote}` : target,
        ),
        fixer.replaceText(paramKey, `${quote}${header}${quote}`),
      ];
    }

    /** `inUrlText`: only the parameter spellings looked for in URLs (not `apikey`, too common a property name). */
    function checkQueryObject(object: TSESTree.ObjectExpression, inUrlText: boolean, where: string): void {
      for (const prop of object.properties) {
        if (prop.type !== AST_NODE_TYPES.Property || reported.has(prop)) continue;
        const param = keyName(prop);
        if (param === undefined || !isKeyQueryParam(param, inUrlText) || isInsideAssertion(prop)) continue;
        reported.add(prop);
        const header = headerForQueryParam(param) ?? 'Ocp-Apim-Subscription-Key';
        const fix = headerSuggestion(prop, header);
        context.report({
          node: prop.key,
          messageId: 'keyInQueryObject',
          data: { param, header, where },
          suggest: fix ? [{ messageId: 'moveToHeader', data: { header }, fix }] : [],
        });
      }
    }

    /** `url.searchParams`, or a binding holding `new URLSearchParams(...)`. */
    function isSearchParams(node: TSESTree.Node): boolean {
      const n = unwrap(node);
      if (n.type === AST_NODE_TYPES.MemberExpression && keyName(n) === 'searchParams') return true;
      return trace(context, n).some((leaf) => leaf.kind === 'other' && isNewOf(unwrap(leaf.node), 'URLSearchParams'));
    }

    // Each listener only where the file spells what it looks for (any text, when an escape could spell it): a
    // key parameter with its dash (URL text with its `=`; a request's query object, `URLSearchParams` and
    // `searchParams.set` take only the dashed spellings), then a query container's name, `URLSearchParams`,
    // `stringify` or `searchParams` (calls). SDK query parameters (`Program:exit`) take every spelling.
    const text = sourceCode.text;
    const escapes = hasEscapes(context);
    const dashed = mayHold(context, 'dashedKeyParams');
    const spells = (words: readonly string[]): boolean =>
      dashed && (escapes || words.some((word) => text.includes(word)));
    const urls = dashed && (escapes || KEY_PARAM_IN_URL.test(text));
    const containers = spells(Object.keys(QUERY_CONTAINERS));
    const constructors = spells(['URLSearchParams']);
    const calls = spells(['stringify', 'earchParams']);

    return {
      ...(urls && {
        Literal(node: TSESTree.Literal) {
          if (typeof node.value === 'string' && node.value.length >= 9) checkText(node, node.value);
        },
        TemplateLiteral(node: TSESTree.TemplateLiteral) {
          if (node.parent.type !== AST_NODE_TYPES.TaggedTemplateExpression) checkText(node, templateText(node));
        },
      }),
      ...(containers && { Property: checkContainer }),
      ...(constructors && { NewExpression: checkConstructor }),
      ...(calls && { CallExpression: checkCall }),
      'Program:exit'() {
        // Query objects are SDK parameters (`defaultQuery`, `inQuery`): no shape search for them.
        for (const slot of parameterSlotsOf(context, 'query')) {
          for (const object of objectsOf(context, slot.node)) checkQueryObject(object, false, slotLabel(slot));
        }
      },
    };

    function checkContainer(node: TSESTree.Property): void {
      const name = keyName(node);
      if (
        name === undefined ||
        QUERY_CONTAINERS[name] === undefined ||
        node.parent.type !== AST_NODE_TYPES.ObjectExpression
      )
        return;
      if (node.value.type === AST_NODE_TYPES.AssignmentPattern) return;
      for (const object of objectsOf(context, node.value)) checkQueryObject(object, true, `\`${name}\``);
    }

    function checkConstructor(node: TSESTree.NewExpression): void {
      const first = node.arguments[0];
      if (
        node.callee.type !== AST_NODE_TYPES.Identifier ||
        node.callee.name !== 'URLSearchParams' ||
        !first ||
        first.type === AST_NODE_TYPES.SpreadElement
      )
        return;
      for (const object of objectsOf(context, first)) checkQueryObject(object, true, 'URLSearchParams');
    }

    function checkCall(node: TSESTree.CallExpression): void {
      const method = calleeName(node);
      const receiver = calleeObject(node);
      const first = node.arguments[0];
      if (!receiver || !first || first.type === AST_NODE_TYPES.SpreadElement) return;
      if (method === 'stringify') {
        const r = unwrap(receiver);
        if (r.type === AST_NODE_TYPES.Identifier && STRINGIFY_MODULES.has(r.name)) {
          for (const object of objectsOf(context, first)) checkQueryObject(object, true, `${r.name}.stringify`);
        }
        return;
      }
      if (method !== 'set' && method !== 'append') return;
      const param = staticString(first);
      if (param === undefined || !isKeyQueryParam(param, true) || !isSearchParams(receiver)) return;
      // `url.searchParams.set('api-key', '<REDACTED>')`: scrubbing a URL before it is logged, not sending a key.
      const value = node.arguments[1];
      const written = value && value.type !== AST_NODE_TYPES.SpreadElement ? staticString(value) : undefined;
      if ((written !== undefined && (isNonSecret(written) || isRedactionMarker(written))) || isInsideAssertion(node))
        return;
      context.report({
        node: first,
        messageId: 'keyInQueryObject',
        data: {
          param,
          header: headerForQueryParam(param) ?? 'Ocp-Apim-Subscription-Key',
          where: `searchParams.${method}`,
        },
      });
    }
  },
});
