// The plugin's rules, sorted by name. tests/plugin.test.ts checks this list against src/rules, docs and tests.
import iacCustomerManagedKey from './iac-customer-managed-key.js';
import iacDisableLocalAuth from './iac-disable-local-auth.js';
import iacPrivateNetwork from './iac-private-network.js';
import iacRestrictOutbound from './iac-restrict-outbound.js';
import noAudioLogging from './no-audio-logging.js';
import noClientExposedKey from './no-client-exposed-key.js';
import noDisabledCertificateValidation from './no-disabled-certificate-validation.js';
import noHardcodedCredential from './no-hardcoded-credential.js';
import noHardcodedKey from './no-hardcoded-key.js';
import noInsecureTlsVersion from './no-insecure-tls-version.js';
import noKeyInQuery from './no-key-in-query.js';
import noPlaintextEndpoint from './no-plaintext-endpoint.js';
import noSecretInDeploymentOutput from './no-secret-in-deployment-output.js';
import noSecretInLog from './no-secret-in-log.js';
import noStoredCompletions from './no-stored-completions.js';
import preferEntraId from './prefer-entra-id.js';
import preferEnvConfig from './prefer-env-config.js';

export const rules = {
  'iac-customer-managed-key': iacCustomerManagedKey,
  'iac-disable-local-auth': iacDisableLocalAuth,
  'iac-private-network': iacPrivateNetwork,
  'iac-restrict-outbound': iacRestrictOutbound,
  'no-audio-logging': noAudioLogging,
  'no-client-exposed-key': noClientExposedKey,
  'no-disabled-certificate-validation': noDisabledCertificateValidation,
  'no-hardcoded-credential': noHardcodedCredential,
  'no-hardcoded-key': noHardcodedKey,
  'no-insecure-tls-version': noInsecureTlsVersion,
  'no-key-in-query': noKeyInQuery,
  'no-plaintext-endpoint': noPlaintextEndpoint,
  'no-secret-in-deployment-output': noSecretInDeploymentOutput,
  'no-secret-in-log': noSecretInLog,
  'no-stored-completions': noStoredCompletions,
  'prefer-entra-id': preferEntraId,
  'prefer-env-config': preferEnvConfig,
};
