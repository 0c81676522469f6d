import { LOCALES } from '@opsplan/domain';
import type { Locale } from '@opsplan/domain';

export type Language = Locale;
export const LANGUAGES: readonly Language[] = LOCALES;
/** Only an explicit choice is stored; until then the browser's language decides. */
export const LANGUAGE_STORAGE_KEY = 'opsplan.lang';
export const FALLBACK_LANGUAGE: Language = 'en';

/** Maps a browser or stored tag (zh, zh-Hans-CN, zh-TW, en-GB…) onto a language we ship. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

/** Native names, so a person who cannot read the current language still finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  'zh-CN': '简体中文',
  en: 'English',
};
