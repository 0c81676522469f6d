import type { BlueprintLanguage, LocalizedText, TemplateLanguage, TemplateParameter } from './types';

/** `{key}` names a parameter; `{{` is a literal brace. */
const PLACEHOLDER = /\{\{|\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The parameter keys a text refers to, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}

/** The text with every placeholder replaced by `value(key)` and `{{` by `{`. */
export function fillPlaceholders(text: string, value: (key: string) => string): string {
  return text.replace(PLACEHOLDER, (match, key: string | undefined) => (key === undefined ? '{' : value(key)));
}

/** The text as written into a template, where a plan's own `{` must not read as a placeholder. */
export function escapeBraces(text: string): string {
  return text.replace(/\{/g, '{{');
}

/**
 * A text in the plan's language; 'bilingual' shows both, Chinese first
 * ("五年内成为行业第一 · Become No. 1…"), or once when both are the same.
 */
export function localize(text: LocalizedText, language: BlueprintLanguage): string {
  if (language !== 'bilingual') return text[language];
  return text['zh-CN'] === text.en ? text.en : `${text['zh-CN']} · ${text.en}`;
}

/** Length in characters as the API counts them (code points, so a CJK extension character is one). */
export const textLength = (text: string): number => [...text].length;

/**
 * A template's text as it reads with every parameter at its default, for
 * what is shown before anyone has chosen anything (the gallery's cards).
 * A placeholder naming no parameter stays as written.
 */
export function withDefaultParameters(parameters: readonly TemplateParameter[], text: LocalizedText): LocalizedText {
  const fill = (language: TemplateLanguage) =>
    fillPlaceholders(text[language], (key) => {
      const value = parameters.find((p) => p.key === key)?.default;
      if (value === undefined) return `{${key}}`;
      return typeof value === 'string' ? value : value[language];
    });
  return { 'zh-CN': fill('zh-CN'), en: fill('en') };
}
