import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { isPublicEnvRead, publicEnvPrefix } from '../../src/core/browser-env.js';
import { logCallLabel } from '../../src/core/loggers.js';
import { isSecretEnvName } from '../../src/core/names.js';
import { lintWithProbe } from '../support/probe.js';

/** The log label of every call in `code` (undefined for calls that are not logs), in source order. */
function labels(code: string): (string | undefined)[] {
  const seen: (string | undefined)[] = [];
  lintWithProbe(code, (context) => ({
    CallExpression(node) {
      // Only the outermost call of a chain (`debug("x")(k)`) or a statement-level call.
      if (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) return;
      if (node.parent.type === AST_NODE_TYPES.VariableDeclarator) return;
      seen.push(logCallLabel(context, node));
    },
  }));
  return seen;
}

describe('publicEnvPrefix / isPublicEnvRead', () => {
  it.each([
    ['VITE_SPEECH_KEY', 'VITE_'],
    ['NEXT_PUBLIC_KEY', 'NEXT_PUBLIC_'],
    ['REACT_APP_KEY', 'REACT_APP_'],
    ['GATSBY_KEY', 'GATSBY_'],
    ['EXPO_PUBLIC_KEY', 'EXPO_PUBLIC_'],
    ['PUBLIC_KEY', 'PUBLIC_'],
    ['VUE_APP_KEY', 'VUE_APP_'],
    ['NG_APP_KEY', 'NG_APP_'],
    ['SPEECH_KEY', undefined],
    ['MY_VITE_KEY', undefined],
  ])('%s → %s', (name, prefix) => {
    expect(publicEnvPrefix(name)).toBe(prefix);
  });

  it('treats import.meta.env as public unless told otherwise', () => {
    expect(isPublicEnvRead({ source: 'import.meta.env', variable: 'SPEECH_KEY' })).toBe(true);
    expect(isPublicEnvRead({ source: 'import.meta.env', variable: 'SPEECH_KEY' }, false)).toBe(false);
    expect(isPublicEnvRead({ source: 'import.meta.env', variable: 'VITE_SPEECH_KEY' }, false)).toBe(true);
    expect(isPublicEnvRead({ source: 'process.env', variable: 'SPEECH_KEY' })).toBe(false);
    expect(isPublicEnvRead({ source: 'process.env', variable: undefined })).toBe(false);
  });
});

describe('isSecretEnvName', () => {
  it.each([
    'AZURE_OPENAI_API_KEY',
    'SPEECH_KEY',
    'FACE_APIKEY',
    'AZURE_CLIENT_SECRET',
    'STORAGE_CONNECTION_STRING',
    'SERVICEBUS_CONNECTIONSTRING',
    'GITHUB_TOKEN',
    'DB_PASSWORD',
    'SPEECH_KEY_2',
    'AZURE_OPENAI_KEY_SECONDARY',
    'speechKey',
    'subscriptionKey',
    'KEY',
    'TRANSLATOR_KEY1',
    'sasToken',
  ])('%s is secret', (name) => {
    expect(isSecretEnvName(name)).toBe(true);
  });
  it.each([
    'SPEECH_REGION',
    'AZURE_OPENAI_ENDPOINT',
    'KEY_VAULT_URL',
    'TOKEN_ENDPOINT',
    'RECAPTCHA_SITE_KEY',
    'PUBLIC_KEY',
    'STRIPE_PUBLISHABLE_KEY',
    'OPENAI_API_VERSION',
    'cacheKey',
    'VERSION_2',
    'TOKEN_URL_OLD',
    'KEY_NAME',
    '',
    'CONNECTION_STRING_NAME',
  ])('%s is not', (name) => {
    expect(isSecretEnvName(name)).toBe(false);
  });
  it('is undefined-safe', () => {
    expect(isSecretEnvName(undefined)).toBe(false);
  });
});

describe('logCallLabel', () => {
  it('recognises console, logger-named objects and logger factories', () => {
    expect(
      labels(`
        console.log(a); console.error(a); console.assert(a);
        logger.info(a); log.debug(a); appLogger.warn(a); this.logger.error(a); req.log.info(a);
        const p = pino(); p.info(a);
        const w = winston.createLogger({}); w.log("info", a);
        const child = base.child({}); child.fatal(a);
      `),
    ).toEqual([
      'console.log',
      'console.error',
      undefined,
      'logger.info',
      'log.debug',
      'appLogger.warn',
      'logger.error',
      'log.info',
      'p.info',
      'w.log',
      'child.fatal',
    ]);
  });

  it('recognises debug instances only from the debug package', () => {
    expect(
      labels(`
        import createDebug from "debug";
        import { debug as localDebug } from "./util";
        const dbg = createDebug("app");
        dbg(a);
        createDebug("x")(a);
        localDebug(a);
        const r = require("debug")("y");
        r(a);
      `),
    ).toEqual(['debug', 'debug', undefined, 'debug']);
  });

  it('leaves other calls alone', () => {
    expect(labels('res.send(a); formatter.info(a); logger.format(a); history.log; print(a); Math.log(a);')).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
