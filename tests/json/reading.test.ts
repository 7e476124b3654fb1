import { describe, expect, it } from 'vitest';
import { lastNames, stringSites, valueOffsets, type JsonString } from '../../src/json/ast.js';
import { armAccounts, armProperty, resolveArm } from '../../src/json/arm.js';
import { isAppSettingsFile, isArmTemplate, isJsonSampleFile, isPackageJson } from '../../src/json/files.js';
import { rejectUnauthorizedOff } from '../../src/json/scripts.js';
import { isDotenvSampleFile } from '../../src/languages/dotenv/files.js';
import { parseJson } from './support.js';

describe('stringSites', () => {
  it('lists every string with its member path, through arrays', () => {
    const doc = parseJson('{"Values":{"SPEECH_KEY":"a","list":["b",{"x":"c"}]},"top":"d"}');
    expect(
      stringSites(doc).map((site) => [
        site.node.value,
        lastNames(site.path, 9).join('.'),
        site.member ? 'member' : 'element',
      ]),
    ).toEqual([
      ['a', 'Values.SPEECH_KEY', 'member'],
      ['b', 'Values.list', 'element'],
      ['c', 'Values.list.x', 'member'],
      ['d', 'top', 'member'],
    ]);
  });

  it('stays linear on deep documents', () => {
    const depth = 2_000; // momoa itself recurses: deeper documents are its parse error, not ours
    const doc = parseJson(`${'{"a":'.repeat(depth)}"v"${'}'.repeat(depth)}`);
    const [site] = stringSites(doc);
    expect(lastNames(site?.path, 2)).toEqual(['a', 'a']);
  });
});

describe('valueOffsets', () => {
  it('maps value offsets to file offsets across escapes', () => {
    const text = '{"s":"a\\"b\\u0041c"}';
    const doc = parseJson(text);
    const node = stringSites(doc)[0]?.node as JsonString;
    expect(node.value).toBe('a"bAc');
    const at = valueOffsets(node, text);
    expect([0, 1, 2, 3, 4, 5].map((i) => text.slice(at(i), at(i) + 1))).toEqual(['a', '\\', 'b', '\\', 'c', '"']);
  });
});

