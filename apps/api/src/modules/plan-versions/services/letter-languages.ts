/** The languages a responsibility letter is printed in. Apart from the PDF code, so checking a request does not load pdfkit. */
export const LETTER_LANGUAGES = ['zh-CN', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
