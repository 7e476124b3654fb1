// Text translation over REST with axios, behind a TLS-inspecting corporate proxy.
const https = require('node:https');
const axios = require('axios');

const agent = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1' });
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

async function translate(text, to) {
  const response = await axios.post(
    'https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=' + to + '&Subscription-Key=' + process.env.TRANSLATOR_KEY,
    [{ text }],
    {
      httpsAgent: agent,
      headers: { 'Ocp-Apim-Subscription-Key': '__LEGACY_KEY_2__', 'Ocp-Apim-Subscription-Region': 'westeurope' },
    },
  );
  return response.data[0].translations[0].text;
}

module.exports = { translate };
