import { describe, expect, it } from 'vitest';
import { isTokenName } from '../../src/core/names.js';
import * as credentials from '../../src/core/secrets/azure-credentials.js';
import { bearerValue, findClientSecrets, isClientSecret, isJwt } from '../../src/core/secrets/azure-credentials.js';
import { type CredentialRole, classifySecret } from '../../src/core/secrets/classify.js';
import { looksLikePassword } from '../../src/core/secrets/not-secret.js';
import { SERVICES, type ServiceId } from '../../src/core/services.js';

// The first release's shapes (service labels), over the new API: the assertions below are unchanged.
const labelled = <T extends { service: ServiceId | undefined }>(found: T[]) =>
  found.map((f) => ({ ...f, service: f.service && SERVICES[f.service].label }));
const findConnectionStrings = (text: string) => labelled(credentials.findConnectionStrings(text));
const findSasTokens = (text: string) => labelled(credentials.findSasTokens(text));
const findCredentials = (text: string) => labelled(credentials.findCredentials(text));
const classifyCredentialSlotValue = (value: string, role: CredentialRole) =>
  classifySecret(value, { kind: 'credential', role });
import {
  clientSecret,
  jwt,
  sasSignature,
  sasToken,
  serviceBusConnectionString,
  sharedAccessKey,
  storageAccountKey,
  storageConnectionString,
} from '../support/keys.js';

