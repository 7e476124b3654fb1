import { describe, expect, it } from 'vitest';
import {
  parseBicep,
  type BicepFile,
  type Expression,
  type ParameterDeclaration,
} from '../../../src/languages/bicep/index.js';
import {
  bicepAccounts,
  bicepSetting,
  insertEdit,
  insecureReport,
  judgeBicep,
} from '../../../src/languages/bicep/iac.js';
import { resolve, settingAt, type BicepSetting } from '../../../src/languages/bicep/values.js';

const file = (text: string) => parseBicep(text);
/** The body of the `index`th declaration, a resource's. */
const bodyOf = (f: BicepFile, index: number): Expression => {
  const statement = f.body[index];
  if (statement?.type !== 'ResourceDeclaration') throw new Error(String(statement?.type));
  return statement.body;
};
const valueOf = (text: string, name = 'x') => {
  const f = file(text);
  const v = f.body.find((s) => s.type === 'VariableDeclaration' && s.id.name === name);
  if (v?.type !== 'VariableDeclaration') throw new Error('no var');
  const r = resolve(f, v.init);
  return r.kind === 'static' ? r.leaves.map((l) => [l.value, l.parameter?.id.name ?? null, l.plain]) : r;
};

/** The judge the core applies: secure when every value is `secure` (case-insensitively), insecure when none is. */
const judgeAgainst = (secure: string | boolean) => (values: readonly (string | boolean | null)[] | undefined) => {
  if (!values || values.length === 0) return { kind: 'unknown' as const };
  const ok = (v: string | boolean | null) =>
    typeof secure === 'string' ? typeof v === 'string' && v.toLowerCase() === secure.toLowerCase() : v === secure;
  const passing = values.filter(ok).length;
  if (passing === values.length) return { kind: 'secure' as const };
  return passing > 0 ? { kind: 'unknown' as const } : { kind: 'insecure' as const, index: 0 };
};

describe('Bicep static values', () => {
  it('literals, params with defaults, vars, ternaries, ??, !', () => {
    expect(valueOf("var x = 'Enabled'")).toEqual([['Enabled', null, true]]);
    expect(valueOf('param p bool = false\nvar x = p')).toEqual([[false, 'p', true]]);
    expect(valueOf("var a = 'A'\nvar b = a\nvar x = b")).toEqual([['A', null, true]]);
    expect(valueOf("var x = c ? 'Enabled' : 'Disabled'")).toEqual([
      ['Enabled', null, true],
      ['Disabled', null, true],
    ]);
    expect(valueOf("var x = null ?? 'Enabled'")).toEqual([['Enabled', null, true]]);
    expect(valueOf("var x = 'Disabled' ?? 'Enabled'")).toEqual([['Disabled', null, true]]);
    expect(valueOf('param p bool = true\nvar x = !p')).toEqual([[false, 'p', false]]);
    expect(valueOf("var x = '''Enabled'''")).toEqual([['Enabled', null, false]]);
  });

  it('a param without default is unknown, and names the parameter', () => {
    expect(valueOf('param p bool\nvar x = p')).toEqual({
      kind: 'unknown',
      parameter: expect.objectContaining({ type: 'ParameterDeclaration' }) as ParameterDeclaration,
    });
    expect(valueOf("var x = f('a')")).toEqual({ kind: 'unknown' });
    expect(valueOf("var x = 'a${b}'")).toEqual({ kind: 'unknown' });
    expect(valueOf('var x = x')).toEqual({ kind: 'unknown' });
  });

  it('settings through nested objects, object params, ternaries of objects, and case-insensitive names', () => {
    const f = file(
      [
        "param acls object = empty(ips) ? { defaultAction: 'Allow' } : { defaultAction: 'Deny', ipRules: ips }",
        'var props = { DisableLocalAuth: false, networkAcls: acls }',
        "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {",
        '  properties: props',
        '}',
      ].join('\n'),
    );
    const body = bodyOf(f, 2);
    const local = settingAt(f, body, ['properties', 'disableLocalAuth']);
    expect(local.kind === 'set' && local.leaves?.map((l) => l.value)).toEqual([false]);
    const acl = settingAt(f, body, ['properties', 'networkAcls', 'defaultAction']);
    expect(acl.kind === 'set' && acl.leaves?.map((l) => l.value)).toEqual(['Allow', 'Deny']);
    expect(settingAt(f, body, ['properties', 'encryption', 'keySource'])).toMatchObject({
      kind: 'missing',
      path: ['encryption', 'keySource'],
    });
  });

  it('spreads and calls make a missing setting unknown', () => {
    const f = file(
      "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  properties: { ...base }\n}\nresource b 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  properties: union(x, y)\n}",
    );
    expect(settingAt(f, bodyOf(f, 0), ['properties', 'disableLocalAuth'])).toEqual({ kind: 'unknown' });
    expect(settingAt(f, bodyOf(f, 1), ['properties', 'disableLocalAuth'])).toEqual({ kind: 'unknown' });
  });
});

