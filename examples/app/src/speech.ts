// Speech-to-text for uploaded audio. Several mistakes on purpose: the demo lints this file.
import * as sdk from 'microsoft-cognitiveservices-speech-sdk';

// Keys are generated into the demo's copy of this file at run time; none is committed.
const speechKey = '__LEGACY_KEY_1__';
const speechRegion = 'westeurope';

export function recognizerFor(file: Buffer): sdk.SpeechRecognizer {
  const speechConfig = sdk.SpeechConfig.fromSubscription(speechKey, speechRegion);
  speechConfig.speechRecognitionLanguage = 'en-US';
  speechConfig.enableAudioLogging();
  console.log(`Speech ready with key ${speechKey}`);
  const audioConfig = sdk.AudioConfig.fromWavFileInput(file);
  return new sdk.SpeechRecognizer(speechConfig, audioConfig);
}
