// Chat completions with Azure OpenAI.
import { AzureOpenAI } from 'openai';

const client = new AzureOpenAI({
  endpoint: 'https://contoso.openai.azure.com',
  apiKey: process.env.AZURE_OPENAI_API_KEY ?? '__IDENTIFIABLE_KEY_B__',
  apiVersion: '2024-10-21',
  deployment: 'gpt-4o',
});

export async function ask(question: string): Promise<string | null | undefined> {
  const completion = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] });
  return completion.choices[0]?.message.content;
}
