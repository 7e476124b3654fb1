// Pathological Bicep inputs shared by the parser's and the rules' hardening tests.

export const MB = 1_000_000;
export const rep = (s: string, total = MB): string => s.repeat(Math.ceil(total / s.length)).slice(0, total);
export const deep = (open: string, middle: string, close: string, n = 10_000): string =>
  open.repeat(n) + middle + close.repeat(n);

/** Each input ends with `var after = 1` (except the unterminated ones): the declaration after the damage. */
export const INPUTS: readonly [string, () => string][] = [
  ['nested arrays (10k)', () => `var a = ${deep('[', '1', ']')}\nvar after = 1`],
  ['nested objects (10k)', () => `var a = ${deep('{ a: ', '1', ' }')}\nvar after = 1`],
  ['nested parentheses (10k)', () => `var a = ${deep('(', '1', ')')}\nvar after = 1`],
  ['nested calls (10k)', () => `var a = ${deep('f(', '1', ')')}\nvar after = 1`],
  ['unary chain (10k)', () => `var a = ${'!'.repeat(10_000)}x\nvar after = 1`],
  ['ternary chain (10k)', () => `var a = ${'c ? 1 : '.repeat(10_000)}0\nvar after = 1`],
  ['lambda chain (10k)', () => `var a = ${'x => '.repeat(10_000)}x\nvar after = 1`],
  ['nested interpolation (10k)', () => `var a = ${deep("'${", 'x', "}'")}\nvar after = 1`],
  ['nested object types (10k)', () => `type t = ${deep('{ a: ', 'string', ' }')}\nvar after = 1`],
  ['nested union parentheses (10k)', () => `type t = ${deep('(', "'a' | 'b'", ')')}\nvar after = 1`],
  ['nested for loops (10k)', () => `var a = ${deep('[for x in xs: ', 'x', ']')}\nvar after = 1`],
  ['unclosed brackets (10k)', () => `var a = ${'[{('.repeat(10_000)}\nvar after = 1`],
  ['stray closers (100k)', () => `${rep(')]}', 100_000)}\nvar after = 1`],
  ['member chain (100k)', () => `var a = x${'.b'.repeat(100_000)}\nvar after = 1`],
  ['binary chain (100k)', () => `var a = ${'x + '.repeat(100_000)}1\nvar after = 1`],
  ['?? chain (100k)', () => `var a = ${'x.?y ?? '.repeat(100_000)}1\nvar after = 1`],
  ['1 MB single-line string', () => `var a = '${rep('a\\n')}'\nvar after = 1`],
  ["1 MB '''multi-line''' string", () => `var a = '''${rep("x\n'")}'''\nvar after = 1`],
  ['1 MB unterminated string', () => `var a = '${rep('ab')}`],
  ['1 MB of interpolations', () => `var a = '${rep('${x}')}'\nvar after = 1`],
  ['1 MB of ${ openers', () => `var a = '${rep('${')}\nvar after = 1`],
  ['1 MB line comment', () => `// ${rep('x')}\nvar after = 1`],
  ['1 MB block comment of stars', () => `/*${rep('*')}*/\nvar after = 1`],
  ['1 MB unterminated block comment', () => `var after = 1\n/*${rep('*/'.slice(0, 1))}`],
  ['1 MB of blank lines (CRLF)', () => `${rep('\r\n')}var after = 1`],
  ['1 MB of decorators', () => `${rep('@secure()\n')}param after string`],
  ['1 MB object', () => `var a = {\n${rep('  k: 1\n')}}\nvar after = 1`],
  ['1 MB array of strings', () => `var a = [${rep("'x', ")}]\nvar after = 1`],
  ['1 MB of backslashes in a string', () => `var a = '${rep('\\')}'\nvar after = 1`],
  ['1 MB of \\u{ escapes', () => `var a = '${rep('\\u{')}'\nvar after = 1`],
  ['1 MB of unknown characters', () => `${rep('#"`~')}\nvar after = 1`],
  ['1 MB of lambda-like parentheses', () => `var a = (${rep('a, ')}\nvar after = 1`],
  ['1 MB of keywords at column 0', () => `${'param\n'.repeat(MB / 6)}var after = 1`],
];
