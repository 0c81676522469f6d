import 'i18next';
import type { BudgetTranslation } from './locales/budget-zh-CN';
import type { TemplatesTranslation } from './locales/templates-zh-CN';
import type { Translation } from './locales/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation & BudgetTranslation & TemplatesTranslation };
  }
}
