// A generated corpus of realistic Bicep files for the parser's speed and the rules' cost. The shapes follow what
// public Azure samples ship (an azd `infra/main.bicep` at subscription scope calling modules, a shared
// `core/ai/cognitiveservices.bicep` module, a file using the Azure Verified Module for AI accounts, plus storage,
// Key Vault and monitoring modules); the text is written here and varied by a seeded generator, not copied.

/** A small deterministic generator (mulberry32), so every run sees the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const API_VERSIONS = ['2023-05-01', '2023-10-01-preview', '2024-04-01-preview', '2024-10-01', '2025-06-01'];
const KINDS = ['OpenAI', 'CognitiveServices', 'AIServices', 'FormRecognizer', 'SpeechServices', 'TextAnalytics'];
const MODELS = ['gpt-4o', 'gpt-4o-mini', 'text-embedding-3-large', 'text-embedding-ada-002', 'whisper'];
const LOCATIONS = ['eastus', 'eastus2', 'swedencentral', 'westeurope', 'australiaeast'];

function mainBicep(rng: Rng, n: number): string {
  const modules = Array.from({ length: 2 + Math.floor(rng() * 4) }, (_, i) => {
    const what = pick(rng, ['ai', 'storage', 'keyvault', 'monitoring', 'search']);
    return `module ${what}${String(i)} './core/${what}/${what}-${String(i)}.bicep' = {
  name: '${what}-${String(i)}'
  scope: rg
  params: {
    name: !empty(${what}Name${String(i)}) ? ${what}Name${String(i)} : '\${abbrs.cognitiveServicesAccounts}\${resourceToken}'
    location: ${pick(rng, ['location', `'${pick(rng, LOCATIONS)}'`])}
    tags: tags
    disableLocalAuth: ${pick(rng, ['true', 'false', 'disableLocalAuth'])}
    publicNetworkAccess: ${pick(rng, ["'Enabled'", "'Disabled'", 'publicNetworkAccess'])}
    sku: {
      name: '${pick(rng, ['S0', 'F0', 'Standard'])}'
    }
  }
}
`;
  });
  return `targetScope = 'subscription'

// Generated sample ${String(n)}: an application's main template.
@minLength(1)
@maxLength(64)
@description('Name of the environment which is used to generate a short unique hash used in all resources.')
param environmentName string

@minLength(1)
@description('Primary location for all resources')
@allowed([ ${LOCATIONS.map((l) => `'${l}'`).join(', ')} ])
param location string

param resourceGroupName string = ''
param disableLocalAuth bool = ${pick(rng, ['true', 'false'])}
@allowed([ 'Enabled', 'Disabled' ])
param publicNetworkAccess string = '${pick(rng, ['Enabled', 'Disabled'])}'
${Array.from({ length: modules.length }, (_, i) => `param aiName${String(i)} string = ''\nparam storageName${String(i)} string = ''\nparam keyvaultName${String(i)} string = ''\nparam monitoringName${String(i)} string = ''\nparam searchName${String(i)} string = ''`).join('\n')}

@description('Id of the user or app to assign application roles')
param principalId string = ''

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '\${abbrs.resourcesResourceGroups}\${environmentName}'
  location: location
  tags: tags
}

${modules.join('\n')}
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_OPENAI_ENDPOINT string = ${modules.length > 0 ? 'ai0.outputs.endpoint' : "''"}
`;
}

function cognitiveServicesModule(rng: Rng, n: number): string {
  const api = pick(rng, API_VERSIONS);
  const deployments = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => {
    const model = pick(rng, MODELS);
    return `  {
    name: '${model}'
    model: {
      format: 'OpenAI'
      name: '${model}'
      version: '${String(1 + Math.floor(rng() * 5))}'
    }
    sku: {
      name: 'Standard'
      capacity: ${String(10 + Math.floor(rng() * 200))}
    }
  }`;
  });
  return `metadata description = 'Creates an Azure Cognitive Services instance (${String(n)}).'
param name string
param location string = resourceGroup().location
param tags object = {}
@description('The custom subdomain name used to access the API. Defaults to the value of the name parameter.')
param customSubDomainName string = name
param disableLocalAuth bool = ${pick(rng, ['false', 'true'])}
param deployments array = [
${deployments.join('\n')}
]
param kind string = '${pick(rng, KINDS)}'

@allowed([ 'Enabled', 'Disabled' ])
param publicNetworkAccess string = '${pick(rng, ['Enabled', 'Disabled'])}'
param sku object = {
  name: 'S0'
}

param allowedIpRules array = []
param networkAcls object = empty(allowedIpRules) ? {
  defaultAction: '${pick(rng, ['Allow', 'Deny'])}'
} : {
  ipRules: allowedIpRules
  defaultAction: 'Deny'
}

resource account 'Microsoft.CognitiveServices/accounts@${api}' = {
  name: name
  location: location
  tags: tags
  kind: kind
  properties: {
    customSubDomainName: customSubDomainName
    publicNetworkAccess: publicNetworkAccess
    networkAcls: networkAcls
    disableLocalAuth: disableLocalAuth${
      rng() < 0.3
        ? `
    restrictOutboundNetworkAccess: ${pick(rng, ['true', 'false'])}
    allowedFqdnList: [ 'contoso.com' ]`
        : ''
    }
  }
  sku: sku
  identity: {
    type: 'SystemAssigned'
  }
}

@batchSize(1)
resource deployment 'Microsoft.CognitiveServices/accounts/deployments@${api}' = [for deployment in deployments: {
  parent: account
  name: deployment.name
  properties: {
    model: deployment.model
    raiPolicyName: contains(deployment, 'raiPolicyName') ? deployment.raiPolicyName : null
  }
  sku: contains(deployment, 'sku') ? deployment.sku : {
    name: 'Standard'
    capacity: 20
  }
}]

output endpoint string = account.properties.endpoint
output endpoints object = account.properties.endpoints
output id string = account.id
output name string = account.name
output principalId string = account.identity.?principalId ?? ''
`;
}

function avmUsage(rng: Rng, n: number): string {
  const version = `0.${String(5 + Math.floor(rng() * 8))}.${String(Math.floor(rng() * 3))}`;
  return `// Generated sample ${String(n)}: the AI account through the Azure Verified Module.
import { roleAssignmentType } from 'br/public:avm/utl/types/avm-common-types:0.5.1'

param location string = resourceGroup().location
param name string
@description('Optional. Role assignments for the account.')
param roleAssignments roleAssignmentType[]?
param deployAccount bool = true

type modelDeployment = {
  @description('The deployment name.')
  name: string
  model: { format: 'OpenAI', name: string, version: string }
  sku: { name: 'Standard' | 'GlobalStandard', capacity: int? }?
}

func deploymentName(model string, index int) string => '\${model}-\${string(index)}'

var models = [
  { name: '${pick(rng, MODELS)}', version: '1' }
  { name: '${pick(rng, MODELS)}', version: '2' }
]

module openAi 'br/public:avm/res/cognitive-services/account:${version}' = if (deployAccount) {
  name: 'openai-\${uniqueString(deployment().name, location)}'
  params: {
    name: name
    kind: '${pick(rng, KINDS)}'
    location: location
    customSubDomainName: toLower(name)
    disableLocalAuth: ${pick(rng, ['true', 'false'])}
    publicNetworkAccess: '${pick(rng, ['Enabled', 'Disabled', 'disabled'])}'
    networkAcls: {
      defaultAction: '${pick(rng, ['Allow', 'Deny'])}'
      bypass: 'AzureServices'
    }
    deployments: [for (m, i) in models: {
      name: deploymentName(m.name, i)
      model: { format: 'OpenAI', name: m.name, version: m.version }
      sku: { name: 'Standard', capacity: 30 }
    }]
    roleAssignments: roleAssignments ?? []
    managedIdentities: { systemAssigned: true }
  }
}

output endpoint string = openAi.?outputs.endpoint ?? ''
output names array = map(models, m => m.name)
output first string = models[0].name
`;
}

function storageModule(rng: Rng, n: number): string {
  return `/* Generated sample ${String(n)}: storage with containers. */
