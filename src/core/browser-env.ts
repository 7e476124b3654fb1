import type { EnvRead } from './env.js';

/** Environment variables that bundlers inline into client code: what reaches the browser. */

/** Prefixes whose variables bundlers inline into client code (Vite, Next.js, CRA, Gatsby, Expo, SvelteKit/Astro, Vue CLI, Angular). */
export const PUBLIC_ENV_PREFIXES: readonly string[] = [
  'VITE_',
  'NEXT_PUBLIC_',
  'REACT_APP_',
  'GATSBY_',
  'EXPO_PUBLIC_',
  'PUBLIC_',
  'VUE_APP_',
  'NG_APP_',
];

/** The browser-public prefix of a variable name, if it has one. */
export function publicEnvPrefix(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return PUBLIC_ENV_PREFIXES.find((prefix) => name.startsWith(prefix));
}

/**
 * An env read whose value ends up in the browser bundle: a public-prefixed name, or (with
 * `anyImportMetaEnv`) any `import.meta.env` read, since `import.meta.env` is the client-side config object.
 */
export function isPublicEnvRead(env: EnvRead, anyImportMetaEnv = true): boolean {
  if (publicEnvPrefix(env.variable) !== undefined) return true;
  return env.source === 'import.meta.env' && anyImportMetaEnv;
}