describe('file kinds', () => {
  it('recognises app-settings, package.json and sample files', () => {
    expect(
      ['local.settings.json', 'src/appsettings.json', 'C:\\app\\appsettings.Development.json'].map(isAppSettingsFile),
    ).toEqual([true, true, true]);
    expect(['settings.json', 'appsettings.jsonc', 'myappsettings.json'].map(isAppSettingsFile)).toEqual([
      false,
      false,
      false,
    ]);
    expect(isPackageJson('a/package.json')).toBe(true);
    expect(isPackageJson('a/package.json5')).toBe(false);
    expect(['x.sample.json', 'local.settings.example.json', 'a.template.jsonc'].map(isJsonSampleFile)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['sample.json', 'x.json'].map(isJsonSampleFile)).toEqual([false, false]);
    expect(
      ['.env.example', 'a/.env.sample', '.env.local.template', 'example.env', '.env.dist'].map(isDotenvSampleFile),
    ).toEqual([true, true, true, true, true]);
    expect(['.env', '.env.local', '.env.production', 'examples.env'].map(isDotenvSampleFile)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('recognises ARM templates by schema or shape', () => {
    const schema = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
    expect(isArmTemplate(parseJson(`{"$schema":"${schema}","resources":[]}`))).toBe(true);
    expect(isArmTemplate(parseJson('{"contentVersion":"1.0.0.0","resources":[]}'))).toBe(true);
    expect(isArmTemplate(parseJson('{"$schema":"https://json.schemastore.org/package.json","resources":[]}'))).toBe(
      false,
    );
    expect(isArmTemplate(parseJson('{"resources":[]}'))).toBe(false);
  });
});

describe('ARM accounts and expressions', () => {
  const template = JSON.stringify({
    parameters: { disableLocalAuth: { type: 'bool', defaultValue: false }, noDefault: { type: 'string' } },
    variables: { access: "[parameters('disableLocalAuth')]", acls: { defaultAction: 'Allow' } },
    resources: [
      {
        type: 'Microsoft.CognitiveServices/accounts',
        name: 'top',
        properties: {
          disableLocalAuth: "[variables('access')]",
          networkAcls: "[variables('acls')]",
          publicNetworkAccess: "[parameters('noDefault')]",
          customSubDomainName: '[[literal]',
        },
      },
      {
        type: 'Microsoft.Web/sites',
        name: 'site',
        resources: [{ type: 'microsoft.cognitiveservices/accounts', name: 'child' }],
      },
      {
        type: 'Microsoft.Resources/deployments',
        name: 'nested',
        properties: {
          expressionEvaluationOptions: { scope: 'inner' },
          parameters: { innerFlag: { value: "[parameters('disableLocalAuth')]" } },
          template: {
            parameters: { innerFlag: { type: 'bool', defaultValue: true } },
            resources: {
              sym: {
                type: 'Microsoft.CognitiveServices/accounts',
                name: 'inner',
                properties: { disableLocalAuth: "[parameters('innerFlag')]" },
              },
            },
          },
        },
      },
    ],
  });
  const doc = parseJson(template);
  const accounts = armAccounts(doc.body);

  it('finds accounts at the top, as children, and in nested deployments (array and symbolic-name forms)', () => {
    expect(accounts.map((account) => resolveArm(account.resource.members[1]!.value, account.scope))).toMatchObject([
      { kind: 'literal', node: { value: 'top' } },
      { kind: 'literal', node: { value: 'child' } },
      { kind: 'literal', node: { value: 'inner' } },
    ]);
  });

  it('follows variables to parameters and their defaults, and objects through variables', () => {
    const [top, , inner] = accounts;
    expect(armProperty(top!, ['disableLocalAuth']).resolved).toMatchObject({
      kind: 'literal',
      node: { type: 'Boolean', value: false },
      via: { kind: 'variable', name: 'access' },
    });
    expect(armProperty(top!, ['networkAcls', 'defaultAction']).resolved).toMatchObject({
      kind: 'literal',
      node: { value: 'Allow' },
    });
    expect(armProperty(top!, ['publicNetworkAccess']).resolved).toMatchObject({ kind: 'unknown' });
    expect(armProperty(top!, ['customSubDomainName']).resolved).toMatchObject({
      kind: 'literal',
      node: { value: '[[literal]' },
    });
    expect(armProperty(top!, ['missing']).member).toBeUndefined();
    // Inner scope: the deployment passes the outer parameter, whose default is false.
    expect(armProperty(inner!, ['disableLocalAuth']).resolved).toMatchObject({
      kind: 'literal',
      node: { type: 'Boolean', value: false },
      via: { kind: 'parameter', name: 'innerFlag' },
    });
  });

  it('gives up on expression cycles instead of looping', () => {
    const cyclic = parseJson(
      JSON.stringify({
        variables: { a: "[variables('b')]", b: "[variables('a')]" },
        resources: [
          { type: 'Microsoft.CognitiveServices/accounts', properties: { disableLocalAuth: "[variables('a')]" } },
        ],
      }),
    );
    const [account] = armAccounts(cyclic.body);
    expect(armProperty(account!, ['disableLocalAuth']).resolved?.kind).toBe('unknown');
  });
});

describe('rejectUnauthorizedOff', () => {
  function removed(script: string): string[] {
    return rejectUnauthorizedOff(script).map(({ removal }) => script.slice(0, removal[0]) + script.slice(removal[1]));
  }

  it('finds the POSIX, cross-env, env, export and Windows set forms and removes them cleanly', () => {
    expect(removed('NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js')).toEqual(['node app.js']);
    expect(removed('cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js')).toEqual(['cross-env node app.js']);
    expect(removed('env NODE_TLS_REJECT_UNAUTHORIZED="0" node app.js')).toEqual(['env node app.js']);
    expect(removed("export NODE_TLS_REJECT_UNAUTHORIZED='0' && node app.js")).toEqual(['node app.js']);
    expect(removed('set NODE_TLS_REJECT_UNAUTHORIZED=0&& node app.js')).toEqual(['node app.js']);
    expect(removed('set "NODE_TLS_REJECT_UNAUTHORIZED=0" && node app.js')).toEqual(['node app.js']);
    expect(removed('npm run build && NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js')).toEqual([
      'npm run build && node a.js',
    ]);
  });

  it('ignores safe values and look-alike names', () => {
    expect(rejectUnauthorizedOff('NODE_TLS_REJECT_UNAUTHORIZED=1 node app.js')).toEqual([]);
    expect(rejectUnauthorizedOff('MY_NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js')).toEqual([]);
    expect(rejectUnauthorizedOff('echo NODE_TLS_REJECT_UNAUTHORIZED=01')).toEqual([]);
    expect(rejectUnauthorizedOff('x'.repeat(100_000))).toEqual([]);
  });
});
