import { credentialParameter, row, type AuthFact, type SinkRow, type SlotRole } from './row.js';

/** The Speech SDK's config factories, by import and by the browser bundle's `SpeechSDK` global. */

const SPEECH = ['microsoft-cognitiveservices-speech-sdk'];

/**
 * A Speech factory row: each takes two values in a row (`fromSubscription(key, region)`), from argument `first`
 * on (`CustomCommandsConfig.fromSubscription(appId, key, region)` starts at 1).
 */
const speech = (
  cls: string,
  method: string,
  roles: readonly [SlotRole, SlotRole],
  auth: AuthFact,
  first = 0,
): SinkRow =>
  row({
    modules: SPEECH,
    global: 'SpeechSDK',
    exportPath: [cls, method],
    call: 'call',
    service: 'speech',
    slots: roles.map((role, i) => ({ role, arg: first + i })),
    auth,
  });

const speechFactories = (cls: string): SinkRow[] => [
  speech(cls, 'fromSubscription', ['key', 'region'], { kind: 'subscriptionKey' }),
  speech(cls, 'fromEndpoint', ['endpoint', 'credential'], credentialParameter(true, true)),
  // `fromHost(host, key)`: the key form only; a token needs `fromHost(host)` then `authorizationToken`.
  speech(cls, 'fromHost', ['endpoint', 'credential'], credentialParameter(false, true)),
  speech(cls, 'fromAuthorizationToken', ['token', 'region'], { kind: 'other' }),
];

export const SPEECH_ROWS: readonly SinkRow[] = [
  ...speechFactories('SpeechConfig'),
  ...speechFactories('SpeechTranslationConfig'),
  ...speechFactories('BotFrameworkConfig'),
  speech('CustomCommandsConfig', 'fromSubscription', ['key', 'region'], { kind: 'subscriptionKey' }, 1),
  speech('CustomCommandsConfig', 'fromAuthorizationToken', ['token', 'region'], { kind: 'other' }, 1),
];
