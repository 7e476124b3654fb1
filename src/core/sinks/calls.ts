import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { CallNode, Context } from '../ast.js';
import { holds } from '../facts.js';
import { CALL, CONSTRUCT, ESM, type TraceMap, trackReferences } from '../tracking.js';
import { SINKS, type SinkRow } from './catalogue.js';

/**
 * Which calls in the file are the catalogue's SDK calls: one reference tracker over every row's modules and
 * globals (a trace map built once per process from the catalogue), run once per file by index.ts.
 */

export interface SdkCall {
  readonly node: CallNode;
  readonly row: SinkRow;
}

function buildTraceMaps(): { modules: TraceMap; globals: TraceMap } {
  const modules: Record<string, Record<string | symbol, unknown>> = {};
  const globals: Record<string, Record<string | symbol, unknown>> = {};
  for (const row of SINKS) {
    const roots: Record<string | symbol, unknown>[] = [];
    for (const module of row.modules) {
      modules[module] ??= { [ESM]: true };
      roots.push(modules[module]);
    }
    if (row.global !== undefined) {
      // The browser bundle's global is the module namespace.
      globals[row.global] ??= {};
      roots.push(globals[row.global] as Record<string | symbol, unknown>);
    }
    for (const root of roots) {
      let at = root;
      for (const segment of row.exportPath) {
        at[segment] ??= {};
        at = at[segment] as Record<string | symbol, unknown>;
      }
      const kind = row.call === 'new' ? CONSTRUCT : CALL;
      const rows = (at[kind] as SinkRow[] | undefined) ?? [];
      rows.push(row);
      at[kind] = rows;
    }
  }
  return { modules, globals };
}

let traceMaps: ReturnType<typeof buildTraceMaps> | undefined;

/** Cheap pre-check: a file that names no module or global of the catalogue has no SDK sinks. */
const SINK_HINT_TEXT = /@azure|azure-cognitiveservices|openai|speech-sdk|SpeechSDK|@langchain|ms-rest/;

/** `window.SpeechSDK`, `self.SpeechSDK`: the browser's global object, declared or not (`globalThis` is ES). */
const GLOBAL_OBJECTS = ['window', 'self', 'globalThis'];

const GLOBAL_NAMES = [...new Set(SINKS.flatMap((row) => (row.global === undefined ? [] : [row.global])))];

/** The calls and `new`s of the catalogue's exports in the file (imports, requires, globals), in text order. */
export function findSdkCalls(context: Context): SdkCall[] {
  // An SDK call needs the module's name as a whole string, or the global (the `slots` fact holds either).
  if (!holds(context, 'slots') || !SINK_HINT_TEXT.test(context.sourceCode.text)) return [];
  traceMaps ??= buildTraceMaps();
  const found: SdkCall[] = [];
  const seen = new Set<TSESTree.Node>();
  // `window.SpeechSDK`: the global objects are followed only in files that name the global.
  const implicit = context.sourceCode.text.includes('SpeechSDK') ? [...GLOBAL_NAMES, ...GLOBAL_OBJECTS] : GLOBAL_NAMES;
  for (const ref of trackReferences<SinkRow[]>(context, traceMaps, ['require', ...implicit])) {
    const node = ref.node;
    if (seen.has(node)) continue;
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
    seen.add(node);
    for (const row of ref.info) found.push({ node, row });
  }
  found.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return found;
}
