import { useEffect, useState } from 'react';
import { hasDictionaryPart, loadDictionaryPart } from './i18n';
import type { DictionaryPart } from './i18n';
import { useLanguage } from './useLanguage';

/**
 * Loads the strings of a dictionary part (see PARTS in i18n.ts) on first use
 * and says whether they are there: render the part's views only once it does.
 */
export function useDictionaryPart(part: DictionaryPart): boolean {
  const language = useLanguage();
  const [, setLoaded] = useState(0);
  const ready = hasDictionaryPart(part);
  useEffect(() => {
    if (!ready) void loadDictionaryPart(part).then(() => setLoaded((n) => n + 1));
  }, [part, ready, language]);
  return ready;
}
