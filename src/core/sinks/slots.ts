import type { TSESTree } from '@typescript-eslint/types';
import type { CallNode } from '../ast.js';
import type { ServiceId } from '../services.js';
import type { SinkRow, SlotRole } from './catalogue.js';

/**
 * A slot: an expression standing where a key, endpoint, region or credential goes, and *how* it arrives there.
 * Rules read the facts (`source`, `role`, `service`, `strength`); `slotLabel` is the one place that turns them
 * into message text.
 */
export type SlotSource =
  /** A parameter of an SDK call in the catalogue; `via`: the key credential it was found inside (`new AzureKeyCredential(k)`). */
  | { readonly kind: 'parameter'; readonly row: SinkRow; readonly call: CallNode; readonly via?: SinkRow }
  /** A key header or query parameter, by its name (also inside an SDK's `defaultHeaders` / `defaultQuery`). */
  | { readonly kind: 'header'; readonly name: string; readonly carrier: 'header' | 'query'; readonly row?: SinkRow }
  /** An `Authorization` header with a key scheme (`EndpointKey`) or a bearer token. */
  | { readonly kind: 'authorization'; readonly scheme: 'EndpointKey' | 'Bearer' }
  /** A binding, property or class field whose name says it holds a key (`speechKey`). */
  | { readonly kind: 'named'; readonly name: string; readonly holder: 'property' | 'field' | 'binding' }
  /** Speech `config.setProperty(PropertyId.SpeechServiceConnection_Key, k)`. */
  | { readonly kind: 'speechProperty'; readonly property: string }
  /** `credential.update(k)` on a key credential built in the file. */
  | { readonly kind: 'keyUpdate'; readonly row: SinkRow };

export interface Slot {
  readonly role: SlotRole;
  /** The expression standing in the slot (trace it to find where its value comes from). */
  readonly node: TSESTree.Node;
  readonly service: ServiceId | undefined;
  readonly source: SlotSource;
  /**
   * `sink`: an SDK parameter; `header`: a key header or query parameter; `name`: only a key-named binding or
   * property (weakest: only Azure key shapes count there).
   */
  readonly strength: 'sink' | 'header' | 'name';
}

/** How messages name a slot: `AzureKeyCredential`, `SpeechConfig.fromSubscription`, `api-key header`, `"speechKey" binding`. */
export function slotLabel(slot: Pick<Slot, 'source'>): string {
  const source = slot.source;
  switch (source.kind) {
    case 'parameter':
      return source.via ? `${source.row.label} (${source.via.label})` : source.row.label;
    case 'header':
      return `${source.name} ${source.carrier === 'header' ? 'header' : 'query parameter'}`;
    case 'authorization':
      return `Authorization: ${source.scheme} header`;
    case 'named':
      return `"${source.name}" ${source.holder}`;
    case 'speechProperty':
      return `setProperty(${source.property})`;
    case 'keyUpdate':
      return `${source.row.label}.update`;
    default:
      return 'Azure AI sink';
  }
}
