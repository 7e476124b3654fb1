import { type JsonDocument, stringValue, memberValue } from './ast.js';

/** The file name without folders (both separators: ESLint passes native paths). */
export function baseName(filename: string): string {
  const cut = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
  return filename.slice(cut + 1);
}

/**
 * Azure Functions `local.settings.json` and ASP.NET-style `appsettings.json` / `appsettings.<Env>.json`: the files
 * whose values App Service and Functions can take from Key Vault references.
 */
export function isAppSettingsFile(filename: string): boolean {
  const name = baseName(filename).toLowerCase();
  return name === 'local.settings.json' || /^appsettings(?:\.[^.]+)*\.json$/u.test(name);
}

export function isPackageJson(filename: string): boolean {
  return baseName(filename) === 'package.json';
}

/** `*.sample.json`, `*.example.json`, `*.template.json` (and `jsonc`): committed on purpose, normally placeholders. */
export function isJsonSampleFile(filename: string): boolean {
  return /\.(?:sample|example|template)\.json[c5]?$/iu.test(baseName(filename));
}

/** An ARM deployment template: the deploymentTemplate `$schema`, or `contentVersion` beside `resources`. */
export function isArmTemplate(document: JsonDocument): boolean {
  const schema = stringValue(memberValue(document.body, '$schema'));
  if (schema !== undefined) return /deploymenttemplate\.json/iu.test(schema);
  const resources = memberValue(document.body, 'resources');
  return (
    (resources?.type === 'Array' || resources?.type === 'Object') &&
    memberValue(document.body, 'contentVersion') !== undefined
  );
}
