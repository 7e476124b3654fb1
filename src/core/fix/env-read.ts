import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { envNameFor } from '../env.js';
import { isLegacyKeyShape } from '../secrets/identifiable-key.js';
import { looksLikeSecretValue } from '../secrets/not-secret.js';
import type { ServiceId, SettingRole } from '../services.js';
import type { StringLeaf } from '../trace.js';
import { isExpressionTemplate } from './expression-text.js';

/**
 * The edit that moves a literal to the environment: replaces the literal's source text (or, for
 * `process.env.X ?? "literal"`, the whole fallback expression, so the secret is not kept) with an env read.
 */

/**
 * How a rule writes an environment read; `{{name}}` stands for the variable name. The default fails loudly
 * at start-up when the variable is missing, needs no helper or import, and has type `string` under
 * TypeScript `strict` (the throwing arrow's type is `never`), so a `string` parameter never silently
 * receives `undefined`.
 */
export const DEFAULT_ENV_TEMPLATE = '(process.env.{{name}} ?? (() => { throw new Error("{{name}} is not set"); })())';

/** The text of an env read of `name` written with `template`. */
export function envReadText(template: string, name: string): string {
  return template.split('{{name}}').join(name);
}

/** The configured template when it yields one expression, else undefined (no suggestion is better than a broken one). */
export function usableTemplate(template: string | undefined): string | undefined {
  const t = template ?? DEFAULT_ENV_TEMPLATE;
  return t === DEFAULT_ENV_TEMPLATE || isExpressionTemplate(envReadText(t, 'NAME')) ? t : undefined;
}

export interface EnvSuggestion {
  /** The variable the suggestion reads. */
  readonly name: string;
  /** The read as written by the template. */
  readonly text: string;
  readonly fix: TSESLint.ReportFixFunction;
}

/** The env read replacing `leaf`; undefined when the configured template does not yield one expression. */
export function envReplacement(
  leaf: StringLeaf,
  service: ServiceId | undefined,
  role: SettingRole,
  template: string | undefined,
): EnvSuggestion | undefined {
  const usable = usableTemplate(template);
  if (usable === undefined) return undefined;
  const fallback = leaf.fallback?.env.source === 'process.env' ? leaf.fallback : undefined;
  const name = usableEnvName(leaf.fallback?.env.variable) ?? envNameFor(leaf.name, service, role);
  const text = envReadText(usable, name);
  // `process.env.X ?? "secret"`: replace the whole expression, so the secret does not stay as a fallback.
  const target: TSESTree.Node = fallback ? fallback.expression : leaf.node;
  const replacement = target.parent.type === AST_NODE_TYPES.JSXAttribute ? `{${text}}` : text;
  return { name, text, fix: (fixer) => fixer.replaceText(target, replacement) };
}

/**
 * The variable name the code already reads, when it can be reused as written: a plain identifier (so
 * `process.env.NAME` parses) that is not itself a pasted secret (it ends up in the suggestion's title).
 */
function usableEnvName(name: string | undefined): string | undefined {
  if (name === undefined || name.length > 100 || !/^[a-z_]\w*$/i.test(name)) return undefined;
  return looksLikeSecretValue(name) || isLegacyKeyShape(name) ? undefined : name;
}
