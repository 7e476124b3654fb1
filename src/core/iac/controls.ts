/**
 * The security controls of an Azure AI (Cognitive Services) account, independent of the language that declares
 * it: the property path per schema, the secure value, and the verdict over the values a setting may hold. JS/TS
 * declarations (settings.ts), ARM JSON and Bicep all ask `judgeValues` with the values they read.
 */

/** A static value a setting may hold: a string (also an enum member's value), a boolean, or `null`/`undefined` (unset). */
export type Scalar = string | boolean | null;

/**
 * Which property names a declaration uses. `arm`: the ARM resource shape (`properties.disableLocalAuth`) of
 * ARM templates, Bicep, azure-native and the management SDK. `azurerm`: the Terraform provider's names
 * (`localAuthEnabled`) of CDKTF and classic Pulumi.
 */
export type IacSchema = 'arm' | 'azurerm';

export interface ControlSetting {
  readonly path: readonly string[];
  /** The value that makes the control secure (strings compare case-insensitively). */
  readonly secure: string | boolean;
}

export type ControlId =
  'localAuth' | 'publicNetworkAccess' | 'networkAclsDefaultAction' | 'restrictOutbound' | 'customerManagedKey';

export const CONTROLS: Readonly<Record<ControlId, Readonly<Record<IacSchema, ControlSetting>>>> = {
  localAuth: {
    arm: { path: ['properties', 'disableLocalAuth'], secure: true },
    azurerm: { path: ['localAuthEnabled'], secure: false },
  },
  publicNetworkAccess: {
    arm: { path: ['properties', 'publicNetworkAccess'], secure: 'Disabled' },
    azurerm: { path: ['publicNetworkAccessEnabled'], secure: false },
  },
  networkAclsDefaultAction: {
    arm: { path: ['properties', 'networkAcls', 'defaultAction'], secure: 'Deny' },
    azurerm: { path: ['networkAcls', 'defaultAction'], secure: 'Deny' },
  },
  restrictOutbound: {
    arm: { path: ['properties', 'restrictOutboundNetworkAccess'], secure: true },
    azurerm: { path: ['outboundNetworkAccessRestricted'], secure: true },
  },
  // azurerm has no keySource: a `customerManagedKey` block (or a separate resource) is the control there.
  customerManagedKey: {
    arm: { path: ['properties', 'encryption', 'keySource'], secure: 'Microsoft.KeyVault' },
    azurerm: { path: ['customerManagedKey'], secure: true },
  },
};

/** Whether `value` is the control's secure value. */
export function isSecureValue(secure: string | boolean, value: Scalar): boolean {
  if (typeof secure === 'string') return typeof value === 'string' && value.toLowerCase() === secure.toLowerCase();
  return value === secure;
}

export type ValueVerdict =
  { readonly kind: 'secure' } | { readonly kind: 'unknown' } | { readonly kind: 'insecure'; readonly index: number };

/**
 * The verdict over the static values a setting may hold (`undefined`: one of them is not static): `secure` when
 * every value passes, `insecure` when every one fails (`index`: the value to report), `unknown` when mixed
 * (`isProd ? "Disabled" : "Enabled"` depends on run-time config) or not static.
 */
export function judgeValues(values: readonly Scalar[] | undefined, isSecure: (value: Scalar) => boolean): ValueVerdict {
  if (!values || values.length === 0) return { kind: 'unknown' };
  const secure = values.filter(isSecure).length;
  if (secure === values.length) return { kind: 'secure' };
  return secure > 0 ? { kind: 'unknown' } : { kind: 'insecure', index: 0 };
}
