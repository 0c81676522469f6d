import type { Language } from '../../../i18n/language';

/** A listed deletion's title in the interface language: a template has one per language, everything else one name. */
export function deletedItemTitle(item: { title: string; titleZh?: string | null }, language: Language): string {
  return language === 'zh-CN' && item.titleZh ? item.titleZh : item.title;
}
