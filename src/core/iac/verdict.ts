import { judgeValues, type Scalar } from './controls.js';
import type { ScalarLeaf, Setting } from './settings.js';

export type Verdict =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'secure' }
  | Extract<Setting, { kind: 'missing' }>
  /** Set to an insecure static value (every value it may hold is insecure). */
  | { readonly kind: 'insecure'; readonly setting: Extract<Setting, { kind: 'set' }>; readonly leaf: ScalarLeaf };

/**
 * Judge a JS/TS setting (controls.ts's `judgeValues` over the values it may hold): `secure` when every static
 * value passes `isSecure`, `insecure` when every one fails, `unknown` when it is not static or mixed.
 */
export function judge(setting: Setting, isSecure: (value: Scalar) => boolean): Verdict {
  if (setting.kind !== 'set') return setting;
  const leaves = setting.leaves;
  const verdict = judgeValues(
    leaves?.map((leaf) => leaf.value),
    isSecure,
  );
  if (verdict.kind !== 'insecure') return verdict;
  const leaf = leaves?.[verdict.index];
  return leaf ? { kind: 'insecure', setting, leaf } : { kind: 'unknown' };
}
