import type { ESLint } from 'eslint';
import { bicep } from './bicep/index.js';

/** The languages this plugin defines, registered as `plugin.languages` (`language: 'azure-ai-security/<name>'`). */
export const languages = { bicep } satisfies NonNullable<ESLint.Plugin['languages']>;
