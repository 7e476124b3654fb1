import { isAsciiAlnum } from './names.js';

/**
 * What must hold around a word fact's hit in the text (facts.ts `WordFact.check`): a whole word, a whole string,
 * the start of a string's value. Each reads only the characters next to the hit, so the one pass stays linear.
 */

/** `text[start, end)` as a whole word (`env`): no name character (`[\w$]`) on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  return !isNameChar(text.charCodeAt(start - 1)) && !isNameChar(text.charCodeAt(end));
}

/** `text[start, end)` is a whole string: the same quote (`"`, `'` or a backquote) on either side. */
export function isQuotedWhole(text: string, start: number, end: number): boolean {
  const quote = text.charCodeAt(start - 1);
  return isQuote(quote) && text.charCodeAt(end) === quote;
}

/**
 * `text[start, end)` starts a string (a quote or backquote before it) and is followed by neither a name character
 * nor a quote: a string whose value starts with the word and then a space (or an escape) may have it there.
 */
export function startsString(text: string, start: number, end: number): boolean {
  if (!isQuote(text.charCodeAt(start - 1))) return false;
  const after = text.charCodeAt(end);
  return !isNameChar(after) && !isQuote(after);
}

/** The most characters looked back across for `startsValueAfterSpace` (more: assumed to start a value). */
const MAX_LEADING_SPACE = 256;

/**
 * `text[start, …)` may start a string or template's value once leading whitespace is trimmed: back across
 * whitespace (any non-ASCII character could be one) and the escapes `\n`, `\t`, `\r`, `\v`, `\f`, a quote.
 */
export function startsValueAfterSpace(text: string, start: number): boolean {
  let i = start - 1;
  for (let looked = 0; looked < MAX_LEADING_SPACE; looked++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) return true;
    if (c <= 32 || c >= 128) i--;
    else if ((c === 110 || c === 116 || c === 114 || c === 118 || c === 102) && text.charCodeAt(i - 1) === 92) i -= 2;
    else return false;
    if (i < 0) return false;
  }
  return true;
}

/** `"`, `'` or a backquote. */
function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

/** `[\w$]`: an ASCII letter or digit, `_` or `$`. */
function isNameChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 95 || c === 36;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `key` (any case) not followed by a letter, after a letter or digit (with one `-` or `_` between). */
export function isCompoundKeyName(text: string, start: number, end: number): boolean {
  if (isLetter(text.charCodeAt(end))) return false;
  let before = start - 1;
  const c = text.charCodeAt(before);
  if (c === 45 || c === 95) before--;
  return isAsciiAlnum(text.charCodeAt(before));
}
