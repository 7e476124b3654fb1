// The plugin's rules, sorted by name. tests/plugin.test.ts checks this list against src/rules, docs and tests.
import noHardcodedKey from './no-hardcoded-key.js';

export const rules = {
  'no-hardcoded-key': noHardcodedKey,
};
