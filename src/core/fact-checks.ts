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

/** The most characters a name spans (names.ts `nameWords` splits none longer). */
const MAX_NAME = 120;

/**
 * `key` (any case) that can end a compound key name (names.ts: a last word `key` after another word, or `apikey`,
 * `subscriptionkey`): no letter after it, and a letter or digit before it, directly (`speechKey`, `apikey`) or
 * across separators. In an identifier or a header name those are `_`, `-`, `$` and non-ASCII characters
 * (`SPEECH__KEY`, `speech$key`, `"speech-key"`); in a string any character but a quote or a line break, when `key`
 * ends the string's value (`"speech.key"`, `"Speech Key"`): a string is a slot's name only as a whole.
 */
export function isCompoundKeyName(text: string, start: number, end: number): boolean {
  if (isLetter(text.charCodeAt(end))) return false;
  const stop = start - MAX_NAME;
  let before = start - 1;
  while (before > stop && isNameSeparator(text.charCodeAt(before))) before--;
  if (isAsciiAlnum(text.charCodeAt(before))) return true;
  if (!endsStringValue(text, end)) return false;
  while (before > stop && isStringSeparator(text.charCodeAt(before))) before--;
  return isAsciiAlnum(text.charCodeAt(before));
}

/** A quote after `end`, past at most one digit and characters that are not letters, digits or line breaks. */
function endsStringValue(text: string, end: number): boolean {
  let i = end;
  if (isDigit(text.charCodeAt(i))) i++;
  for (; i <= end + MAX_NAME; i++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) return true;
    if (!isStringSeparator(c)) return false;
  }
  return false;
}

/** `_`, `-`, `$` or a non-ASCII character: what separates the words of an identifier or a header name. */
function isNameSeparator(c: number): boolean {
  return c === 95 || c === 45 || c === 36 || c >= 128;
}

/** A character of a string between words: not an ASCII letter or digit, a quote or a line break. */
function isStringSeparator(c: number): boolean {
  return c >= 0 && !isAsciiAlnum(c) && !isQuote(c) && c !== 10 && c !== 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
