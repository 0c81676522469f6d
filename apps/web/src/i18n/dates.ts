import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { i18n } from './i18n';
import { toLanguage } from './language';

// dayjs follows the interface language. It is wired up here, where dates are
// formatted, rather than in i18n.ts, so the sign-in page does not load it.
function applyLocale(tag: string | undefined): void {
  dayjs.locale(toLanguage(tag) === 'zh-CN' ? 'zh-cn' : 'en');
}
applyLocale(i18n.resolvedLanguage ?? i18n.language);
i18n.on('languageChanged', applyLocale);

/** Unambiguous in both languages and sortable by eye: 2025-03-01 14:05. */
export function formatDateTime(value: string, options: { seconds?: boolean } = {}): string {
  return dayjs(value).format(options.seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}
