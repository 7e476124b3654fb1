import type { ESLint } from 'eslint';
import { bicep } from './bicep/index.js';
import { dotenv } from './dotenv/index.js';

/** The languages this plugin defines, registered as `plugin.languages` (`language: 'azure-ai-security/<name>'`). */
export const languages = { bicep, dotenv } satisfies NonNullable<ESLint.Plugin['languages']>;
