import type { TSESLint } from '@typescript-eslint/utils';
import { LineIndex } from './lines.js';
import type { Range } from './types.js';

/**
 * What a rule of a data-file language (JSON from @eslint/json, dotenv, Bicep) needs of its context: the text,
 * positions from offsets, the file name and `report`. typescript-eslint's RuleContext types `sourceCode` as
 * JavaScript's; these languages' SourceCode objects have the same members under other types, so the seam is here.
 */
export interface TextSource {
  readonly text: string;
  readonly ast: unknown;
  getLocFromIndex(index: number): { line: number; column: number };
}

export interface TextReport<MessageIds extends string> {
  readonly range: Range | readonly [number, number];
  readonly messageId: MessageIds;
  readonly data?: Readonly<Record<string, string>>;
  readonly suggest?: readonly {
    readonly messageId: MessageIds;
    readonly data?: Readonly<Record<string, string>>;
    /** Replaces `range` with `text`. */
    readonly range: Range | readonly [number, number];
    readonly text: string;
  }[];
  /** A mechanical fix (`--fix`): replaces `range` with `text`. */
  readonly fix?: { readonly range: Range | readonly [number, number]; readonly text: string };
}

interface AnyRuleContext {
  readonly filename: string;
  readonly sourceCode: unknown;
  report(descriptor: never): void;
}

export function textSourceOf(context: AnyRuleContext): TextSource {
  return context.sourceCode as TextSource;
}

interface Positions {
  readonly index: LineIndex;
  /** The language's first column (0 for this plugin's languages, 1 for @eslint/json's). */
  readonly columnStart: number;
}

const positions = new WeakMap<object, Positions>();

/**
 * Offsets to positions through one line index per file. @eslint/plugin-kit's `getLocFromIndex` looks for the next
 * line break from the last one it knows at each call, which on a one-line 1 MB JSON file with many findings
 * costs a pass over the file per report; the column base is the language's own (`getLocFromIndex(0)`).
 */
function positionsOf(source: TextSource): Positions {
  let found = positions.get(source);
  if (!found) {
    found = {
      index: new LineIndex(source.text),
      columnStart: source.text === '' ? 0 : source.getLocFromIndex(0).column,
    };
    positions.set(source, found);
  }
  return found;
}

function locAt(source: TextSource, offset: number): { line: number; column: number } {
  const { index, columnStart } = positionsOf(source);
  const position = index.position(offset);
  return { line: position.line, column: position.column + columnStart };
}

/** Reports at a text range, with suggestions and fixes that replace ranges: the one place that turns ranges into locs. */
export function reportRange<MessageIds extends string>(context: AnyRuleContext, report: TextReport<MessageIds>): void {
  const source = textSourceOf(context);
  const loc = { start: locAt(source, report.range[0]), end: locAt(source, report.range[1]) };
  const descriptor = {
    loc,
    messageId: report.messageId,
    ...(report.data ? { data: report.data } : {}),
    ...(report.fix ? { fix: replace(report.fix.range, report.fix.text) } : {}),
    ...(report.suggest
      ? {
          suggest: report.suggest.map((suggestion) => ({
            messageId: suggestion.messageId,
            ...(suggestion.data ? { data: suggestion.data } : {}),
            fix: replace(suggestion.range, suggestion.text),
          })),
        }
      : {}),
  };
  (context.report as (descriptor: unknown) => void)(descriptor);
}

function replace(range: readonly [number, number], text: string) {
  return (fixer: { replaceTextRange(range: [number, number], text: string): unknown }) =>
    fixer.replaceTextRange([range[0], range[1]], text);
}

/**
 * Listeners of a data-file language as the rule's return type: typescript-eslint types listeners by ESTree node
 * types; ESLint calls them with whatever the language's traversal visits (`Document`, `DotenvFile`, `Member`).
 */
export function asListeners(listeners: Record<string, (node: never) => void>): TSESLint.RuleListener {
  return listeners;
}
