import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { readApiErrors } from '../utils/apiErrors';
import type { ApiError } from '../utils/apiErrors';
import { useApiErrorText } from './useApiErrorText';

export interface HandleApiErrorOptions {
  /** Errors naming a field of this form are shown on that field. */
  form?: FormInstance;
  /** Someone else changed the record: reload it. */
  onConflict?: () => void;
  /** Replace the default text for a code, e.g. wrong password on sign-in. */
  messages?: Partial<Record<ApiError['code'], string>>;
}

/**
 * Turns an API error into what the person should see: field errors on the
 * form field, everything else as one message per distinct code.
 */
export function useApiErrorHandler(): (error: unknown, options?: HandleApiErrorOptions) => void {
  const message = useMessageApi();
  const { codeText, fieldErrors } = useApiErrorText();

  return useCallback(
    (error: unknown, options: HandleApiErrorOptions = {}) => {
      const { form, onConflict, messages = {} } = options;
      const mounted = form ? Object.keys(form.getFieldsValue()) : [];
      const shownCodes = new Set<ApiError['code']>();
      for (const apiError of readApiErrors(error)) {
        const { field } = apiError;
        const aboutAField = apiError.code === 'BAD_USER_INPUT' || apiError.code === 'CONFLICT';
        if (form && field && aboutAField && mounted.includes(field)) {
          form.setFields([{ name: field, errors: fieldErrors(apiError) }]);
          continue;
        }
        if (shownCodes.has(apiError.code)) continue;
        shownCodes.add(apiError.code);
        const text = messages[apiError.code] ?? codeText(apiError);
        if (apiError.code === 'CONFLICT') {
          void message.warning(text);
          onConflict?.();
        } else {
          void message.error(text);
        }
      }
    },
    [codeText, fieldErrors, message],
  );
}
