import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isAzureAiHost, isAzureAiHostTail, plaintextUrlAt, type PlainUrl } from './hosts.js';

/** Stands for a template hole in the text `templateText` builds (a control character no URL contains). */
export const HOLE = '\u0001';

/** A template's cooked text with every `${…}` replaced by `HOLE`. */
export function templateText(node: TSESTree.TemplateLiteral): string {
  return node.quasis.map((quasi) => quasi.value.cooked).join(HOLE);
}

/** The host as shown to people: holes become `${…}`. */
export function displayHost(host: string): string {
  return host.split(HOLE).join('${…}');
}

/** Whether a (possibly partial) host names an Azure AI host: `x.openai.azure.com` or `${name}.openai.azure.com`. */
export function isAzureAiUrlHost(host: string): boolean {
  if (!host.includes(HOLE)) return isAzureAiHost(host);
  const tail = host.slice(host.lastIndexOf(HOLE) + 1);
  return tail.startsWith('.') && isAzureAiHostTail(tail);
}

/** A plaintext URL at the start of a string literal or template (with holes marked). */
export function plaintextUrlOf(node: TSESTree.Node): (PlainUrl & { readonly text: string }) | undefined {
  let text: string | undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') text = node.value;
  else if (node.type === AST_NODE_TYPES.TemplateLiteral) text = templateText(node);
  if (text === undefined || text.length < 8) return undefined;
  const url = plaintextUrlAt(text);
  return url ? { ...url, text } : undefined;
}

/**
 * The source range of the scheme (`http` / `ws`) of a plaintext URL at the start of a literal or template,
 * found in the raw source text so quotes and escapes stay as written; `undefined` when the scheme is
 * written with escapes (then no automatic edit is offered).
 */
export function schemeRange(raw: string, start: number, scheme: PlainUrl['scheme']): [number, number] | undefined {
  // Skip the opening quote or backtick and plain whitespace.
  let i = 1;
  while (i < raw.length && (raw.charAt(i) === ' ' || raw.charAt(i) === '\t')) i++;
  const written = raw.slice(i, i + scheme.length + 3);
  if (written.toLowerCase() !== `${scheme}://`) return undefined;
  return [start + i, start + i + scheme.length];
}

/** The secure scheme, keeping an all-upper-case spelling upper case. */
export function secureScheme(written: string): string {
  const secure = written.toLowerCase() === 'http' ? 'https' : 'wss';
  return written === written.toUpperCase() ? secure.toUpperCase() : secure;
}

/** Query parameters that carry an Azure AI / APIM key in a URL (lower case). */
export const KEY_IN_QUERY: ReadonlySet<string> = new Set(['subscription-key', 'api-key']);

/** The header that carries the same key. */
export function headerForQueryParam(name: string): string | undefined {
  const n = name.toLowerCase();
  if (n === 'subscription-key' || n === 'subscriptionkey') return 'Ocp-Apim-Subscription-Key';
  if (n === 'api-key' || n === 'apikey') return 'api-key';
  return undefined;
}

/**
 * Key parameters in a query string inside `text`: `?subscription-key=` / `&Subscription-Key=` / `&api-key=`.
 * A text that ends with `subscription-key=` after `?`/`&` counts (the value is concatenated after it).
 * Returns the names as written. Linear scan: finds each `?`/`&` and compares the name after it.
 */
export function keyParamsInQuery(text: string): string[] {
  const found: string[] = [];
  if (text.length > 20_000 || !text.includes('=')) return found;
  let eq = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch !== '?' && ch !== '&') continue;
    // The next `=` is found once per `=`, not once per `?`/`&`: the scan stays linear.
    if (eq <= i) eq = text.indexOf('=', i + 1);
    if (eq < 0) break;
    if (eq - i - 1 > 20) continue;
    const name = text.slice(i + 1, eq);
    if (KEY_IN_QUERY.has(name.toLowerCase()) && !found.includes(name)) found.push(name);
  }
  return found;
}
