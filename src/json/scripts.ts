/**
 * `package.json` scripts that switch certificate checks off: `NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js`,
 * `cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 …`, `env …`, `export …=0 && …`, Windows `set …=0&& …`. Offsets are into
 * the script's value; the removal span takes the assignment with the separator after it, so what is left still runs.
 */

const NAME = 'NODE_TLS_REJECT_UNAUTHORIZED=';

export interface RejectAssignment {
  /** Where `NODE_TLS_REJECT_UNAUTHORIZED` (or `set `/`export ` before it) starts and the value ends. */
  readonly start: number;
  readonly end: number;
  /** What a suggestion removes: the assignment and its trailing blanks or `&&`/`;` joiner. */
  readonly removal: readonly [number, number];
}

/** The assignments that turn validation off (value `0`, `"0"`, `'0'`, or empty, as `process.env` would hold). */
export function rejectUnauthorizedOff(script: string): RejectAssignment[] {
  const found: RejectAssignment[] = [];
  for (let at = script.indexOf(NAME); at >= 0; at = script.indexOf(NAME, at + NAME.length)) {
    if (at > 0 && !isBoundary(script[at - 1])) continue;
    const quotedWhole = script[at - 1] === '"' && isPrefixQuote(script, at - 1);
    const valueStart = at + NAME.length;
    const value = readValue(script, valueStart, quotedWhole);
    if (!value || !isOff(value.text)) continue;
    const assignment = quotedWhole ? at - 1 : at;
    const keyword = keywordBefore(script, assignment);
    const start = keyword ?? assignment;
    found.push({ start, end: value.end, removal: [start, removalEnd(script, value.end, keyword !== undefined)] });
  }
  return found;
}

/** Where a `set ` or `export ` keyword right before `index` starts (Windows `set`, POSIX `export`). */
function keywordBefore(script: string, index: number): number | undefined {
  let end = index;
  while (end > 0 && (script[end - 1] === ' ' || script[end - 1] === '\t')) end--;
  if (end === index) return undefined;
  for (const word of ['set', 'export']) {
    const start = end - word.length;
    if (start >= 0 && script.slice(start, end).toLowerCase() === word && isBoundary(script[start - 1])) return start;
  }
  return undefined;
}

function isBoundary(char: string | undefined): boolean {
  return char === undefined || /[\s;&|("']/u.test(char);
}

/** `set "NODE_TLS_REJECT_UNAUTHORIZED=0"`: a quote right before the name that opens the whole assignment. */
function isPrefixQuote(script: string, quote: number): boolean {
  return quote === 0 || /[\s;&|(]/u.test(script[quote - 1] ?? '');
}

function readValue(script: string, start: number, quotedWhole: boolean): { text: string; end: number } | undefined {
  const first = script[start];
  if (!quotedWhole && (first === '"' || first === "'")) {
    const close = script.indexOf(first, start + 1);
    if (close < 0) return undefined;
    return { text: script.slice(start + 1, close), end: close + 1 };
  }
  let end = start;
  while (end < script.length && !/[\s;&|)"]/u.test(script[end] ?? '')) end++;
  if (quotedWhole) {
    if (script[end] !== '"') return undefined;
    return { text: script.slice(start, end), end: end + 1 };
  }
  return { text: script.slice(start, end), end };
}

function isOff(value: string): boolean {
  return value === '0' || value === '';
}

/** After the assignment: blanks, then for `set`/`export` forms the `&&` or `;` that chains the next command. */
function removalEnd(script: string, end: number, joined: boolean): number {
  let i = end;
  while (script[i] === ' ' || script[i] === '\t') i++;
  if (joined) {
    if (script.startsWith('&&', i)) i += 2;
    else if (script[i] === ';') i++;
    while (script[i] === ' ' || script[i] === '\t') i++;
  }
  return i;
}
