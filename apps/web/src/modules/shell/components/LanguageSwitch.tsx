import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../i18n/language';
import type { Language } from '../../../i18n/language';
import { useLanguage } from '../../../i18n/useLanguage';
import { UPDATE_PROFILE_MUTATION } from '../../session/graphql/mutations/updateProfileMutation';
import { useSession } from '../../session/hooks/useSession';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { status, request } = useSession();

  const change = (next: Language) => {
    void chooseLanguage(next);
    // Keep the profile in step, so the choice follows the person to other devices.
    if (status === 'signedIn') void request(UPDATE_PROFILE_MUTATION, { input: { locale: next } }).catch(() => undefined);
  };

  return (
    <Segmented<Language>
      size="small"
      aria-label={t('shell.language')}
      data-testid="lang-switch"
      value={language}
      options={LANGUAGES.map((value) => ({ value, label: <span lang={value}>{LANGUAGE_NAMES[value]}</span> }))}
      onChange={change}
    />
  );
}
