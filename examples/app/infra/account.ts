// The AI account, declared with Pulumi.
import * as azure from '@pulumi/azure-native';

export const account = new azure.cognitiveservices.Account('speech', {
  resourceGroupName: 'rg-speech',
  kind: 'SpeechServices',
  sku: { name: 'S0' },
  properties: {
    publicNetworkAccess: 'Enabled',
    disableLocalAuth: false,
  },
});
