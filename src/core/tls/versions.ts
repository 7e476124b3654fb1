import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { keyName, unwrap } from '../ast.js';

/** TLS protocol versions: weak version strings, `secureProtocol` methods, `secureOptions` flags and Node CLI flags. */

/** `minVersion` / `maxVersion` / `tls.DEFAULT_M*_VERSION` values below TLS 1.2. */
const WEAK_VERSIONS: ReadonlySet<string> = new Set(['TLSv1', 'TLSv1.1']);
export const SAFE_TLS_VERSION = 'TLSv1.2';

export function isWeakTlsVersion(value: string): boolean {
  return WEAK_VERSIONS.has(value);
}

export function isTlsVersionString(value: string): boolean {
  return /^TLSv1(?:\.[0-3])?$/.test(value);
}

export interface ProtocolVerdict {
  /** `weak`: pins a version below TLS 1.2; `legacy`: the SSLv23 alias, capped at TLS 1.2 with a configurable floor. */
  readonly kind: 'weak' | 'legacy';
  /** The method to use instead, keeping a `_client` / `_server` suffix. */
  readonly replacement: string;
}

/**
 * A `secureProtocol` method name. `TLSv1_method`, `TLSv1_1_method`, `SSLv3_method`, `SSLv2_method` (and their
 * `_client_` / `_server_` variants) pin a weak version: the replacement pins TLS 1.2 with the same role.
 * `SSLv23_method` is a legacy alias that caps the connection at TLS 1.2 and takes its floor from
 * `tls.DEFAULT_MIN_VERSION` (TLS 1.0 before Node 11.4): the replacement `TLSv1_2_method` negotiates the same
 * on current Node and never less. (`TLS_method` is not offered: Node gives it no floor of its own.)
 * `TLS_method` and `TLSv1_2_method` / `TLSv1_3_method` are fine.
 */
export function classifySecureProtocol(value: string): ProtocolVerdict | undefined {
  const weak = /^(?:SSLv2|SSLv3|TLSv1|TLSv1_1)_((?:client_|server_)?)method$/.exec(value);
  if (weak) return { kind: 'weak', replacement: `TLSv1_2_${weak[1] ?? ''}method` };
  const legacy = /^SSLv23_((?:client_|server_)?)method$/.exec(value);
  if (legacy) return { kind: 'legacy', replacement: `TLSv1_2_${legacy[1] ?? ''}method` };
  return undefined;
}

/** `secureOptions` flags that turn off TLS 1.2 or TLS 1.3. */
export const DISABLING_FLAGS: ReadonlySet<string> = new Set(['SSL_OP_NO_TLSv1_2', 'SSL_OP_NO_TLSv1_3']);
/** `secureOptions` flags that turn off TLS 1.0 (what makes `SSLv23_method` acceptable). */
const NO_TLS1_FLAG = 'SSL_OP_NO_TLSv1';

export interface FlagOperand {
  readonly name: string;
  /** The identifier or member expression naming the constant. */
  readonly node: TSESTree.Node;
}

/** The constants OR-ed (or added) together in a `secureOptions` value: `constants.SSL_OP_NO_TLSv1_2 | X`. */
export function secureOptionFlags(node: TSESTree.Node): FlagOperand[] {
  const out: FlagOperand[] = [];
  const walk = (raw: TSESTree.Node, depth: number): void => {
    const n = unwrap(raw);
    if (depth > 16) return;
    if (n.type === AST_NODE_TYPES.BinaryExpression && (n.operator === '|' || n.operator === '+')) {
      walk(n.left, depth + 1);
      walk(n.right, depth + 1);
      return;
    }
    const name =
      n.type === AST_NODE_TYPES.Identifier
        ? n.name
        : n.type === AST_NODE_TYPES.MemberExpression
          ? keyName(n)
          : undefined;
    if (name !== undefined) out.push({ name, node: n });
  };
  walk(node, 0);
  return out;
}

/** Whether a `secureOptions` value turns off TLS 1.0 (`SSL_OP_NO_TLSv1`). */
export function disablesTls1(node: TSESTree.Node): boolean {
  return secureOptionFlags(node).some((f) => f.name === NO_TLS1_FLAG);
}

export interface CliFlag {
  readonly flag: string;
  /** Offset of the flag in the searched text. */
  readonly index: number;
  readonly replacement: string;
  /** `min`: raising it is a fix; `max`: replacing it changes the ceiling, a suggestion. */
  readonly kind: 'min' | 'max';
}

/** `--tls-min-v1.0`, `--tls-min-v1.1`, `--tls-max-v1.1` as tokens of a command line or `NODE_OPTIONS` value. */
export function weakCliFlags(text: string): CliFlag[] {
  if (!text.includes('--tls-m')) return [];
  const out: CliFlag[] = [];
  const re = /(?<![\w-])--tls-(min-v1\.[01]|max-v1\.1)(?![\w.-])/g;
  for (const match of text.matchAll(re)) {
    const kind = match[1]?.startsWith('min') ? 'min' : 'max';
    out.push({
      flag: match[0],
      index: match.index,
      kind,
      replacement: kind === 'min' ? '--tls-min-v1.2' : '--tls-max-v1.3',
    });
  }
  return out;
}
