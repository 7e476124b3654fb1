import type { TSESTree } from '@typescript-eslint/types';
import { type Context, nodeAt } from '../ast.js';
import { anchorWords } from '../facts.js';
import { type KeyNames, slotAnchors } from './anchors.js';
import type { SinkRow } from './catalogue.js';
import { nodeSlots } from './shapes.js';
import type { Slot } from './slots.js';

/**
 * Slots found by shape rather than by import: key headers however they are set, Speech `setProperty`,
 * `AzureKeyCredential#update`, and key-named bindings and properties. No second walk of the AST: every slot
 * node contains an anchor token (anchors.ts), so the nodes to look at are the anchors' ancestors, found by
 * descending to each anchor (log n per level, from the deepest node it shares with the previous anchor) and
 * climbing until an ancestor that holds the previous anchor (met before). Looked at in the
 * order a full walk would (start offset, then outer before inner): the same slots in the same order.
 * `names` says which key-named bindings and properties must be found (anchors.ts); every other slot always is,
 * and a key-named slot the mode does not want may or may not be.
 */
export function collectSyntacticSlots(
  context: Context,
  slots: Slot[],
  rowOf: ReadonlyMap<TSESTree.Node, SinkRow>,
  names: KeyNames = 'all',
): void {
  const { sourceCode } = context;
  // Every syntactic slot involves a key-ish name, an Authorization header or a Speech property; a file without any
  // has none (the facts' pass has met those words, unless the file has escapes).
  const recorded = anchorWords(context);
  if (
    recorded
      ? !recorded.words.some((word) => word !== 'update')
      : !/key|KEY|Key|uthorization|AUTHORIZATION|setProperty/.test(sourceCode.text)
  )
    return;
  const anchors = slotAnchors(sourceCode, rowOf, names);
  if (anchors === undefined) {
    collectByWalk(context, slots, rowOf);
    return;
  }
  // An ancestor of this anchor's node was met before exactly when it also holds the previous anchor (the anchors are
  // sorted, and a node that holds two offsets holds every offset between them), so the climb from each anchor
  // stops at the first ancestor that starts at or before the previous anchor. The descent starts there too, not at
  // the root: consecutive anchors share most of their ancestors.
  const { visitorKeys } = sourceCode;
  const chain: TSESTree.Node[] = [];
  let previous = -1;
  let top: TSESTree.Node | undefined;
  for (const at of anchors) {
    chain.length = 0;
    // The deepest node that holds both the previous anchor and this one (none before the first anchor).
    while (top && !(top.range[0] <= at && at < top.range[1])) top = top.parent;
    const deepest = nodeAt(top ?? sourceCode.ast, at, visitorKeys);
    for (let node = deepest; node && !(node.range[0] <= previous); node = node.parent) chain.push(node);
    // No sort needed: an ancestor first met at this anchor starts after the previous anchor, so outer-to-inner
    // chains in anchor order are in walk order.
    for (let i = chain.length - 1; i >= 0; i--) nodeSlots(context, slots, chain[i] as TSESTree.Node, rowOf);
    if (deepest) {
      top = deepest;
      previous = at;
    }
  }
}

/** The syntactic slots of every node, in a full walk (files without a token list; the reference the tests compare with). */
export function collectByWalk(context: Context, slots: Slot[], rowOf: ReadonlyMap<TSESTree.Node, SinkRow>): void {
  const keys = context.sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [context.sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    nodeSlots(context, slots, node, rowOf);
    const childKeys = keys[node.type] ?? [];
    for (let i = childKeys.length - 1; i >= 0; i--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[i] ?? ''];
      if (Array.isArray(child)) {
        for (let j = child.length - 1; j >= 0; j--) {
          const c: unknown = child[j];
          if (c && typeof (c as TSESTree.Node).type === 'string') stack.push(c as TSESTree.Node);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}
