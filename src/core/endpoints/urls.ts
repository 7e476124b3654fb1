import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
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