describe('Bicep AI accounts', () => {
  const text = [
    "resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = { name: 'a' }",
    "resource b 'microsoft.cognitiveservices/ACCOUNTS@2025-06-01' = if (x) { name: 'b' }",
    "resource c 'Microsoft.CognitiveServices/accounts@2023-05-01' existing = { name: 'c' }",
    "resource d 'Microsoft.CognitiveServices/accounts/deployments@2023-05-01' = { name: 'd' }",
    "module e './core/ai/cognitiveservices.bicep' = { params: { disableLocalAuth: false } }",
    "module f 'br/public:avm/res/cognitive-services/account:0.7.0' = { params: { publicNetworkAccess: 'Enabled' } }",
    "module g 'br/public:avm/res/storage/storage-account:0.9.0' = { params: {} }",
    "module h 'br:contoso.azurecr.io/x.bicep:v1' = { params: {} }",
    "resource parent 'Microsoft.Resources/resourceGroups@2021-04-01' = {",
    "  resource nested 'Microsoft.CognitiveServices/accounts@2023-05-01' = { name: 'n' }",
    '}',
  ].join('\n');

  it('finds account resources of any API version and AI module calls', () => {
    expect(bicepAccounts(file(text)).map((a) => a.label)).toEqual([
      'Bicep resource a',
      'Bicep resource b',
      'Bicep module e',
      'Bicep module f',
      'Bicep resource nested',
    ]);
  });

  it('module calls: passed params are judged, params not passed are missing (never reported)', () => {
    const f = file(text);
    const [, , e, fModule] = bicepAccounts(f);
    const local = bicepSetting(f, e!, ['properties', 'disableLocalAuth']);
    expect(local.path).toEqual(['params', 'disableLocalAuth']);
    expect(local.setting.kind === 'set' && local.setting.leaves?.map((l) => l.value)).toEqual([false]);
    expect(bicepSetting(f, e!, ['properties', 'publicNetworkAccess']).setting).toMatchObject({ kind: 'missing' });
    expect(bicepSetting(f, e!, ['properties', 'somethingElse']).setting).toEqual({ kind: 'unknown' });
    const access = bicepSetting(f, fModule!, ['properties', 'publicNetworkAccess']).setting;
    expect(judgeBicep(access, judgeAgainst('Disabled')).kind).toBe('insecure');
  });

  it('an insecure param default is reported at the default, with a plain edit', () => {
    const source =
      "param disableLocalAuth bool = false\nresource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\n  properties: {\n    disableLocalAuth: disableLocalAuth\n  }\n}";
    const f = file(source);
    const [account] = bicepAccounts(f);
    const verdict = judgeBicep(
      bicepSetting(f, account!, ['properties', 'disableLocalAuth']).setting,
      judgeAgainst(true),
    );
    if (verdict.kind !== 'insecure') throw new Error(verdict.kind);
    const report = insecureReport(source, verdict, true);
    expect(report.node.loc.start).toEqual({ line: 1, column: 30 });
    expect(report.edit).toEqual({ range: [30, 35], text: 'true' });
  });

  it("case-insensitive verdicts: 'disabled' is secure", () => {
    const f = file(
      "resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\n  properties: { publicNetworkAccess: 'disabled' }\n}",
    );
    const [account] = bicepAccounts(f);
    expect(
      judgeBicep(bicepSetting(f, account!, ['properties', 'publicNetworkAccess']).setting, judgeAgainst('Disabled')),
    ).toEqual({ kind: 'secure' });
  });

  it('a missing setting is added on its own line before the closing brace, nested as needed', () => {
    const source = "resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\r\n  name: 'a'\r\n}\r\n";
    const f = file(source);
    const setting = settingAt(f, bodyOf(f, 0), ['properties', 'disableLocalAuth']) as Extract<
      BicepSetting,
      { kind: 'missing' }
    >;
    const edit = insertEdit(source, setting, true)!;
    const fixed = source.slice(0, edit.range[0]) + edit.text + source.slice(edit.range[1]);
    expect(fixed).toBe(
      "resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = {\r\n  name: 'a'\r\n  properties: {\r\n    disableLocalAuth: true\r\n  }\r\n}\r\n",
    );
    expect(parseBicep(fixed).errors).toEqual([]);
    const oneLine = file("resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = { name: 'a' }");
    const missing = settingAt(oneLine, bodyOf(oneLine, 0), ['properties', 'disableLocalAuth']) as Extract<
      BicepSetting,
      { kind: 'missing' }
    >;
    expect(
      insertEdit("resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = { name: 'a' }", missing, true),
    ).toBeUndefined();
  });
});
