import { DISPLAY_NAME_MAX_LENGTH, NAME_MAX_LENGTH } from '@opsplan/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../utils/apiErrors';

const FIELD_TEXT = {
  email: 'errors.fields.email',
  password: 'errors.fields.password',
  displayName: 'errors.fields.displayName',
  name: 'errors.fields.name',
  currency: 'errors.fields.currency',
  fiscalYearStartMonth: 'errors.fields.fiscalYearStartMonth',
  parentId: 'errors.fields.parentId',
  managerId: 'errors.fields.managerId',
  departmentId: 'errors.fields.departmentId',
  role: 'errors.fields.role',
  locale: 'errors.fields.locale',
} as const;

function hasFieldText(field: string): field is keyof typeof FIELD_TEXT {
  return Object.hasOwn(FIELD_TEXT, field);
}

/** Translated text for API errors. The server's messages are not localised, so they are not shown. */
export function useApiErrorText() {
  const { t } = useTranslation();

  const codeText = useCallback((apiError: ApiError) => t(`errors.${apiError.code}`), [t]);

  const fieldErrors = useCallback(
    (apiError: ApiError): string[] => {
      if (apiError.problems.length > 0) {
        return apiError.problems.map((problem) => t(`password.problems.${problem}`));
      }
      if (apiError.code === 'CONFLICT') return [t('errors.fields.taken')];
      if (apiError.field && hasFieldText(apiError.field)) {
        const max = apiError.field === 'displayName' ? DISPLAY_NAME_MAX_LENGTH : NAME_MAX_LENGTH;
        return [t(FIELD_TEXT[apiError.field], { max })];
      }
      return [t('errors.fields.generic')];
    },
    [t],
  );

  return { codeText, fieldErrors };
}
