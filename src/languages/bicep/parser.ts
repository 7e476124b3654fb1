import type * as AST from './ast.js';
import { LineIndex } from '../common/lines.js';
import { tokenize, type Token } from './tokens.js';

/**
 * A tolerant recursive-descent parser for Bicep (`.bicep` and `.bicepparam`), written from the language's published
 * grammar. It never throws and runs in linear time: what it cannot read becomes an `Invalid…` node and it resumes at
 * the next declaration boundary (a new line at nesting depth 0, or a declaration keyword at column 0), so a broken
 * or truncated file still yields every declaration before and after the damage. Nesting deeper than `MAX_DEPTH`
 * becomes one `InvalidExpression` over the skipped tokens instead of overflowing the stack.
 */

export const MAX_DEPTH = 200;

const DECLARATION_KEYWORDS = new Set([
  'targetScope',
  'metadata',
  'param',
  'var',
  'resource',
  'module',
  'output',
  'type',
  'func',
  'import',
  'using',
  'extends',
  'extension',
  'provider',
  'assert',
]);

const BINARY_PRECEDENCE: Readonly<Record<string, number>> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '==': 4,
  '!=': 4,
  '=~': 4,
  '!~': 4,
  '<': 5,
  '<=': 5,
  '>': 5,
  '>=': 5,
  '+': 6,
  '-': 6,
  '*': 7,
  '/': 7,
  '%': 7,
};

const OPENERS = new Set(['{', '[', '(']);
const CLOSERS = new Set(['}', ']', ')']);

/** Turns offsets into positions; the common `LineIndex` is one, so the SourceCode can reuse it. */
export interface PositionSource {
  position(offset: number): AST.Position;
}

type Distribute<T> = T extends AST.BaseNode ? Omit<T, 'range' | 'loc'> : never;

class Parser {
  private readonly tokens: Token[];
  private readonly lines: PositionSource;
  private readonly errors: AST.ParseError[] = [];
  private pos = 0;
  private depth = 0;
  /** End offset of the last consumed token. */
  private lastEnd = 0;

  constructor(
    private readonly text: string,
    lines: PositionSource | undefined,
  ) {
    const lexed = tokenize(text);
    this.tokens = lexed.tokens;
    this.lines = lines ?? new LineIndex(text);
    this.comments = lexed.comments.map((c) => ({
      type: c.type,
      value: c.value,
      range: [c.start, c.end],
      loc: this.locOf(c.start, c.end),
    }));
    for (const e of lexed.errors) this.error(e.message, e.start, e.end);
  }

  private readonly comments: AST.Comment[];

  // ------------------------------------------------------------------------------------------ positions

  private locOf(start: number, end: number): AST.SourceLocation {
    return { start: this.lines.position(start), end: this.lines.position(end) };
  }

  /** Adds `range` and `loc` to a fresh node literal (in place: copying every node costs more than parsing it). */
  private finish<T extends AST.BaseNode>(fields: Distribute<T>, start: number, end = this.lastEnd): T {
    const from = Math.min(start, end);
    const node = fields as unknown as T;
    node.range = [from, end];
    node.loc = this.locOf(from, end);
    return node;
  }

  private error(message: string, start: number, end = start): void {
    // One error per offset is enough: recovery can meet the same token twice.
    const last = this.errors.at(-1);
    if (last && last.range[0] === start && last.message === message) return;
    this.errors.push({ message, range: [start, end], loc: this.locOf(start, end) });
  }

  // ------------------------------------------------------------------------------------------ tokens

  private get tok(): Token {
    return this.tokens[this.pos] ?? (this.tokens.at(-1) as Token);
  }

