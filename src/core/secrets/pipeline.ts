import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, isStringNode, keyName, staticString, unwrap } from '../ast.js';
import { envReadOf } from '../env.js';
import { envReplacement, type EnvSuggestion } from '../fix/env-read.js';
import { allowedFingerprints, type SecretOptions } from '../options.js';
import { rangeCover } from '../range-cover.js';
import type { ServiceId } from '../services.js';
import { type StringLeaf, trace } from '../trace.js';
import { classifySecret, type SecretPlace, type SecretVerdict } from './classify.js';
import { FORMATS } from './formats.js';

/**
 * The secret rules' shared pipeline over JS code: trace what a site may hold → skip what was reported →
 * classify (classify.ts, language-independent) → redact → allow-list → env suggestion (keeping an
 * `EndpointKey ` scheme, keeping an `import.meta.env` read in place of a secret fallback). Each secret rule
 * keeps only its policy: which sites it asks about and how it words the report.
 */

/** A place in the code where a secret may be written: the expression, what the position says, the slot's service. */
export interface SecretSite {
  readonly node: TSESTree.Node;
  readonly place: SecretPlace;
  readonly service: ServiceId | undefined;
}

export interface FoundSecret {
  readonly leaf: StringLeaf;
  readonly verdict: SecretVerdict;
  /** The service to name: an identifiable key's own letter, else the slot's, the value's, the kind's default. */
  readonly service: ServiceId | undefined;
  /** The suggestion that reads the value from the environment, when the kind is one to keep there. */
  readonly suggestion: EnvSuggestion | undefined;
}

export interface SecretPipeline {
  /** Every secret string the site's expression may hold that no earlier report covers (each is marked reported). */
  secretsAt(site: SecretSite): FoundSecret[];
  /** Whether the fingerprint is allow-listed (`allowFingerprints`). */
  isAllowed(fingerprint: string): boolean;
  markReported(node: TSESTree.Node): void;
  /** Whether this very node was reported. */
  wasReported(node: TSESTree.Node): boolean;
  /** Whether a reported node covers the range. */
  covers(start: number, end: number): boolean;
  /** The env suggestion for a secret of this verdict written as `leaf`. */
  suggestion(leaf: StringLeaf, verdict: SecretVerdict, service: ServiceId | undefined): EnvSuggestion | undefined;
}

export function secretPipeline(context: Context, options: SecretOptions): SecretPipeline {
  const allowed = allowedFingerprints(options);
  const reported = rangeCover();
  const reportedSet = new Set<TSESTree.Node>();
  const template = options.envTemplate;

  function covers(start: number, end: number): boolean {
    return reported.covers(start, end);
  }

  function markReported(node: TSESTree.Node): void {
    reported.add(node.range[0], node.range[1]);
    reportedSet.add(node);
  }

  function suggestion(
    leaf: StringLeaf,
    verdict: SecretVerdict,
    service: ServiceId | undefined,
  ): EnvSuggestion | undefined {
    const role = FORMATS[verdict.kind].envRole;
    // A SAS inside a URL is more than the token: moving the whole URL to a `…_SAS_TOKEN` variable would mislead.
    if (role === undefined || (verdict.kind === 'sas' && leaf.value.includes('://'))) return undefined;
    const env = envReplacement(leaf, service, role, template);
    if (!env) return env;
    if (verdict.prefix !== '') {
      // Keep the scheme: "EndpointKey <k>" → `EndpointKey ${<env read>}`.
      const text = `\`${verdict.prefix}\${${env.text}}\``;
      return { ...env, fix: (fixer) => fixer.replaceText(leaf.node, text) };
    }
    const fallback = leaf.fallback;
    if (fallback?.env.source === 'import.meta.env' && fallback.env.variable !== undefined) {
      // Bundled code has no process.env: keep the import.meta.env read and drop the secret fallback.
      const left = context.sourceCode.getText(fallback.expression.left);
      return { ...env, fix: (fixer) => fixer.replaceText(fallback.expression, left) };
    }
    return env;
  }

  function secretsAt(site: SecretSite): FoundSecret[] {
    const out: FoundSecret[] = [];
    for (const traced of trace(context, site.node)) {
      if (traced.kind !== 'string' || covers(traced.node.range[0], traced.node.range[1])) continue;
      const leaf = withBindingName(traced);
      const verdict = classifySecret(leaf.value, site.place);
      if (!verdict || allowed.has(verdict.fingerprint)) continue;
      markReported(leaf.node);
      const service =
        verdict.kind === 'identifiableKey'
          ? verdict.service
          : (site.service ?? verdict.service ?? FORMATS[verdict.kind].defaultService);
      out.push({ leaf, verdict, service, suggestion: suggestion(leaf, verdict, service) });
    }
    return out;
  }

  return {
    secretsAt,
    isAllowed: (f) => allowed.has(f),
    markReported,
    wasReported: (n) => reportedSet.has(n),
    covers,
    suggestion,
  };
}

/** A literal assigned straight to a binding (`speechKey = "…"`) takes the binding's name, for the env suggestion. */
function withBindingName(leaf: StringLeaf): StringLeaf {
  if (leaf.name !== undefined) return leaf;
  const parent = leaf.node.parent;
  if (
    parent.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === leaf.node &&
    parent.left.type === AST_NODE_TYPES.Identifier
  ) {
    return { ...leaf, name: parent.left.name };
  }
  return leaf;
}

/**
 * The string leaf for a literal that is exactly `text`, with the binding name and env fallback its parent gives
 * it (so the suggestion names the variable after the binding and drops the fallback).
 */
export function wholeLiteralLeaf(node: TSESTree.Node, text: string): StringLeaf | undefined {
  if (!isStringNode(node) || staticString(node) !== text) return undefined;
  const parent = node.parent;
  let name: string | undefined;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier)
    name = parent.id.name;
  else if (parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.PropertyDefinition)
    name = keyName(parent);
  let fallback: StringLeaf['fallback'];
  if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&' && parent.right === node) {
    const env = envReadOf(unwrap(parent.left));
    if (env) fallback = { expression: parent, env };
  }
  return { kind: 'string', value: text, node, name, fallback };
}

/** The report location of a secret found at `[index, index + length)` of the file's text. */
export function textLoc(
  sourceCode: Context['sourceCode'],
  index: number,
  length: number,
): { loc: TSESTree.SourceLocation } {
  return { loc: { start: sourceCode.getLocFromIndex(index), end: sourceCode.getLocFromIndex(index + length) } };
}
