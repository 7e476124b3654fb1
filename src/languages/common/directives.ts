import type { DirectiveType, RulesConfig } from './types.js';

/** The labels ESLint understands in a comment: inline rule config and the four disable directives. */
export type DirectiveLabel = 'eslint' | `eslint-${DirectiveType}`;

export interface ParsedDirective {
  label: DirectiveLabel;
  value: string;
  justification: string;
}

const LABEL = /^\s*(eslint(?:-disable-next-line|-disable-line|-disable|-enable)?)(?:\s|$)/u;
const JUSTIFICATION = /\s-{2,}\s/u;

/** Reads `eslint-disable-next-line a, b -- why` (the comment's text without its marker); undefined if not one. */
export function parseDirective(commentValue: string): ParsedDirective | undefined {
  const match = LABEL.exec(commentValue);
  if (!match?.[1]) return undefined;
  const rest = commentValue.slice(match[0].length);
  const split = JUSTIFICATION.exec(rest);
  const value = split ? rest.slice(0, split.index) : rest;
  const justification = split ? rest.slice(split.index + split[0].length) : '';
  return { label: match[1] as DirectiveLabel, value: value.trim(), justification: justification.trim() };
}

export type RulesConfigResult = { ok: true; config: RulesConfig } | { ok: false; message: string };

/**
 * Reads an inline rule config: `rule-a: "error", plugin/rule-b: ["warn", { "x": 1 }], rule-c: off`. Names may be
 * quoted or bare; values are JSON, or a bare severity word or number. Anything else is a problem, not a throw.
 */
export function parseRulesConfig(value: string): RulesConfigResult {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, message: 'Inline configuration is empty.' };
  const asJson = tryJson(`{${trimmed}}`);
  if (isRecord(asJson)) return { ok: true, config: asJson };
  const config: RulesConfig = {};
  for (const item of splitTopLevel(trimmed)) {
    const colon = item.indexOf(':');
    if (colon < 0)
      return { ok: false, message: `Failed to parse inline configuration "${clip(item)}": expected "rule: severity".` };
    const name = unquote(item.slice(0, colon).trim());
    const raw = item.slice(colon + 1).trim();
    const parsed = /^[A-Za-z]+$/u.test(raw) ? raw : tryJson(raw);
    if (name === '' || parsed === undefined) {
      return { ok: false, message: `Failed to parse inline configuration "${clip(item)}".` };
    }
    config[name] = parsed as RulesConfig[string];
  }
  return { ok: true, config };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is RulesConfig {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unquote(text: string): string {
  return text.length >= 2 && (text.startsWith('"') || text.startsWith("'")) && text.endsWith(text[0] ?? '')
    ? text.slice(1, -1)
    : text;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Splits at commas outside brackets, braces and double-quoted strings. */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
