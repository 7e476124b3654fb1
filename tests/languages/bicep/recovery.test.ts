import { describe, expect, it } from 'vitest';
import { parseBicep, type Statement } from '../../../src/languages/bicep/index.js';
import { tokenize } from '../../../src/languages/bicep/tokens.js';
import { bicepCorpus } from './corpus.js';
import { locationProblems, strip } from './helpers.js';

const SAMPLE = `targetScope = 'resourceGroup'
@description('Name')
param name string = 'ai-\${uniqueString(resourceGroup().id)}'
param disableLocalAuth bool = false
@allowed([ 'Enabled', 'Disabled' ])
param publicNetworkAccess string = 'Enabled'
var notes = '''
multi
'''
type sku = 'S0' | 'S1'
func f(a int) int => a * 2
resource account 'Microsoft.CognitiveServices/accounts@2023-05-01' = if (!empty(name)) {
  name: name
  properties: {
    disableLocalAuth: disableLocalAuth
    networkAcls: { defaultAction: 'Deny', ipRules: [for ip in ips: { value: ip }] }
  }
  resource gpt 'deployments' = { name: 'gpt' }
}
module m './core/ai/cognitiveservices.bicep' = {
  params: { publicNetworkAccess: 'Enabled', tags: tags.?x ?? {} }
}
output key string = account.listKeys().key1
output f int = x ? 1 : -1
`;

const names = (body: readonly Statement[]): string[] =>
  body.map((s) => ('id' in s ? `${s.type}:${s.id.name}` : s.type));

describe('Bicep error recovery', () => {
  it('a file truncated at every token boundary keeps every declaration that ended before the cut', () => {
    const full = parseBicep(SAMPLE);
    expect(full.errors).toEqual([]);
    const cuts = new Set<number>();
    for (const token of tokenize(SAMPLE).tokens) cuts.add(token.start).add(token.end);
    for (const cut of cuts) {
      const text = SAMPLE.slice(0, cut);
      const program = parseBicep(text);
      expect(locationProblems(text, program), `cut at ${String(cut)}`).toEqual([]);
      const before = full.body.filter((s) => s.range[1] < cut);
      expect(program.body.slice(0, before.length), `cut at ${String(cut)}`).toEqual(before);
    }
  });

  it('truncated corpus files keep their earlier declarations', () => {
    for (const file of bicepCorpus(8)) {
      const full = parseBicep(file.text);
      for (let cut = 0; cut < file.text.length; cut += 97) {
        const program = parseBicep(file.text.slice(0, cut));
        const before = full.body.filter((s) => s.range[1] < cut);
        expect(strip(program.body.slice(0, before.length)), `${file.name} cut at ${String(cut)}`).toEqual(
          strip(before),
        );
      }
    }
  });

  it('garbage lines become InvalidStatements and the declarations around them survive', () => {
    const text = 'var a = 1\n= = garbage )\nparam b string = }\n#@!\nvar c = 3\n}}}\nvar d = 4\n';
    const program = parseBicep(text);
    expect(names(program.body)).toEqual([
      'VariableDeclaration:a',
      'InvalidStatement',
      'ParameterDeclaration:b',
      'InvalidStatement',
      'InvalidStatement',
      'VariableDeclaration:c',
      'InvalidStatement',
      'VariableDeclaration:d',
    ]);
    expect(program.errors.length).toBeGreaterThan(0);
    expect(locationProblems(text, program)).toEqual([]);
    const b = program.body[2];
    expect(b?.type === 'ParameterDeclaration' && b.default?.type).toBe('InvalidExpression');
  });

  it('an unclosed object ends at the next declaration keyword at column 0', () => {
    const text = [
      "resource a 'Microsoft.CognitiveServices/accounts@2023-05-01' = {",
      '  name: x',
      '  properties: {',
      '    disableLocalAuth: false',
      "param p string = 'Enabled'",
      "resource b 'T@1' = { name: [ 1, 2 }",
      'output o string = b.name',
    ].join('\n');
    const program = parseBicep(text);
    expect(names(program.body)).toEqual([
      'ResourceDeclaration:a',
      'ParameterDeclaration:p',
      'ResourceDeclaration:b',
      'OutputDeclaration:o',
    ]);
    expect(strip(program.body[0])).toMatchObject({
      body: {
        properties: [{}, { value: { properties: [{ key: { name: 'disableLocalAuth' }, value: { value: false } }] } }],
      },
    });
    // Both open objects end at `param`: one error there (the same message at the same place is reported once).
    expect(program.errors.map((e) => [e.message, e.loc.start.line])).toEqual([
      ["Expected '}' to close the object.", 5],
      ["Expected ']' to close the array.", 6],
    ]);
  });

  it('an indented keyword inside an object is a property or a nested resource, not a boundary', () => {
    const program = parseBicep("resource a 'T@1' = {\n  type: 1\n  resource c 'child' = {}\n}\nvar z = 1");
    expect(program.errors).toEqual([]);
    expect(names(program.body)).toEqual(['ResourceDeclaration:a', 'VariableDeclaration:z']);
  });

  it('unterminated strings, interpolations, comments and multi-line strings', () => {
    for (const text of [
      "var a = 'abc\nvar b = 1",
      "var a = 'x${y\nvar b = 1",
      "var a = 'x${\nvar b = 1",
      "var a = 'bad \\q escape'\nvar b = 1",
      "var a = '\\u{110000}'\nvar b = 1",
      'var a = 1 /* open\nvar b = 1',
      "var a = '''open\nvar b = 1",
    ]) {
      const program = parseBicep(text);
      expect(program.errors.length, text).toBeGreaterThan(0);
      expect(program.body[0]?.type, text).toBe('VariableDeclaration');
      expect(locationProblems(text, program), text).toEqual([]);
      const open = text.includes('/*') || text.includes("'''");
      expect(names(program.body).includes('VariableDeclaration:b'), text).toBe(!open);
    }
  });

  it('missing pieces produce placeholders, not throws', () => {
    for (const text of [
      'param',
      'param x',
      'var',
      'var x',
      'var x =',
      'resource',
      "resource r 'T@1'",
      "resource r 'T@1' =",
      'module m',
      'output',
      'output o string',
      'type t',
      'func',
      'func f(',
      'func f(a int',
      'import {',
      'import { a as',
      'import *',
      '@',
      '@secure()',
      '@secure(',
      'x ? :',
      'var a = [for',
      'var a = [for x in',
      "var a = { 'k' }",
      'var a = (1, 2)',
      'var a = x.',
      'var a = x[',
      'var a = f(1 2)',
      'var a = {a:1 b:2}',
      'var a = [1 2]',
      'type t = { a: }',
      'type t = [',
      'type t = resourceInput<',
      'var a = x ? y',
      "var a = 'x${}'",
      'var a = !',
      'using',
      'extension',
    ]) {
      const program = parseBicep(text);
      expect(program.errors.length, text).toBeGreaterThan(0);
      expect(locationProblems(text, program), text).toEqual([]);
    }
  });
});
