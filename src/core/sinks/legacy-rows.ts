import type { ServiceId } from '../services.js';
import { credentialParameter, row, type SinkRow } from './row.js';

/**
 * Legacy ms-rest clients: `new Client(credentials, endpoint)`, the credentials an `ApiKeyCredentials` /
 * `CognitiveServicesCredentials` or (old packages) the raw key. Bing clients take `(credentials, options)`.
 */
const legacy = (modules: readonly string[], name: string, service: ServiceId, withEndpoint = true): SinkRow =>
  row({
    modules,
    exportPath: [name],
    call: 'new',
    service,
    auth: credentialParameter(false, true),
    slots: withEndpoint
      ? [
          { role: 'credential', arg: 0 },
          { role: 'endpoint', arg: 1 },
        ]
      : [{ role: 'credential', arg: 0 }],
  });
const cogsvc = (name: string): string[] => [`@azure/cognitiveservices-${name}`, `azure-cognitiveservices-${name}`];

export const LEGACY_CLIENTS: readonly SinkRow[] = [
  legacy(cogsvc('customvision-prediction'), 'PredictionAPIClient', 'customVisionPrediction'),
  legacy(cogsvc('customvision-training'), 'TrainingAPIClient', 'customVisionTraining'),
  legacy(cogsvc('face'), 'FaceClient', 'face'),
  legacy(cogsvc('luis-runtime'), 'LUISRuntimeClient', 'luisRuntime'),
  legacy(cogsvc('luis-authoring'), 'LUISAuthoringClient', 'luisAuthoring'),
  legacy(cogsvc('qnamaker'), 'QnAMakerClient', 'qnaMaker'),
  legacy(cogsvc('qnamaker-runtime'), 'QnAMakerRuntimeClient', 'qnaMaker'),
  ...[
    ['websearch', 'WebSearchClient'],
    ['imagesearch', 'ImageSearchClient'],
    ['newssearch', 'NewsSearchClient'],
    ['videosearch', 'VideoSearchClient'],
    ['entitysearch', 'EntitySearchClient'],
    ['autosuggest', 'AutoSuggestClient'],
    ['spellcheck', 'SpellCheckClient'],
    ['customsearch', 'CustomSearchClient'],
    ['customimagesearch', 'CustomImageSearchClient'],
    ['visualsearch', 'VisualSearchClient'],
    ['localsearch', 'LocalSearchClient'],
  ].map(([module = '', name = '']) => legacy(cogsvc(module), name, 'bingSearch', false)),
];