describe('connection strings', () => {
  it('finds AccountKey= and SharedAccessKey= with their service and the whole string', () => {
    const storage = storageConnectionString();
    const text = `const c = "${storage}";`;
    const [found] = findConnectionStrings(text);
    expect(found).toMatchObject({
      kind: 'connectionString',
      service: 'Azure Storage',
      index: text.indexOf('Default'),
      length: storage.length,
    });
    expect(storage).toContain(`AccountKey=${found?.secret ?? 'none'}`);
    expect(findConnectionStrings(serviceBusConnectionString())[0]?.service).toBe('Service Bus');
    expect(
      findConnectionStrings(`AccountEndpoint=https://c.documents.azure.com:443/;AccountKey=${storageAccountKey()};`)[0]
        ?.service,
    ).toBe('Cosmos DB');
    expect(
      findConnectionStrings(
        `HostName=h.azure-devices.net;SharedAccessKeyName=owner;SharedAccessKey=${sharedAccessKey()}`,
      )[0]?.service,
    ).toBe('IoT Hub');
  });

  it.each([
    'UseDevelopmentStorage=true',
    'DefaultEndpointsProtocol=https;AccountName=contoso;EndpointSuffix=core.windows.net',
    'DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${key};EndpointSuffix=core.windows.net',
    'DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=<your-account-key>',
    'AccountName=contoso;AccountKey=your_account_key_here',
    'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=',
    'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX=',
    'Endpoint=sb://x.servicebus.windows.net/;Authentication=Managed Identity',
    'const parts = "AccountKey=" + accountKey;',
  ])('passes %s', (text) => {
    expect(findConnectionStrings(text)).toEqual([]);
  });

  it('passes the storage emulator account', () => {
    expect(
      findConnectionStrings(
        `AccountName=devstoreaccount1;AccountKey=${storageAccountKey()};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
      ),
    ).toEqual([]);
  });
});

describe('SAS tokens', () => {
  it('finds sig= with sv=/se=/sp= in the same query string', () => {
    const url = `https://contoso.blob.core.windows.net/c/b.txt?${sasToken()}`;
    const [found] = findSasTokens(`fetch("${url}")`);
    expect(found).toMatchObject({ kind: 'sas', service: 'Azure Storage', length: url.length });
    expect(
      findSasTokens(`SharedAccessSignature sr=x.servicebus.windows.net&sig=${sasSignature()}&se=1700000000&skn=send`)[0]
        ?.service,
    ).toBe('Service Bus');
  });

  it.each([
    'https://example.com/api?sig=abc',
    `https://example.com/api?id=1&sig=<signature>&sv=2022-11-02`,
    'config.sig=1; sv=2',
    'https://contoso.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sp=r&sig=${sig}',
  ])('passes %s', (text) => {
    expect(findSasTokens(text)).toEqual([]);
  });

  it('needs a companion parameter', () => {
    expect(findSasTokens(`https://example.com/webhook?sig=${sasSignature()}`)).toEqual([]);
  });
});

describe('client secrets', () => {
  it('finds the 40-character 8Q~ and 37-character 7Q~ forms', () => {
    const s8 = clientSecret(8);
    const s7 = clientSecret(7);
    expect(s8).toHaveLength(40);
    expect(s7).toHaveLength(37);
    expect(isClientSecret(s8)).toBe(true);
    expect(isClientSecret(s7)).toBe(true);
    expect(findClientSecrets(`a "${s8}" b '${s7}'`).map((f) => f.secret)).toEqual([s8, s7]);
  });

  it('ignores look-alikes', () => {
    const s8 = clientSecret(8);
    expect(findClientSecrets(`x${s8}`)).toEqual([]);
    expect(findClientSecrets(`${s8}x`)).toEqual([]);
    expect(findClientSecrets(['abc', '8Q~', 'x'.repeat(34)].join(''))).toEqual([]);
    expect(isClientSecret(s8.slice(0, 39))).toBe(false);
  });
});

describe('JWTs and tokens', () => {
  it('recognises a signed JWT', () => {
    expect(isJwt(jwt())).toBe(true);
    expect(isJwt('eyJhbGciOiJIUzI1NiJ9')).toBe(false);
    expect(isJwt(jwt().split('.').slice(0, 2).join('.') + '.')).toBe(false);
    expect(isJwt('eyJ.not.json-at-all-but-long-enough-here')).toBe(false);
  });

  it('strips the Bearer scheme', () => {
    expect(bearerValue('Bearer abc')).toBe('abc');
    expect(bearerValue('abc')).toBe('abc');
  });

  it('knows token names', () => {
    expect(['accessToken', 'ID_TOKEN', 'jwt', 'bearerToken', 'authToken'].every(isTokenName)).toBe(true);
    expect(['tokenizer', 'tokens', 'tokenUrl', 'key'].some(isTokenName)).toBe(false);
  });
});

describe('classifyCredentialSlotValue', () => {
  it('classifies each role', () => {
    expect(classifyCredentialSlotValue(storageConnectionString(), 'connectionString')?.kind).toBe('connectionString');
    expect(
      classifyCredentialSlotValue(`https://a.blob.core.windows.net/?${sasToken()}`, 'connectionString')?.kind,
    ).toBe('sas');
    expect(classifyCredentialSlotValue(sasToken(), 'sas')?.kind).toBe('sas');
    expect(classifyCredentialSlotValue(clientSecret(), 'clientSecret')?.kind).toBe('clientSecret');
    expect(classifyCredentialSlotValue(storageAccountKey(), 'accountKey')?.kind).toBe('accountKey');
    expect(classifyCredentialSlotValue(`Bearer ${jwt()}`, 'token')?.kind).toBe('jwt');
    expect(classifyCredentialSlotValue('Hunter2-proxy', 'password')?.kind).toBe('password');
  });

  it.each([
    ['UseDevelopmentStorage=true', 'connectionString'],
    ['DefaultEndpointsProtocol=https;AccountName=contoso;EndpointSuffix=core.windows.net', 'connectionString'],
    ['contoso.servicebus.windows.net', 'connectionString'],
    ['<client-secret>', 'clientSecret'],
    ['AZURE_CLIENT_SECRET', 'clientSecret'],
    ['your-storage-key', 'accountKey'],
    ['Bearer <token>', 'token'],
    ['Bearer eyJhbGciOi...', 'token'],
    ['password', 'password'],
    ['', 'password'],
    ['<proxy-password>', 'password'],
  ] as const)('passes %s as %s', (value, role) => {
    expect(classifyCredentialSlotValue(value, role)).toBeUndefined();
  });

  it('does not take user names or short words for passwords', () => {
    expect(looksLikePassword('abc')).toBe(false);
    expect(looksLikePassword('test-password')).toBe(false);
  });
});

describe('findCredentials', () => {
  it('reports a SAS inside a connection string once', () => {
    const text = `BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=${sasToken()}`;
    expect(findCredentials(text).map((f) => f.kind)).toEqual(['sas']);
    const both = `${storageConnectionString()} ${clientSecret()}`;
    expect(findCredentials(both).map((f) => f.kind)).toEqual(['connectionString', 'clientSecret']);
    expect(findCredentials('nothing here = 1')).toEqual([]);
  });
});
