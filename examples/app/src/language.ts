// Sentiment analysis through the Language service.
import { AzureKeyCredential, TextAnalysisClient } from '@azure/ai-language-text';

const client = new TextAnalysisClient(
  'http://contoso-language.cognitiveservices.azure.com/',
  new AzureKeyCredential('<your-language-key>'),
);

export async function sentiment(text: string): Promise<string | undefined> {
  const [result] = await client.analyze('SentimentAnalysis', [text]);
  return result && !result.error ? result.sentiment : undefined;
}
