/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all'],
  ruleDocSectionInclude: ['Rule details', 'When not to use it'],
  ruleDocSectionOptions: true,
  pathRuleList: 'README.md',
};
