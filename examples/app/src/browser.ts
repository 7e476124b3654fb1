// Client-side code bundled by Vite: everything read from import.meta.env ships to every visitor.
import * as SpeechSDK from 'microsoft-cognitiveservices-speech-sdk';

export function browserRecognizer(): SpeechSDK.SpeechRecognizer {
  const config = SpeechSDK.SpeechConfig.fromSubscription(import.meta.env.VITE_SPEECH_KEY as string, 'westeurope');
  return new SpeechSDK.SpeechRecognizer(config);
}
