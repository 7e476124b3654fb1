import { credentialParameter, row, type AuthFact, type SinkRow, type SlotSpec } from './row.js';

/** The Speech SDK's config factories, by import and by the browser bundle's `SpeechSDK` global. */

const SPEECH = ['microsoft-cognitiveservices-speech-sdk'];

const speech = (cls: string, method: string, slots: readonly SlotSpec[], auth: AuthFact): SinkRow =>
  row({
    modules: SPEECH,
    global: 'SpeechSDK',
    exportPath: [cls, method],
    call: 'call',
    service: 'speech',
    slots,
    auth,
  });

const speechFactories = (cls: string): SinkRow[] => [
  speech(
    cls,
    'fromSubscription',
    [
      { role: 'key', arg: 0 },
      { role: 'region', arg: 1 },
    ],
    { kind: 'subscriptionKey' },
  ),
  speech(
    cls,
    'fromEndpoint',
    [
      { role: 'endpoint', arg: 0 },
      { role: 'credential', arg: 1 },
    ],
    credentialParameter(true, true),
  ),
  // `fromHost(host, key)`: the key form only; a token needs `fromHost(host)` then `authorizationToken`.
  speech(
    cls,
    'fromHost',
    [
      { role: 'endpoint', arg: 0 },
      { role: 'credential', arg: 1 },
    ],
    credentialParameter(false, true),
  ),
  speech(
    cls,
    'fromAuthorizationToken',
    [
      { role: 'token', arg: 0 },
      { role: 'region', arg: 1 },
    ],
    { kind: 'other' },
  ),
];

export const SPEECH_ROWS: readonly SinkRow[] = [
  ...speechFactories('SpeechConfig'),
  ...speechFactories('SpeechTranslationConfig'),
  ...speechFactories('BotFrameworkConfig'),
  speech(
    'CustomCommandsConfig',
    'fromSubscription',
    [
      { role: 'key', arg: 1 },
      { role: 'region', arg: 2 },
    ],
    { kind: 'subscriptionKey' },
  ),
  speech(
    'CustomCommandsConfig',
    'fromAuthorizationToken',
    [
      { role: 'token', arg: 1 },
      { role: 'region', arg: 2 },
    ],
    { kind: 'other' },
  ),
];
