import type { Language } from '../../../i18n/language';

/** A text in both languages as the API sends it (GraphQL names cannot hold a dash). */
export interface ApiLocalizedText {
  zhCN: string;
  en: string;
}

export function inLanguage(text: ApiLocalizedText, language: Language): string {
  return language === 'zh-CN' ? text.zhCN : text.en;
}
