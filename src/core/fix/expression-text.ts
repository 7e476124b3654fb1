/**
 * Whether a piece of text, put where an expression stands, stays one expression: brackets balance, strings and
 * templates close, and outside them there is no comment (`// x` would swallow the rest of the line), no `;`,
 * no top-level `,` (it would add an argument) and no dangling operator at either end. Conservative: a text it
 * rejects may still parse, a text it accepts is one expression or a syntax error caught before (unbalanced).
 */
export function isExpressionTemplate(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 500) return false;
  if (/^[*/%&|^=<>?:.,;)\]}]/.test(t) || /[+\-*/%&|^!~<>=?:.,;([{]$/.test(t)) return false;
  const closers: string[] = [];
  // Inside a template: the brace depth at which its `${` opened.
  const templates: number[] = [];
  let i = 0;
  while (i < t.length) {
    const ch = t.charAt(i);
    if (ch === '"' || ch === "'") {
      const end = stringEnd(t, i, ch);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    if (ch === '`' || (ch === '}' && templates.at(-1) === closers.length)) {
      if (ch === '}') templates.pop();
      const end = templateChunkEnd(t, i + 1);
      if (end < 0) return false;
      if (t.startsWith('${', end)) {
        templates.push(closers.length);
        i = end + 2;
      } else i = end + 1;
      continue;
    }
    if (ch === '/' && (t.charAt(i + 1) === '/' || t.charAt(i + 1) === '*')) return false;
    if ((ch === ';' && closers.at(-1) !== '}') || (ch === ',' && closers.length === 0)) return false;
    if (ch === '(' || ch === '[' || ch === '{') closers.push(ch === '(' ? ')' : ch === '[' ? ']' : '}');
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (closers.pop() !== ch) return false;
    }
    i++;
  }
  return closers.length === 0 && templates.length === 0;
}

/** Index of the quote that closes the string opened at `start`, or -1. */
function stringEnd(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') i++;
    else if (ch === quote) return i;
    else if (ch === '\n' || ch === '\r') return -1;
  }
  return -1;
}

/** From inside a template, the index of its closing backtick or of the next `${`, or -1. */
function templateChunkEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '`' || (ch === '$' && text.charAt(i + 1) === '{')) return i;
  }
  return -1;
}
