/**
 * The Bicep tokenizer: one pass over the text, never throws, linear in its length.
 *
 * Newlines are tokens (Bicep separates declarations, object properties and array items by them); a run of line
 * breaks, blanks and comments collapses into one `NewLine` token. Comments are collected apart from the tokens.
 * Strings with `${…}` interpolation are split into pieces (`StringLeft` `'a${`, `StringMiddle` `}b${`,
 * `StringRight` `}c'`) with the interpolated expressions tokenized in between, so the parser sees them as
 * ordinary tokens. `'''…'''` strings are verbatim (no escapes, no interpolation).
 */

export type TokenKind =
  | 'Identifier'
  | 'Number'
  | 'String'
  | 'StringLeft'
  | 'StringMiddle'
  | 'StringRight'
  | 'MultilineString'
  | 'Punctuator'
  | 'NewLine'
  | 'Unknown'
  | 'EOF';

export interface Token {
  readonly kind: TokenKind;
  /** The source text for punctuators and identifiers; the cooked (unescaped) text for string pieces. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** Set when the token is malformed (an unterminated string, a bad escape). */
  readonly error?: string; /** Set on a string piece that runs to the end of its line without its closing quote. */
  readonly unterminated?: true;
}

export interface RawComment {
  readonly type: 'Line' | 'Block';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface LexError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface Lexed {
  readonly tokens: Token[];
  readonly comments: RawComment[];
  readonly errors: LexError[];
}

/** Longest first, so `==` wins over `=` and `...` over `.`. */
const PUNCTUATORS = [
  '...',
  '==',
  '!=',
  '=~',
  '!~',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '=>',
  '::',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  '.',
  '?',
  '!',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '@',
  '|',
];

/** Punctuators by first character, longest first. */
const BY_FIRST = new Map<string, string[]>();
for (const p of PUNCTUATORS) BY_FIRST.set(p.charAt(0), [...(BY_FIRST.get(p.charAt(0)) ?? []), p]);

const CR = 13;
const LF = 10;
const QUOTE = 39;
const BACKSLASH = 92;
const DOLLAR = 36;
const OPEN_BRACE = 123;

const isIdentStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isIdentPart = (c: number): boolean => isIdentStart(c) || isDigit(c);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12 || c === 0xfeff || c === 0xa0;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

const SIMPLE_ESCAPES = new Map([
  ['\\', '\\'],
  ["'", "'"],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['$', '$'],
]);

export function tokenize(text: string): Lexed {
  const tokens: Token[] = [];
  const comments: RawComment[] = [];
  const errors: LexError[] = [];
  /** One entry per open interpolation: how many `{` are open inside it. */
  const holes: number[] = [];
  const n = text.length;
  let i = 0;

  const push = (token: Token): void => {
    tokens.push(token);
    if (token.error !== undefined) errors.push({ message: token.error, start: token.start, end: token.end });
  };

  const newline = (start: number, end: number): void => {
    const last = tokens.at(-1);
    if (last?.kind === 'NewLine') {
      tokens[tokens.length - 1] = { kind: 'NewLine', value: '', start: last.start, end };
    } else {
      tokens.push({ kind: 'NewLine', value: '', start, end });
    }
  };

  /** Scans string characters from `i` until `'`, `${`, a line break or the end; `start` is the piece's start. */
  const scanPiece = (start: number, opensWithQuote: boolean): void => {
    let cooked = '';
    let chunk = i;
    let error: string | undefined;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        cooked += text.slice(chunk, i);
        i++;
        push({
          kind: opensWithQuote ? 'String' : 'StringRight',
          value: cooked,
          start,
          end: i,
          ...(error ? { error } : {}),
        });
        return;
      }
      if (c === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE) {
        cooked += text.slice(chunk, i);
        i += 2;
        holes.push(0);
        push({
          kind: opensWithQuote ? 'StringLeft' : 'StringMiddle',
          value: cooked,
          start,
          end: i,
          ...(error ? { error } : {}),
        });
        return;
      }
      if (c === CR || c === LF) break;
      if (c === BACKSLASH) {
        cooked += text.slice(chunk, i);
        const next = text[i + 1];
        const escaped = next === undefined ? undefined : SIMPLE_ESCAPES.get(next);
        if (escaped !== undefined) {
          cooked += escaped;
          i += 2;
        } else if (next === 'u' && text[i + 2] === '{') {
          let j = i + 3;
          while (j < n && j - i < 12 && isHex(text.charCodeAt(j))) j++;
          const code = Number.parseInt(text.slice(i + 3, j), 16);
          if (text[j] === '}' && j > i + 3 && code <= 0x10ffff) {
            cooked += String.fromCodePoint(code);
            i = j + 1;
          } else {
            error ??= 'Invalid \\u{…} escape in a string.';
            i += 2;
          }
        } else {
          error ??= 'Invalid escape sequence in a string.';
          i += next === undefined || next === '\n' || next === '\r' ? 1 : 2;
        }
        chunk = i;
        continue;
      }
      i++;
    }
    cooked += text.slice(chunk, i);
    push({
      kind: opensWithQuote ? 'String' : 'StringRight',
      value: cooked,
      start,
      end: i,
      error: 'Unterminated string.',
      unterminated: true,
    });
    // An unterminated piece closes its interpolation too: the string cannot continue past the line.
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === CR || c === LF) {
      const start = i;
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      // An interpolation cannot span lines: a line break closes any open ones.
      holes.length = 0;
      newline(start, i);
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const start = i;
      i += 2;
      while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
      comments.push({ type: 'Line', value: text.slice(start + 2, i), start, end: i });
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const start = i;
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
      comments.push({ type: 'Block', value: text.slice(start + 2, close === -1 ? n : close), start, end: i });
      if (close === -1) errors.push({ message: 'Unterminated block comment.', start, end: n });
      continue;
    }
    if (c === QUOTE) {
      const start = i;
      if (text.startsWith("'''", i)) {
        const close = text.indexOf("'''", i + 3);
        if (close === -1) {
          i = n;
          push({
            kind: 'MultilineString',
            value: text.slice(start + 3),
            start,
            end: n,
            error: 'Unterminated multi-line string.',
          });
          continue;
        }
        // Extra quotes before the closing three belong to the content (`''''a''''` is `'a'`).
        let end = close + 3;
        while (end < n && text.charCodeAt(end) === QUOTE) end++;
        i = end;
        push({ kind: 'MultilineString', value: text.slice(start + 3, end - 3), start, end });
        continue;
      }
      i++;
      scanPiece(start, true);
      continue;
    }
    if (c === 125 /* } */ && holes.length > 0) {
      const depth = holes.at(-1) ?? 0;
      if (depth === 0) {
        holes.pop();
        const start = i;
        i++;
        scanPiece(start, false);
        continue;
      }
      holes[holes.length - 1] = depth - 1;
    } else if (c === OPEN_BRACE && holes.length > 0) {
      holes[holes.length - 1] = (holes.at(-1) ?? 0) + 1;
    }
    if (isIdentStart(c)) {
      const start = i;
      i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'Identifier', value: text.slice(start, i), start, end: i });
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      tokens.push({ kind: 'Number', value: text.slice(start, i), start, end: i });
      continue;
    }
    const punctuator = BY_FIRST.get(text.charAt(i))?.find((p) => p.length === 1 || text.startsWith(p, i));
    if (punctuator !== undefined) {
      tokens.push({ kind: 'Punctuator', value: punctuator, start: i, end: i + punctuator.length });
      i += punctuator.length;
      continue;
    }
    // Anything else (a stray `#`, `"`, a non-ASCII letter): one Unknown token per run of such characters.
    const start = i;
    const code = text.codePointAt(i) ?? c;
    i += code > 0xffff ? 2 : 1;
    const last = tokens.at(-1);
    if (last?.kind === 'Unknown' && last.end === start) {
      tokens[tokens.length - 1] = { kind: 'Unknown', value: text.slice(last.start, i), start: last.start, end: i };
      const lastError = errors.at(-1);
      if (lastError) errors[errors.length - 1] = { ...lastError, end: i };
    } else {
      push({ kind: 'Unknown', value: text.slice(start, i), start, end: i, error: 'Unexpected character.' });
    }
  }
  tokens.push({ kind: 'EOF', value: '', start: n, end: n });
  return { tokens, comments, errors };
}
