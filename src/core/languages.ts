/**
 * The language seam: one rule name can serve several languages. A rule's `create` calls `perLanguage(context,
 * { js: …, json: …, dotenv: …, bicep: … })`; the file's language is told by its AST root, and the rule gets the
 * listeners of that language (none for a language it does not serve). To add a language to a rule: give the
 * language a root type below (the language's parser makes that root), then add its entry to the rule's
 * `perLanguage` call, asking the language-independent core (secrets/classify.ts, iac/controls.ts) with the
 * values it finds.
 */

export type LanguageId = 'js' | 'json' | 'dotenv' | 'bicep';

/** The AST root type each language's parser produces. */
const ROOT_TYPES: Readonly<Record<string, LanguageId>> = {
  Program: 'js',
  Document: 'json',
  DotenvFile: 'dotenv',
  BicepFile: 'bicep',
};

/** What the seam needs of any language's rule context. */
export interface AnyContext {
  readonly sourceCode: { readonly ast: { readonly type: string } };
}

/** The language of the file being linted, from its AST root; undefined for a language no rule serves. */
export function languageOf(context: AnyContext): LanguageId | undefined {
  const type = context.sourceCode.ast.type;
  return Object.hasOwn(ROOT_TYPES, type) ? ROOT_TYPES[type] : undefined;
}

/**
 * The listeners of the file's language: `make[language]()`, or `{}` when the rule does not serve it. Each
 * factory is called only for its own language, so a JS-only helper never sees a JSON AST.
 */
export function perLanguage<Listeners extends object>(
  context: AnyContext,
  make: Partial<Record<LanguageId, () => Listeners>>,
): Listeners {
  const language = languageOf(context);
  const build = language === undefined ? undefined : make[language];
  return build ? build() : ({} as Listeners);
}
