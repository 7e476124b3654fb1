import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import { keyName, unwrap } from './ast.js';
import { nameWords } from './names.js';
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
