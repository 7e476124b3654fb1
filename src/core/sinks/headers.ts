/** Where keys travel besides SDK parameters: key headers and key query parameters (AZURE-FACTS §2). */

/** Headers that carry an Azure AI or APIM key (lower case). */
export const KEY_HEADERS: ReadonlySet<string> = new Set([
  'ocp-apim-subscription-key',
  'api-key',
  'prediction-key',
  'training-key',
]);

/**
 * Query parameters that carry a key (lower case), with the header that carries the same key. `inUrlText`: also
 * looked for in URL strings (the spellings without a dash are looked for only in query objects: too common in text).
 */
const KEY_QUERY_PARAMS: ReadonlyMap<string, { readonly header: string; readonly inUrlText: boolean }> = new Map([
  ['subscription-key', { header: 'Ocp-Apim-Subscription-Key', inUrlText: true }],
  ['api-key', { header: 'api-key', inUrlText: true }],
  ['subscriptionkey', { header: 'Ocp-Apim-Subscription-Key', inUrlText: false }],
  ['apikey', { header: 'api-key', inUrlText: false }],
]);

/** Methods that set a header (or a query parameter, on `URLSearchParams`) from a name and a value. */
export const HEADER_METHODS: ReadonlySet<string> = new Set([
  'set',
  'append',
  'setRequestHeader',
  'header',
  'setHeader',
]);

export function isKeyHeader(name: string): boolean {
  return name.length < 40 && KEY_HEADERS.has(name.toLowerCase());
}

/** A key query parameter; `inUrlText`: only the spellings looked for in URL text and `searchParams.set(…)`. */
export function isKeyQueryParam(name: string, inUrlText = false): boolean {
  const param = name.length < 40 ? KEY_QUERY_PARAMS.get(name.toLowerCase()) : undefined;
  return param !== undefined && (!inUrlText || param.inUrlText);
}

/** The header that carries the same key as a query parameter. */
export function headerForQueryParam(name: string): string | undefined {
  return KEY_QUERY_PARAMS.get(name.toLowerCase())?.header;
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
    if (isKeyQueryParam(name, true) && !found.includes(name)) found.push(name);
  }
  return found;
}
