import type { ValueSite } from '../languages/common/value-secrets.js';
import { type JsonDocument, type JsonString, lastNames, stringSites, valueOffsets } from './ast.js';

/** How many member names above a value the secret questions look at (`ConnectionStrings` → `Db`). */
const NAMES = 3;

export interface JsonValueSite extends ValueSite {
  readonly node: JsonString;
}

/**
 * The string values of a JSON document as value sites. A parameter's `value` / `defaultValue` (ARM templates and
 * parameter files: `"parameters": { "speechKey": { "value": "…" } }`) takes the parameter's name.
 */
export function jsonValueSites(document: JsonDocument, text: string): JsonValueSite[] {
  // Each secret rule asks: one walk per file.
  const cached = cache.get(document);
  if (cached) return cached;
  const sites = stringSites(document).map((site) => {
    let names = lastNames(site.path, NAMES + 2);
    const last = names.at(-1);
    if ((last === 'value' || last === 'defaultValue') && names.at(-3) === 'parameters') names = names.slice(0, -1);
    return {
      node: site.node,
      value: site.node.value,
      names: names.slice(-NAMES),
      offset: valueOffsets(site.node, text),
    };
  });
  cache.set(document, sites);
  return sites;
}

const cache = new WeakMap<JsonDocument, JsonValueSite[]>();