param name string
param location string = resourceGroup().location
param tags object = {}
@allowed([ 'Cool', 'Hot', 'Premium' ])
param accessTier string = 'Hot'
param allowBlobPublicAccess bool = ${pick(rng, ['true', 'false'])}
param containers array = []
param minimumTlsVersion string = '${pick(rng, ['TLS1_2', 'TLS1_0'])}'

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: accessTier
    allowBlobPublicAccess: allowBlobPublicAccess
    minimumTlsVersion: minimumTlsVersion
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }

  resource blobServices 'blobServices' = if (!empty(containers)) {
    name: 'default'
    resource container 'containers' = [for container in containers: {
      name: container.name
      properties: {
        publicAccess: container.?publicAccess ?? 'None'
      }
    }]
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-\${uniqueString(resourceGroup().id)}'
}

output name string = storage.name
output primaryEndpoints object = storage.properties.primaryEndpoints
output blobCount int = length(containers) * 1 + 0
`;
}

const SHAPES = [mainBicep, cognitiveServicesModule, avmUsage, storageModule];

export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

/** `count` files cycling through the shapes; `seed` varies values, not structure. */
export function bicepCorpus(count: number, seed = 17): CorpusFile[] {
  const rng = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const shape = SHAPES[i % SHAPES.length] as (typeof SHAPES)[number];
    return { name: `infra/${shape.name}-${String(i)}.bicep`, text: shape(rng, i) };
  });
}
