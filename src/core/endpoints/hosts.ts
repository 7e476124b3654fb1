/** Azure AI hosts and URL schemes (AZURE-FACTS §3). */

const AZURE_AI_SUFFIXES = [
  '.cognitiveservices.azure.com',
  '.api.cognitive.microsoft.com',
  '.cognitive.microsofttranslator.com',
  '.openai.azure.com',
  '.services.ai.azure.com',
  '.stt.speech.microsoft.com',
  '.tts.speech.microsoft.com',
  '.speech.microsoft.com',
  '.azure-api.net',
  '.search.windows.net',
  '.inference.ai.azure.com',
  '.cognitiveservices.azure.us',
  '.openai.azure.us',
  '.cognitiveservices.azure.cn',
  '.openai.azure.cn',
  '.api.cognitive.azure.cn',
  '.api.cognitive.microsoft.us',
] as const;

const AZURE_AI_EXACT = new Set(['api.cognitive.microsofttranslator.com', 'models.inference.ai.azure.com']);

/** Lower-cased host name without port or trailing dot. */
function normalise(host: string): string {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

export function isAzureAiHost(host: string): boolean {
  const h = normalise(host);
  if (AZURE_AI_EXACT.has(h)) return true;
  return AZURE_AI_SUFFIXES.some((suffix) => h.endsWith(suffix) && h.length > suffix.length);
}

/**
 * The static head of a template like `http://${region}.api.cognitive.microsoft.com/` has a hole in the host;
 * this tells whether the known tail of the host (after the hole) is an Azure AI suffix.
 */
export function isAzureAiHostTail(tail: string): boolean {
  const h = normalise(tail);
  return (
    AZURE_AI_SUFFIXES.some((suffix) => h === suffix || h.endsWith(suffix)) ||
    AZURE_AI_SUFFIXES.some((s) => `.${h}` === s)
  );
}

export function isLoopbackHost(host: string): boolean {
  const h = normalise(host);
  if (h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || h === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * The Azure Instance Metadata Service (IMDS) address `169.254.169.254`: link-local, reachable only from inside
 * the VM or container host, and served over plain `http` by design (managed identity tokens are fetched from
 * it). Like a loopback host, plaintext to it never crosses the network.
 */
export function isInstanceMetadataHost(host: string): boolean {
  return normalise(host) === '169.254.169.254';
}

/** XML namespaces and schema URLs: identifiers that only look like endpoints. */
export function isNamespaceUrl(host: string): boolean {
  const h = normalise(host);
  return (
    h === 'www.w3.org' ||
    h === 'schemas.microsoft.com' ||
    h === 'schemas.xmlsoap.org' ||
    h === 'purl.org' ||
    h === 'json-schema.org' ||
    h === 'ns.adobe.com'
  );
}

export interface PlainUrl {
  /** `http` or `ws` */
  readonly scheme: 'http' | 'ws';
  /** The host as written (may be a partial host if a template hole follows). */
  readonly host: string;
  /** Offset of the scheme within the inspected text. */
  readonly offset: number;
}

/**
 * Finds the plaintext scheme at the start of a URL-ish text (`http://host...`, `ws://host...`).
 * Only looks at the start: endpoints are whole strings, prose that mentions a URL is not an endpoint.
 */
export function plaintextUrlAt(text: string): PlainUrl | undefined {
  const trimmed = text.trimStart();
  const offset = text.length - trimmed.length;
  const lower = trimmed.slice(0, 8).toLowerCase();
  const scheme = lower.startsWith('http://') ? 'http' : lower.startsWith('ws://') ? 'ws' : undefined;
  if (scheme === undefined) return undefined;
  const rest = trimmed.slice(scheme.length + 3, scheme.length + 3 + 300);
  const match = /^(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#\s]*)/i.exec(rest);
  return { scheme, host: match?.[1] ?? '', offset };
}

/**
 * Fixed, global Azure AI hosts that every customer shares (`api.cognitive.microsofttranslator.com`):
 * not per-resource configuration. Custom sub-domain and regional hosts are per-resource.
 */
export function isSharedAzureAiHost(host: string): boolean {
  return AZURE_AI_EXACT.has(normalise(host));
}
