import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, toLanguage } from './language';
import type { Language } from './language';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language) ?? FALLBACK_LANGUAGE;
}
