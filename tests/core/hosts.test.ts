import { describe, expect, it } from 'vitest';
import {
  isAzureAiHost,
  isAzureAiHostTail,
  isLoopbackHost,
  isNamespaceUrl,
  isSharedAzureAiHost,
  plaintextUrlAt,
} from '../../src/core/endpoints/hosts.js';
import { HOLE, isAzureAiUrlHost, schemeRange, secureScheme } from '../../src/core/endpoints/urls.js';
import { headerForQueryParam, keyParamsInQuery } from '../../src/core/sinks/headers.js';

describe('hosts', () => {
  it.each([
    'contoso.cognitiveservices.azure.com',
    'westus.api.cognitive.microsoft.com',
    'api.cognitive.microsofttranslator.com',
    'CONTOSO.OpenAI.Azure.com',
    'x.services.ai.azure.com',
    'westus.stt.speech.microsoft.com',
    'westus.tts.speech.microsoft.com',
    'gw.azure-api.net',
    'search1.search.windows.net',
    'models.inference.ai.azure.com',
    'x.openai.azure.us',
    'x.cognitiveservices.azure.cn',
    'contoso.openai.azure.com.',
  ])('%s is an Azure AI host', (host) => {
    expect(isAzureAiHost(host)).toBe(true);
  });

  it.each([
    'openai.azure.com',
    'cognitiveservices.azure.com',
    'openai.azure.com.evil.example',
    'example.com',
    '',
    'azure.com',
  ])('%s is not', (host) => {
    expect(isAzureAiHost(host)).toBe(false);
  });

  it('host tails after a template hole', () => {
    expect(isAzureAiHostTail('.api.cognitive.microsoft.com')).toBe(true);
    expect(isAzureAiHostTail('.openai.azure.com')).toBe(true);
    expect(isAzureAiHostTail('.example.com')).toBe(false);
    expect(isAzureAiUrlHost(`${HOLE}.openai.azure.com`)).toBe(true);
    expect(isAzureAiUrlHost(`${HOLE}openai.azure.com`)).toBe(false);
    expect(isAzureAiUrlHost(HOLE)).toBe(false);
    expect(isAzureAiUrlHost('x.openai.azure.com')).toBe(true);
  });

  it('loopback', () => {
    for (const h of ['localhost', 'LOCALHOST', 'api.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['10.0.0.1', 'localhost.example.com', '128.0.0.1', 'mylocalhost'])
      expect(isLoopbackHost(h)).toBe(false);
  });

  it('namespaces and shared hosts', () => {
    expect(isNamespaceUrl('www.w3.org')).toBe(true);
    expect(isNamespaceUrl('schemas.microsoft.com')).toBe(true);
    expect(isNamespaceUrl('contoso.openai.azure.com')).toBe(false);
    expect(isSharedAzureAiHost('api.cognitive.microsofttranslator.com')).toBe(true);
    expect(isSharedAzureAiHost('contoso.cognitiveservices.azure.com')).toBe(false);
  });

  it('plaintextUrlAt', () => {
    expect(plaintextUrlAt('http://contoso.openai.azure.com/x')).toEqual({
      scheme: 'http',
      host: 'contoso.openai.azure.com',
      offset: 0,
    });
    expect(plaintextUrlAt('  WS://user@[::1]:5000')).toEqual({ scheme: 'ws', host: '[::1]', offset: 2 });
    expect(plaintextUrlAt('https://contoso.openai.azure.com')).toBeUndefined();
    expect(plaintextUrlAt('see http://x')).toBeUndefined();
  });
});

describe('urls', () => {
  it('schemeRange finds the written scheme, not an escaped one', () => {
    expect(schemeRange('"http://x"', 10, 'http')).toEqual([11, 15]);
    expect(schemeRange('` ws://x`', 0, 'ws')).toEqual([2, 4]);
    expect(schemeRange(String.raw`"\x68ttp://x"`, 0, 'http')).toBeUndefined();
    expect(secureScheme('http')).toBe('https');
    expect(secureScheme('HTTP')).toBe('HTTPS');
    expect(secureScheme('ws')).toBe('wss');
  });

  it('keyParamsInQuery', () => {
    expect(keyParamsInQuery('https://x/a?subscription-key=1')).toEqual(['subscription-key']);
    expect(keyParamsInQuery('?a=1&Subscription-Key=')).toEqual(['Subscription-Key']);
    expect(keyParamsInQuery(`${HOLE}/x?api-version=1&api-key=${HOLE}`)).toEqual(['api-key']);
    expect(keyParamsInQuery('?api-version=2024-10-21')).toEqual([]);
    expect(keyParamsInQuery('subscription-key=1')).toEqual([]);
    expect(keyParamsInQuery('?apikey=1')).toEqual([]);
    expect(keyParamsInQuery('&'.repeat(5000))).toEqual([]);
    expect(keyParamsInQuery(`${'&'.repeat(19_000)}=`)).toEqual([]);
    expect(headerForQueryParam('Subscription-Key')).toBe('Ocp-Apim-Subscription-Key');
    expect(headerForQueryParam('api-key')).toBe('api-key');
  });
});
