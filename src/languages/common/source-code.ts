import { parseDirective, parseRulesConfig } from './directives.js';
import { LineIndex } from './lines.js';
import type {
  Comment,
  Directive,
  FileProblem,
  InlineConfig,
  Position,
  Range,
  SourceLocation,
  SyntaxElement,
  VisitorKeys,
  VisitStep,
} from './types.js';

export interface TextSourceCodeInit<Root extends SyntaxElement> {
  text: string;
  ast: Root;
  comments: readonly Comment[];
  visitorKeys: VisitorKeys;
  /** The parser's line index for `text`, reused so lines are counted once. */
  lineIndex?: LineIndex;
}

/**
 * The `SourceCode` of a text language this plugin defines: text and lines, locations, parents, comments, inline
 * config and `eslint-disable` directives, and the traversal ESLint runs rules over. A language subclasses it only
 * to narrow the tree's types.
 */
export class TextSourceCode<Root extends SyntaxElement = SyntaxElement> {
  readonly text: string;
  readonly ast: Root;
  readonly comments: readonly Comment[];
  /** Mutable in type only: ESLint's `SourceCode` type asks for `string[]`. */
  readonly visitorKeys: Record<string, string[]>;
  readonly #index: LineIndex;
  #lines: string[] | undefined;
  #steps: VisitStep[] | undefined;
  readonly #parents = new WeakMap<SyntaxElement, SyntaxElement>();
  #configComments: Comment[] | undefined;

  constructor({ text, ast, comments, visitorKeys, lineIndex }: TextSourceCodeInit<Root>) {
    this.text = text;
    this.ast = ast;
    this.comments = comments;
    this.visitorKeys = Object.fromEntries(Object.entries(visitorKeys).map(([type, keys]) => [type, [...keys]]));
    this.#index = lineIndex?.text === text ? lineIndex : new LineIndex(text);
  }

  /** The text's lines without line breaks. */
  get lines(): string[] {
    this.#lines ??= this.#index.lines();
    return this.#lines;
  }

  /** The text of `node` (the whole file without one), widened by `before`/`after` characters. */
  getText(node?: SyntaxElement, before = 0, after = 0): string {
    if (!node) return this.text;
    return this.text.slice(Math.max(0, node.range[0] - before), node.range[1] + after);
  }

  getLoc(node: SyntaxElement): SourceLocation {
    return node.loc;
  }

  getRange(node: SyntaxElement): Range {
    return node.range;
  }

  getLocFromIndex(index: number): Position {
    return this.#index.position(index);
  }

  getIndexFromLoc(loc: Position): number {
    return this.#index.offset(loc);
  }

  getParent(node: SyntaxElement): SyntaxElement | undefined {
    this.#walk();
    return this.#parents.get(node);
  }

  /** The node's ancestors, outermost first (the root first), without the node itself. */
  getAncestors(node: SyntaxElement): SyntaxElement[] {
    const ancestors: SyntaxElement[] = [];
    for (let parent = this.getParent(node); parent; parent = this.getParent(parent)) ancestors.push(parent);
    return ancestors.reverse();
  }

  /** The enter/exit steps ESLint runs rules over, computed once (the tree never changes). */
  traverse(): Iterable<VisitStep> {
    return this.#walk();
  }

  /** Comments that hold an `eslint`, `eslint-disable*` or `eslint-enable` directive. */
  getInlineConfigNodes(): Comment[] {
    this.#configComments ??= this.comments.filter((comment) => parseDirective(comment.value) !== undefined);
    return this.#configComments;
  }

  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    const directives: Directive[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = parseDirective(comment.value);
      if (!parsed || parsed.label === 'eslint') continue;
      if (parsed.label === 'eslint-disable-line' && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({
          ruleId: null,
          message: 'eslint-disable-line comment should not span multiple lines.',
          loc: comment.loc,
        });
        continue;
      }
      const type = parsed.label.slice('eslint-'.length) as Directive['type'];
      directives.push({ type, node: comment, value: parsed.value, justification: parsed.justification });
    }
    return { directives, problems };
  }

  applyInlineConfig(): { configs: InlineConfig[]; problems: FileProblem[] } {
    const configs: InlineConfig[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const result = parseRulesConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.message, loc: comment.loc });
    }
    return { configs, problems };
  }

  /** Depth-first over the visitor keys without recursion (deep trees must not overflow the stack). */
  #walk(): VisitStep[] {
    if (this.#steps) return this.#steps;
    const steps: VisitStep[] = [];
    const stack: { node: SyntaxElement; parent: SyntaxElement | undefined; exit: boolean }[] = [
      { node: this.ast, parent: undefined, exit: false },
    ];
    while (stack.length > 0) {
      const frame = stack.pop();
      if (!frame) break;
      const { node, parent } = frame;
      if (frame.exit) {
        steps.push({ kind: 1, target: node, phase: 2, args: [node, parent] });
        continue;
      }
      if (parent) this.#parents.set(node, parent);
      steps.push({ kind: 1, target: node, phase: 1, args: [node, parent] });
      stack.push({ node, parent, exit: true });
      const children = childrenOf(node, this.visitorKeys);
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push({ node: child, parent: node, exit: false });
      }
    }
    this.#steps = steps;
    return steps;
  }
}

function childrenOf(node: SyntaxElement, visitorKeys: VisitorKeys): SyntaxElement[] {
  const children: SyntaxElement[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of visitorKeys[node.type] ?? []) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (isElement(item)) children.push(item);
    } else if (isElement(value)) {
      children.push(value);
    }
  }
  return children;
}

function isElement(value: unknown): value is SyntaxElement {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
