import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { type Context, keyName, nodeAt, perFile, unwrap } from './ast.js';
import { isWholeWord } from './fact-checks.js';
import { hasEscapes } from './facts.js';
import { isSecretEnvName, nameWords } from './names.js';
import { serviceEnvName, type ServiceId, type SettingRole } from './services.js';

/**
 * The environment: detecting reads (`process.env.X`, `import.meta.env.X`) and naming the variable a setting
 * should come from. Writing a read into code is fix/env-read.ts.
 */

export interface EnvRead {
  readonly source: 'process.env' | 'import.meta.env';
  /** The variable read, when static. */
  readonly variable: string | undefined;
}

function isProcessEnv(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type !== AST_NODE_TYPES.MemberExpression || keyName(n) !== 'env') return false;
  const obj = unwrap(n.object);
  if (obj.type === AST_NODE_TYPES.Identifier) return obj.name === 'process';
  if (obj.type === AST_NODE_TYPES.MemberExpression) {
    const root = unwrap(obj.object);
    // globalThis.process.env, global.process.env
    return (
      keyName(obj) === 'process' &&
      root.type === AST_NODE_TYPES.Identifier &&
      (root.name === 'globalThis' || root.name === 'global')
    );
  }
  return false;
}

function isImportMetaEnv(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return (
    n.type === AST_NODE_TYPES.MemberExpression &&
    keyName(n) === 'env' &&
    n.object.type === AST_NODE_TYPES.MetaProperty &&
    n.object.meta.name === 'import'
  );
}

/** `process.env` or `import.meta.env` itself (the object). */
export function envObjectSource(node: TSESTree.Node): EnvRead['source'] | undefined {
  if (isProcessEnv(node)) return 'process.env';
  if (isImportMetaEnv(node)) return 'import.meta.env';
  return undefined;
}

const secretReads = new WeakMap<object, boolean>();

/**
 * Whether the file may read a secret-named environment variable (`process.env.SPEECH_KEY`, `const { SPEECH_KEY }
 * = import.meta.env`; names.ts `isSecretEnvName`). Every env object spells `env` as a whole word, and is looked at
 * where it stands: read by a static name, or destructured. One that goes anywhere else (a binding, an argument)
 * may be read under any name, and so may any in a file with letter-making escapes (facts.ts).
 */
export function maySecretEnvRead(context: Pick<Context, 'sourceCode'>): boolean {
  const { sourceCode } = context;
  return perFile(secretReads, sourceCode.ast, () => {
    if (hasEscapes(context)) return true;
    const text = sourceCode.text;
    for (let at = text.indexOf('env'); at >= 0; at = text.indexOf('env', at + 3)) {
      if (!isWholeWord(text, at, at + 3)) continue;
      const name = nodeAt(sourceCode.ast, at, sourceCode.visitorKeys);
      const member = name?.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.property !== name) continue;
      if (!envObjectSource(member)) continue;
      // Past the wrappers `unwrap` sees through (`(process.env as Env).KEY`).
      let child: TSESTree.Node = member;
      let parent = member.parent;
      while (unwrap(parent) === member) {
        child = parent;
        parent = parent.parent as TSESTree.Node;
      }
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
        if (isSecretEnvName(keyName(parent))) return true;
        continue;
      }
      if (
        parent.type === AST_NODE_TYPES.VariableDeclarator &&
        parent.init === child &&
        parent.id.type === AST_NODE_TYPES.ObjectPattern
      ) {
        for (const prop of parent.id.properties)
          if (prop.type !== AST_NODE_TYPES.Property || isSecretEnvName(keyName(prop))) return true;
        continue;
      }
      return true;
    }
    return false;
  });
}

/** The read `process.env.X`, `process.env["X"]`, `import.meta.env.X` is (not through bindings; see trace.ts). */
export function envReadOf(node: TSESTree.Node): EnvRead | undefined {
  const n = unwrap(node);
  if (n.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const source = envObjectSource(n.object);
  return source ? { source, variable: keyName(n) } : undefined;
}

const GENERIC_DEFAULTS: Readonly<Record<SettingRole, string>> = {
  key: 'AZURE_AI_KEY',
  endpoint: 'AZURE_AI_ENDPOINT',
  region: 'AZURE_AI_REGION',
  secret: 'AZURE_CLIENT_SECRET',
  connectionString: 'AZURE_CONNECTION_STRING',
  token: 'AZURE_AI_TOKEN',
  password: 'AZURE_PASSWORD',
};

/** Binding names too generic to name a variable after (`key`, `apiKey`, `endpoint`, `url`). */
const GENERIC_WORDS = new Set([
  'key',
  'api',
  'apikey',
  'subscription',
  'subscriptionkey',
  'sub',
  'endpoint',
  'url',
  'uri',
  'base',
  'host',
  'region',
  'location',
  'secret',
  'client',
  'token',
  'access',
  'my',
  'the',
  'default',
  'config',
  'options',
  'value',
  'conn',
  'connection',
  'string',
  'str',
  'cred',
  'credential',
  'credentials',
  'auth',
  'resource',
  'service',
  'primary',
  'ocp',
  'apim',
  'this',
  'settings',
  'env',
  'azure',
  'ai',
  'cognitive',
  'services',
]);

/** `speechKey` → `SPEECH_KEY`; `AZURE_OPENAI_KEY` stays; `key` → the service's conventional name. */
export function envNameFor(bindingName: string | undefined, service: ServiceId | undefined, role: SettingRole): string {
  if (bindingName !== undefined) {
    const words = nameWords(bindingName);
    if (words.length > 0 && words.length <= 6 && words.some((w) => !GENERIC_WORDS.has(w))) {
      const upper = words.join('_').toUpperCase();
      if (/^[A-Z][A-Z0-9_]*$/.test(upper)) return upper;
    }
  }
  return serviceEnvName(service, role) ?? GENERIC_DEFAULTS[role];
}