  private peek(k = 1): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.tok;
    if (t.kind !== 'EOF') {
      this.pos++;
      this.lastEnd = t.end;
    }
    return t;
  }

  private is(value: string, t: Token = this.tok): boolean {
    return t.kind === 'Punctuator' && t.value === value;
  }

  private isWord(value: string, t: Token = this.tok): boolean {
    return t.kind === 'Identifier' && t.value === value;
  }

  private eat(value: string): boolean {
    if (!this.is(value)) return false;
    this.next();
    return true;
  }

  private expect(value: string): boolean {
    if (this.eat(value)) return true;
    this.error(`Expected '${value}'.`, this.tok.start);
    return false;
  }

  /** Skips line breaks inside a construct, but never into the next declaration (see `atBoundary`). */
  private skipNewlines(): void {
    while (this.tok.kind === 'NewLine' && !this.atBoundary()) this.next();
  }

  /** Skips every line break: between declarations and after decorators. */
  private skipAllNewlines(): void {
    while (this.tok.kind === 'NewLine') this.next();
  }

  /** Skips a line break only when `value` follows it: a missing closer must not pull in the next line. */
  private skipNewlinesBefore(value: string): void {
    if (this.tok.kind === 'NewLine' && this.is(value, this.nextSignificant())) this.next();
  }

  /** The index of the next token that is not a new line. */
  private nextSignificant(): Token {
    let k = this.pos;
    while (this.tokens[k]?.kind === 'NewLine') k++;
    return this.tokens[k] ?? (this.tokens.at(-1) as Token);
  }

  private atLineEnd(): boolean {
    return this.tok.kind === 'NewLine' || this.tok.kind === 'EOF';
  }

  /**
   * At a declaration keyword (or a decorator) first on its line at column 0 that is not an object key, or at the
   * line break before one: where an unfinished construct ends so the next declaration survives.
   */
  private atBoundary(): boolean {
    let k = this.pos;
    if (this.tokens[k]?.kind === 'NewLine') k++;
    const t = this.tokens[k];
    if (t === undefined || t.kind === 'EOF') return true;
    const keyword = (t.kind === 'Identifier' && DECLARATION_KEYWORDS.has(t.value)) || this.is('@', t);
    if (!keyword) return false;
    const before = this.tokens[k - 1];
    if (before !== undefined && before.kind !== 'NewLine') return false;
    const c = this.text.charCodeAt(t.start - 1);
    if (t.start > 0 && c !== 10 && c !== 13) return false;
    return !this.is(':', this.tokens[k + 1]);
  }

  /**
   * Skips tokens up to (not including) a new line, `,` or closer at nesting depth 0, or a declaration boundary;
   * returns whether it moved.
   */
  private skipToSeparator(stopAtComma: boolean, topLevel = false): boolean {
    const from = this.pos;
    let depth = 0;
    while (this.tok.kind !== 'EOF') {
      const t = this.tok;
      if (this.pos > from && this.atBoundary()) break;
      if (t.kind === 'NewLine' && depth <= 0) break;
      if (t.kind === 'Punctuator') {
        if (CLOSERS.has(t.value)) {
          // At the top level nothing encloses a stray closer: it is skipped with the rest of the line.
          if (depth <= 0 && !topLevel) break;
          depth = Math.max(0, depth - 1);
        } else if (OPENERS.has(t.value)) depth++;
        else if (t.value === ',' && stopAtComma && depth <= 0) break;
      }
      this.next();
    }
    return this.pos > from;
  }

  private invalid(message: string): AST.InvalidExpression {
    const start = this.tok.start;
    this.error(message, start, this.tok.end);
    const t = this.tok;
    const zeroWidth =
      t.kind === 'NewLine' || t.kind === 'EOF' || (t.kind === 'Punctuator' && /^[}\]),:=]$/.test(t.value));
    // Something missing sits right after the last token read, inside whatever node is being built.
    if (zeroWidth)
      return this.finish<AST.InvalidExpression>({ type: 'InvalidExpression', message }, this.lastEnd, this.lastEnd);
    this.next();
    return this.finish<AST.InvalidExpression>({ type: 'InvalidExpression', message }, start);
  }

  /** Past the depth limit: one invalid node over the whole nested construct. */
  private tooDeep(): AST.InvalidExpression {
    const start = this.tok.start;
    const message = `Nesting deeper than ${String(MAX_DEPTH)} levels is not parsed.`;
    this.error(message, start);
    if (!this.skipToSeparator(true)) this.next();
    return this.finish<AST.InvalidExpression>({ type: 'InvalidExpression', message }, start);
  }

  private identifier(): AST.Identifier | null {
    const t = this.tok;
    if (t.kind !== 'Identifier') return null;
    this.next();
    return this.finish<AST.Identifier>({ type: 'Identifier', name: t.value }, t.start);
  }

  private requireIdentifier(what: string): AST.Identifier {
    const id = this.identifier();
    if (id) return id;
    this.error(`Expected ${what}.`, this.tok.start);
    return this.finish<AST.Identifier>({ type: 'Identifier', name: '' }, this.lastEnd, this.lastEnd);
  }

  // ------------------------------------------------------------------------------------------ program

  parseFile(): AST.BicepFile {
    const body: AST.Statement[] = [];
    for (;;) {
      this.skipAllNewlines();
      if (this.tok.kind === 'EOF') break;
      const before = this.pos;
      body.push(this.statement());
      if (!this.atLineEnd() && !this.atBoundary()) {
        const start = this.tok.start;
        this.error('Expected a new line after the declaration.', start);
        if (!this.skipToSeparator(false, true)) this.next();
        body.push(
          this.finish<AST.InvalidStatement>({ type: 'InvalidStatement', message: 'Unexpected tokens.' }, start),
        );
      }
      // Closers at depth 0 stop skipToSeparator; consume them so the loop always advances.
      if (this.pos === before) this.next();
    }
    return {
      type: 'BicepFile',
      body,
      comments: this.comments,
      errors: this.errors,
      range: [0, this.text.length],
      loc: this.locOf(0, this.text.length),
    };
  }

  private decorators(): AST.Decorator[] {
    const decorators: AST.Decorator[] = [];
    while (this.is('@')) {
      const start = this.tok.start;
      this.next();
      const expression = this.postfix();
      decorators.push(this.finish<AST.Decorator>({ type: 'Decorator', expression }, start));
      this.skipAllNewlines();
    }
    return decorators;
  }

  private statement(): AST.Statement {
    const start = this.tok.start;
    const decorators = this.decorators();
    const t = this.tok;
    const keyword = t.kind === 'Identifier' ? t.value : '';
    if (keyword !== '' && DECLARATION_KEYWORDS.has(keyword)) {
      this.next();
      const declaration = this.declaration(keyword, start, decorators);
      if (declaration) return declaration;
    }
    const message =
      decorators.length > 0 && this.atLineEnd()
        ? 'Expected a declaration after the decorators.'
        : 'Expected a declaration.';
    this.error(message, this.tok.start, this.tok.end);
    if (!this.skipToSeparator(false, true)) this.next();
    return this.finish<AST.InvalidStatement>({ type: 'InvalidStatement', message }, start);
  }

  private declaration(keyword: string, start: number, decorators: AST.Decorator[]): AST.Statement | null {
    switch (keyword) {
      case 'targetScope': {
        this.expect('=');
        return this.finish<AST.TargetScopeDeclaration>(
          { type: 'TargetScopeDeclaration', decorators, value: this.expression() },
          start,
        );
      }
      case 'metadata':
      case 'assert': {
        const id = this.requireIdentifier('a name');
        this.expect('=');
        const value = this.expression();
        return keyword === 'metadata'
          ? this.finish<AST.MetadataDeclaration>({ type: 'MetadataDeclaration', decorators, id, value }, start)
          : this.finish<AST.AssertDeclaration>({ type: 'AssertDeclaration', decorators, id, value }, start);
      }
      case 'param': {
        const id = this.requireIdentifier('a parameter name');
        const typeAnnotation = this.is('=') || this.atLineEnd() ? null : this.typeOrResource();
        if (typeAnnotation === null && this.atLineEnd()) this.error('Expected a parameter type.', this.tok.start);
        const value = this.eat('=') ? this.expression() : null;
        return this.finish<AST.ParameterDeclaration>(
          { type: 'ParameterDeclaration', decorators, id, typeAnnotation, default: value },
          start,
        );
      }
      case 'var': {
        const id = this.requireIdentifier('a variable name');
        const typeAnnotation = this.is('=') || this.atLineEnd() ? null : this.type();
        this.expect('=');
        const init = this.expression();
        return this.finish<AST.VariableDeclaration>(
          { type: 'VariableDeclaration', decorators, id, typeAnnotation, init },
          start,
        );
      }
      case 'output': {
        const id = this.requireIdentifier('an output name');
        const typeAnnotation = this.is('=') ? null : this.typeOrResource();
        this.expect('=');
        const value = this.expression();
        return this.finish<AST.OutputDeclaration>(
          { type: 'OutputDeclaration', decorators, id, typeAnnotation, value },
          start,
        );
      }
      case 'resource':
        return this.resource(start, decorators);
      case 'module': {
        const id = this.requireIdentifier('a module name');
        const source = this.string('a module path');
        this.expect('=');
        const body = this.declarationBody();
        return this.finish<AST.ModuleDeclaration>({ type: 'ModuleDeclaration', decorators, id, source, body }, start);
      }
      case 'type': {
        const id = this.requireIdentifier('a type name');
        this.expect('=');
        return this.finish<AST.TypeDeclaration>({ type: 'TypeDeclaration', decorators, id, value: this.type() }, start);
      }
      case 'func':
        return this.func(start, decorators);
      case 'import':
      case 'provider':
      case 'extension':
        return this.importDeclaration(keyword, start, decorators);
      case 'using':
      case 'extends': {
        const source = this.isWord('none') ? (this.next(), null) : this.string('a file path');
        return this.finish<AST.UsingDeclaration>({ type: 'UsingDeclaration', decorators, keyword, source }, start);
      }
      default:
        return null;
    }
  }

  private resource(start: number, decorators: AST.Decorator[]): AST.ResourceDeclaration {
    const id = this.requireIdentifier('a resource name');
    const resourceType = this.string('a resource type');
    const existing = this.isWord('existing');
    if (existing) this.next();
    this.expect('=');
    const body = this.declarationBody();
    return this.finish<AST.ResourceDeclaration>(
      { type: 'ResourceDeclaration', decorators, id, resourceType, existing, body },
      start,
    );
  }

  /** The value of a resource or module: `{ … }`, `if (…) { … }` or `[for …]`. */
  private declarationBody(): AST.Expression {
    if (this.isWord('if') && this.is('(', this.peek())) return this.ifExpression();
    return this.expression();
  }

  private ifExpression(): AST.IfExpression {
    const start = this.tok.start;
    this.next();
    this.expect('(');
    this.skipNewlines();
    const test = this.expression();
    this.skipNewlinesBefore(')');
    this.expect(')');
    const body = this.expression();
    return this.finish<AST.IfExpression>({ type: 'IfExpression', test, body }, start);
  }

  private func(start: number, decorators: AST.Decorator[]): AST.FunctionDeclaration {
    const id = this.requireIdentifier('a function name');
    const params: AST.FunctionParameter[] = [];
    if (this.expect('(')) {
      for (;;) {
        this.skipNewlines();
        if (this.eat(')') || this.tok.kind === 'EOF') break;
        const paramStart = this.tok.start;
        const before = this.pos;
        const name = this.requireIdentifier('a parameter name');
        const typeAnnotation = this.is(',') || this.is(')') ? null : this.type();
        params.push(
          this.finish<AST.FunctionParameter>({ type: 'FunctionParameter', id: name, typeAnnotation }, paramStart),
        );
        this.skipNewlines();
        if (this.eat(',')) continue;
        if (this.eat(')')) break;
        this.error("Expected ',' or ')'.", this.tok.start);
        if (this.pos === before || this.atBoundary()) break;
      }
    }
    const returnType = this.is('=>') ? null : this.type();
    this.expect('=>');
    this.skipNewlines();
    const body = this.expression();
    return this.finish<AST.FunctionDeclaration>(
      { type: 'FunctionDeclaration', decorators, id, params, returnType, body },
      start,
    );
  }

  private importDeclaration(
    keyword: 'import' | 'provider' | 'extension',
    start: number,
    decorators: AST.Decorator[],
  ): AST.ImportDeclaration {
    const specifiers: AST.ImportSpecifier[] = [];
    let namespace: AST.Identifier | null = null;
    let config: AST.Expression | null = null;
    let alias: AST.Identifier | null = null;
    if (this.is('*')) {
      this.next();
      if (this.isWord('as')) this.next();
      namespace = this.requireIdentifier('a namespace name');
    } else if (this.is('{')) {
      this.next();
      for (;;) {
        this.skipNewlines();
        if (this.eat('}') || this.atBoundary()) break;
        const specStart = this.tok.start;
        const imported = this.tok.kind === 'Identifier' ? this.identifier() : this.stringOrNull();
        if (!imported) {
          this.error('Expected an imported name.', this.tok.start);
          if (!this.skipToSeparator(true)) break;
          continue;
        }
        // `{ a }` imports `a` as `a`: a second node over the same text, as ESTree does for shorthand specifiers.
        let local = imported.type === 'Identifier' ? { ...imported } : null;
        if (this.isWord('as')) {
          this.next();
          local = this.requireIdentifier('a local name');
        }
        local ??= this.requireIdentifier("'as' and a local name");
        specifiers.push(this.finish<AST.ImportSpecifier>({ type: 'ImportSpecifier', imported, local }, specStart));
        this.skipNewlines();
        if (this.eat(',')) continue;
        if (this.eat('}')) break;
        this.error("Expected ',' or '}'.", this.tok.start);
        if (!this.skipToSeparator(true)) break;
      }
    }
    if (this.isWord('from')) this.next();
    const source =
      this.tok.kind === 'Identifier' && !this.isWord('with') && !this.isWord('as')
        ? this.identifier()
        : this.stringOrNull();
    if (!source) this.error('Expected the imported file or extension.', this.tok.start);
    if (this.isWord('with')) {
      this.next();
      config = this.expression();
    }
    if (this.isWord('as')) {
      this.next();
      alias = this.requireIdentifier('an alias');
    }
    return this.finish<AST.ImportDeclaration>(
      { type: 'ImportDeclaration', decorators, keyword, specifiers, namespace, source, config, alias },
      start,
    );
  }

  // ------------------------------------------------------------------------------------------ strings

  private stringOrNull(): AST.StringNode | null {
    const t = this.tok;
    if (t.kind === 'String' || t.kind === 'MultilineString') {
      this.next();
      return this.finish<AST.Literal & { value: string }>(
        {
          type: 'Literal',
          value: t.value,
          raw: this.text.slice(t.start, t.end),
          ...(t.kind === 'MultilineString' ? { multiline: true } : {}),
        },
        t.start,
      );
    }
    if (t.kind === 'StringLeft') return this.template();
    return null;
  }

  private string(what: string): AST.StringNode {
    const s = this.stringOrNull();
    if (s) return s;
    this.error(`Expected ${what}.`, this.tok.start);
    return this.finish<AST.Literal & { value: string }>(
      { type: 'Literal', value: '', raw: '' },
      this.lastEnd,
      this.lastEnd,
    );
  }

  private template(): AST.TemplateString {
    const start = this.tok.start;
    const first = this.next();
    const quasis = [first.value];
    // A piece's text sits after its opening `'` or `}` and before its `${` (2) or closing `'` (1, when closed).
    const quasiRanges: [number, number][] = [[first.start + 1, first.end - 2]];
    const expressions: AST.Expression[] = [];
    for (;;) {
      expressions.push(
        this.tok.kind === 'StringMiddle' || this.tok.kind === 'StringRight'
          ? this.invalid('Expected an expression in ${}.')
          : this.expression(),
      );
      const t = this.tok;
      if (t.kind === 'StringMiddle' || t.kind === 'StringRight') {
        this.next();
        quasis.push(t.value);
        const close = t.kind === 'StringMiddle' ? 2 : t.unterminated ? 0 : 1;
        quasiRanges.push([t.start + 1, t.end - close]);
        if (t.kind === 'StringMiddle') continue;
        break;
      }
      this.error("Expected '}' to close the interpolation.", t.start);
      quasis.push('');
      quasiRanges.push([this.lastEnd, this.lastEnd]);
      break;
    }
    return this.finish<AST.TemplateString>({ type: 'TemplateString', quasis, quasiRanges, expressions }, start);
  }

  // ------------------------------------------------------------------------------------------ expressions

  expression(): AST.Expression {
    if (this.depth >= MAX_DEPTH) return this.tooDeep();
    this.depth++;
    try {
      return this.conditional();
    } finally {
      this.depth--;
    }
  }

  private conditional(): AST.Expression {
    const start = this.tok.start;
    const test = this.binary(1);
    if (!this.is('?') && !this.is('?', this.nextSignificant())) return test;
    this.skipNewlines();
    this.next();
    this.skipNewlines();
    const consequent = this.expression();
    this.skipNewlinesBefore(':');
    let alternate: AST.Expression;
    if (this.expect(':')) {
      this.skipNewlines();
      alternate = this.expression();
    } else {
      alternate = this.invalid('Expected an expression.');
    }
    return this.finish<AST.ConditionalExpression>(
      { type: 'ConditionalExpression', test, consequent, alternate },
      start,
    );
  }

  private binary(minPrecedence: number): AST.Expression {
    const start = this.tok.start;
    let left = this.unary();
    for (;;) {
      const t = this.tok;
      const precedence = t.kind === 'Punctuator' ? BINARY_PRECEDENCE[t.value] : undefined;
      if (precedence === undefined || precedence < minPrecedence) return left;
      this.next();
      this.skipNewlines();
      const right = this.binary(precedence + 1);
      left = this.finish<AST.BinaryExpression>(
        { type: 'BinaryExpression', operator: t.value as AST.BinaryOperator, left, right },
        start,
      );
    }
  }

  private unary(): AST.Expression {
    const t = this.tok;
    if (t.kind === 'Punctuator' && (t.value === '!' || t.value === '-' || t.value === '+')) {
      if (this.depth >= MAX_DEPTH) return this.tooDeep();
      this.depth++;
      try {
        this.next();
        const argument = this.unary();
        return this.finish<AST.UnaryExpression>({ type: 'UnaryExpression', operator: t.value, argument }, t.start);
      } finally {
        this.depth--;
      }
    }
    return this.postfix();
  }

  private postfix(): AST.Expression {
    const start = this.tok.start;
    let expression = this.primary();
    for (;;) {
      if (this.is('.') || this.is('::')) {
        const accessor = this.next().value;
        const safe = accessor === '.' && this.eat('?');
        const property = this.requireIdentifier('a property name');
        const operator = accessor === '::' ? '::' : safe ? '.?' : '.';
        expression = this.finish<AST.MemberExpression>(
          { type: 'MemberExpression', object: expression, property, operator },
          start,
        );
        if (property.name === '') return expression;
      } else if (this.is('[')) {
        this.next();
        const safe = this.eat('?');
        this.skipNewlines();
        const index = this.expression();
        this.skipNewlinesBefore(']');
        this.expect(']');
        expression = this.finish<AST.IndexExpression>(
          { type: 'IndexExpression', object: expression, index, safe },
          start,
        );
      } else if (this.is('!')) {
        this.next();
        expression = this.finish<AST.NonNullExpression>({ type: 'NonNullExpression', expression }, start);
      } else if (this.is('(') && (expression.type === 'Identifier' || expression.type === 'MemberExpression')) {
        const args = this.argumentList();
        expression = this.finish<AST.CallExpression>(
          { type: 'CallExpression', callee: expression, arguments: args },
          start,
        );
      } else {
        return expression;
      }
    }
  }

  private argumentList(): AST.Expression[] {
    this.next();
    const args: AST.Expression[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.eat(')')) return args;
      if (this.tok.kind === 'EOF' || this.atBoundary()) {
        this.error("Expected ')'.", this.tok.start);
        return args;
      }
      const before = this.pos;
      args.push(this.expression());
      this.skipNewlines();
      if (this.eat(',')) continue;
      if (this.eat(')')) return args;
      this.error("Expected ',' or ')'.", this.tok.start);
      if (!this.skipToSeparator(true) && this.pos === before) this.next();
      if (this.is(']') || this.is('}')) return args;
    }
  }

  private primary(): AST.Expression {
    const t = this.tok;
    switch (t.kind) {
      case 'Number':
        this.next();
        return this.finish<AST.Literal>({ type: 'Literal', value: Number(t.value), raw: t.value }, t.start);
      case 'String':
      case 'MultilineString':
      case 'StringLeft':
        return this.stringOrNull() as AST.StringNode;
      case 'Identifier': {
        if (this.is('=>', this.peek())) return this.lambda();
        this.next();
        if (t.value === 'true' || t.value === 'false') {
          return this.finish<AST.Literal>({ type: 'Literal', value: t.value === 'true', raw: t.value }, t.start);
        }
        if (t.value === 'null')
          return this.finish<AST.Literal>({ type: 'Literal', value: null, raw: t.value }, t.start);
        return this.finish<AST.Identifier>({ type: 'Identifier', name: t.value }, t.start);
      }
      case 'Punctuator':
        if (t.value === '{') return this.object();
        if (t.value === '[') return this.array();
        if (t.value === '(') return this.isLambdaAhead() ? this.lambda() : this.parenthesized();
        return this.invalid('Expected an expression.');
      default:
        return this.invalid('Expected an expression.');
    }
  }

  private parenthesized(): AST.Expression {
    this.next();
    this.skipNewlines();
    const inner = this.expression();
    this.skipNewlinesBefore(')');
    this.expect(')');
    return inner;
  }

  /** `(`, then identifiers and commas, then `)` `=>`: looks at most as far as the parameter list. */
  private isLambdaAhead(): boolean {
    let k = this.pos + 1;
    for (;;) {
      const t = this.tokens[k];
      if (t === undefined) return false;
      if (t.kind === 'Identifier' || t.kind === 'NewLine' || this.is(',', t)) {
        k++;
        continue;
      }
      return this.is(')', t) && this.is('=>', this.tokens[k + 1]);
    }
  }

  private lambda(): AST.LambdaExpression {
    const start = this.tok.start;
    const params: AST.Identifier[] = [];
    if (this.eat('(')) {
      for (;;) {
        this.skipNewlines();
        const id = this.identifier();
        if (id) params.push(id);
        this.skipNewlines();
        if (!this.eat(',')) break;
      }
      this.expect(')');
    } else {
      params.push(this.requireIdentifier('a parameter'));
    }
    this.expect('=>');
    this.skipNewlines();
    const body = this.expression();
    return this.finish<AST.LambdaExpression>({ type: 'LambdaExpression', params, body }, start);
  }

  private object(): AST.ObjectExpression {
    const start = this.tok.start;
    this.next();
    const properties: AST.ObjectExpression['properties'] = [];
    for (;;) {
      while (this.tok.kind === 'NewLine' || this.is(',')) this.next();
      if (this.eat('}')) break;
      if (this.atBoundary()) {
        this.error("Expected '}' to close the object.", this.tok.start);
        break;
      }
      if (this.is(']') || this.is(')')) {
        this.error("Expected '}' to close the object.", this.tok.start);
        break;
      }
      const before = this.pos;
      const property = this.objectMember();
      properties.push(property);
      if (this.atLineEnd() || this.is(',') || this.is('}') || this.is(']') || this.is(')') || this.atBoundary())
        continue;
      this.error('Expected a new line or a comma after the property.', this.tok.start);
      if (!this.skipToSeparator(true) && this.pos === before) this.next();
    }
    return this.finish<AST.ObjectExpression>({ type: 'ObjectExpression', properties }, start);
  }

  private objectMember(): AST.ObjectExpression['properties'][number] {
    const start = this.tok.start;
    if (this.is('...')) {
      this.next();
      const argument = this.expression();
      return this.finish<AST.SpreadElement>({ type: 'SpreadElement', argument }, start);
    }
    const decorators = this.decorators();
    if (this.isWord('resource') && this.peek().kind === 'Identifier') {
      this.next();
      return this.resource(start, decorators);
    }
    const key = this.tok.kind === 'Identifier' ? this.identifier() : this.stringOrNull();
    if (!key) {
      const message = 'Expected a property name.';
      this.error(message, this.tok.start, this.tok.end);
      if (!this.skipToSeparator(true)) this.next();
      return this.finish<AST.InvalidExpression>({ type: 'InvalidExpression', message }, start);
    }
    const value = this.expect(':') ? this.expression() : this.invalid('Expected a property value.');
    return this.finish<AST.ObjectProperty>({ type: 'ObjectProperty', decorators, key, value }, start);
  }

  private array(): AST.ArrayExpression | AST.ForExpression {
    const start = this.tok.start;
    this.next();
    this.skipNewlines();
    if (this.isWord('for') && (this.peek().kind === 'Identifier' || this.is('(', this.peek())))
      return this.forExpression(start);
    const elements: AST.ArrayExpression['elements'] = [];
    for (;;) {
      while (this.tok.kind === 'NewLine' || this.is(',')) this.next();
      if (this.eat(']')) break;
      if (this.atBoundary() || this.is('}') || this.is(')')) {
        this.error("Expected ']' to close the array.", this.tok.start);
        break;
      }
      const before = this.pos;
      if (this.is('...')) {
        const spreadStart = this.tok.start;
        this.next();
        const argument = this.expression();
        elements.push(this.finish<AST.SpreadElement>({ type: 'SpreadElement', argument }, spreadStart));
      } else {
        elements.push(this.expression());
      }
      if (this.atLineEnd() || this.is(',') || this.is(']') || this.is('}') || this.is(')') || this.atBoundary())
        continue;
      this.error('Expected a new line or a comma after the item.', this.tok.start);
      if (!this.skipToSeparator(true) && this.pos === before) this.next();
    }
    return this.finish<AST.ArrayExpression>({ type: 'ArrayExpression', elements }, start);
  }

  private forExpression(start: number): AST.ForExpression {
    this.next();
    let item: AST.Identifier | null;
    let index: AST.Identifier | null = null;
    if (this.eat('(')) {
      item = this.identifier();
      if (this.eat(',')) index = this.identifier();
      this.expect(')');
    } else {
      item = this.identifier();
    }
    if (this.isWord('in')) this.next();
    else this.error("Expected 'in'.", this.tok.start);
    const iterable = this.expression();
    this.expect(':');
    this.skipNewlines();
    const body = this.declarationBody();
    this.skipNewlinesBefore(']');
    if (!this.eat(']')) this.error("Expected ']' to close the loop.", this.tok.start);
    return this.finish<AST.ForExpression>({ type: 'ForExpression', item, index, iterable, body }, start);
  }

  // ------------------------------------------------------------------------------------------ types

  private typeOrResource(): AST.TypeNode {
    const t = this.tok;
    const next = this.peek();
    if (this.isWord('resource') && (next.kind === 'String' || next.kind === 'StringLeft')) {
      this.next();
      const resourceType = this.string('a resource type');
      return this.finish<AST.ResourceType>({ type: 'ResourceType', resourceType }, t.start);
    }
    return this.type();
  }

  type(): AST.TypeNode {
    if (this.depth >= MAX_DEPTH) return this.tooDeep();
    this.depth++;
    try {
      return this.unionType();
    } finally {
      this.depth--;
    }
  }

  private unionType(): AST.TypeNode {
    if (this.tok.kind === 'NewLine' && this.is('|', this.nextSignificant())) this.skipNewlines();
    const start = this.tok.start;
    const leading = this.eat('|');
    const first = this.postfixType();
    const types = [first];
    while (this.is('|') || this.is('|', this.nextSignificant())) {
      this.skipNewlines();
      this.next();
      this.skipNewlines();
      types.push(this.postfixType());
    }
    if (types.length === 1 && !leading) return first;
    return this.finish<AST.UnionType>({ type: 'UnionType', types }, start);
  }

  private postfixType(): AST.TypeNode {
    const start = this.tok.start;
    let type = this.primaryType();
    for (;;) {
      if (this.is('[') && this.is(']', this.peek())) {
        this.next();
        this.next();
        type = this.finish<AST.ArrayType>({ type: 'ArrayType', elementType: type }, start);
      } else if (this.is('?')) {
        this.next();
        type = this.finish<AST.NullableType>({ type: 'NullableType', typeAnnotation: type }, start);
      } else {
        return type;
      }
    }
  }

  private primaryType(): AST.TypeNode {
    const t = this.tok;
    if (t.kind === 'Identifier' && t.value !== 'true' && t.value !== 'false' && t.value !== 'null') {
      let name: AST.Identifier | AST.MemberExpression = this.identifier() as AST.Identifier;
      while (this.is('.') && this.peek().kind === 'Identifier') {
        this.next();
        const property = this.identifier() as AST.Identifier;
        name = this.finish<AST.MemberExpression>(
          { type: 'MemberExpression', object: name, property, operator: '.' },
          t.start,
        );
      }
      const typeArguments: AST.TypeNode[] = [];
      let member: AST.Identifier | null = null;
      if (this.eat('<')) {
        for (;;) {
          typeArguments.push(this.type());
          if (!this.eat(',')) break;
        }
        this.expect('>');
        if (this.eat('.')) member = this.requireIdentifier('a property name');
      }
      return this.finish<AST.TypeReference>({ type: 'TypeReference', name, typeArguments, member }, t.start);
    }
    if (
      t.kind === 'Identifier' ||
      t.kind === 'Number' ||
      t.kind === 'String' ||
      t.kind === 'MultilineString' ||
      t.kind === 'StringLeft' ||
      (this.is('-') && this.peek().kind === 'Number')
    ) {
      const literal = this.unary() as AST.Literal | AST.UnaryExpression;
      return this.finish<AST.LiteralType>({ type: 'LiteralType', literal }, t.start);
    }
    if (this.is('{')) return this.objectType();
    if (this.is('[')) return this.tupleType();
    if (this.is('(')) {
      this.next();
      this.skipNewlines();
      const inner = this.type();
      this.skipNewlinesBefore(')');
      this.expect(')');
      return inner;
    }
    return this.invalid('Expected a type.');
  }

  private objectType(): AST.ObjectType {
    const start = this.tok.start;
    this.next();
    const properties: AST.ObjectType['properties'] = [];
    for (;;) {
      while (this.tok.kind === 'NewLine' || this.is(',')) this.next();
      if (this.eat('}')) break;
      if (this.atBoundary() || this.is(']') || this.is(')')) {
        this.error("Expected '}' to close the object type.", this.tok.start);
        break;
      }
      const before = this.pos;
      const propertyStart = this.tok.start;
      const decorators = this.decorators();
      const key =
        this.tok.kind === 'Identifier'
          ? this.identifier()
          : this.is('*')
            ? (this.next(), this.finish<AST.Identifier>({ type: 'Identifier', name: '*' }, propertyStart))
            : this.stringOrNull();
      if (!key) {
        const message = 'Expected a property name.';
        this.error(message, this.tok.start, this.tok.end);
        if (!this.skipToSeparator(true) && this.pos === before) this.next();
        properties.push(this.finish<AST.InvalidExpression>({ type: 'InvalidExpression', message }, propertyStart));
        continue;
      }
      const optional = this.eat('?');
      const value = this.expect(':') ? this.type() : this.invalid('Expected a property type.');
      properties.push(
        this.finish<AST.ObjectTypeProperty>(
          { type: 'ObjectTypeProperty', decorators, key, optional, value },
          propertyStart,
        ),
      );
      if (this.atLineEnd() || this.is(',') || this.is('}')) continue;
      this.error('Expected a new line or a comma after the property.', this.tok.start);
      if (!this.skipToSeparator(true) && this.pos === before) this.next();
    }
    return this.finish<AST.ObjectType>({ type: 'ObjectType', properties }, start);
  }

  private tupleType(): AST.TupleType {
    const start = this.tok.start;
    this.next();
    const elementTypes: AST.TypeNode[] = [];
    for (;;) {
      while (this.tok.kind === 'NewLine' || this.is(',')) this.next();
      if (this.eat(']')) break;
      if (this.atBoundary() || this.is('}') || this.is(')')) {
        this.error("Expected ']' to close the tuple type.", this.tok.start);
        break;
      }
      const before = this.pos;
      this.decorators();
      elementTypes.push(this.type());
      if (this.atLineEnd() || this.is(',') || this.is(']')) continue;
      this.error('Expected a new line or a comma after the item.', this.tok.start);
      if (!this.skipToSeparator(true) && this.pos === before) this.next();
    }
    return this.finish<AST.TupleType>({ type: 'TupleType', elementTypes }, start);
  }
}

/** Parses Bicep text; never throws. `lines` maps offsets to positions (built from the text when not given). */
export function parseBicep(text: string, lines?: PositionSource): AST.BicepFile {
  try {
    return new Parser(text, lines).parseFile();
  } catch (error) {
    // Defence in depth: a bug in the parser must not take the lint run down. The text still gets a BicepFile.
    const end = text.length;
    const loc = { start: { line: 1, column: 0 }, end: new LineIndex(text).position(end) };
    const message = `Internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return {
      type: 'BicepFile',
      body: [],
      comments: [],
      errors: [{ message, range: [0, end], loc }],
      range: [0, end],
      loc,
    };
  }
}
