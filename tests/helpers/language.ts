import { createLanguageTools } from '@/utils/language';

/** One set of language tools for a test file: the tagger's model is worth loading once. */
export const language = createLanguageTools();
