import type { ValueSite } from '../common/value-secrets.js';
import type { DotenvEntry, DotenvFile } from './ast.js';

export interface DotenvValueSite extends ValueSite {
  readonly entry: DotenvEntry;
}

/** Every entry with a value, as a value site named by its key. */
export function dotenvValueSites(file: DotenvFile): DotenvValueSite[] {
  return file.entries
    .filter((entry) => entry.value.value !== '')
    .map((entry) => ({ entry, value: entry.value.value, names: [entry.key.name], offset: valueOffsets(entry) }));
}

/** File offsets of value offsets: double-quoted `\n` / `\r` escapes are two characters in the file, one in the value. */
function valueOffsets(entry: DotenvEntry): (index: number) => number {
  const { value } = entry;
  const start = value.range[0];
  if (value.raw.length === value.value.length) return (index) => start + index;
  const map: number[] = [];
  for (let i = 0; i < value.raw.length; i++) {
    map.push(start + i);
    if (value.raw[i] === '\\' && (value.raw[i + 1] === 'n' || value.raw[i + 1] === 'r')) i++;
  }
  map.push(value.range[1]);
  return (index) => map[Math.max(0, Math.min(index, map.length - 1))] ?? value.range[1];
}
