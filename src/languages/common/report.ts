import type { TSESLint } from '@typescript-eslint/utils';
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

/** Reports at a text range, with suggestions and fixes that replace ranges: the one place that turns ranges into locs. */
export function reportRange<MessageIds extends string>(context: AnyRuleContext, report: TextReport<MessageIds>): void {
  const source = textSourceOf(context);
  const loc = { start: source.getLocFromIndex(report.range[0]), end: source.getLocFromIndex(report.range[1]) };
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
  return (fixer: { replaceTextRange(range: [number, number], text: string): unknown }) => fixer.replaceTextRange([range[0], range[1]], text);
}

/**
 * Listeners of a data-file language as the rule's return type: typescript-eslint types listeners by ESTree node
 * types; ESLint calls them with whatever the language's traversal visits (`Document`, `DotenvFile`, `Member`).
 */
export function asListeners(listeners: Record<string, (node: never) => void>): TSESLint.RuleListener {
  return listeners;
}
