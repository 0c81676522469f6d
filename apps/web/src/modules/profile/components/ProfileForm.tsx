import { useMutation } from '@apollo/client/react';
import { DISPLAY_NAME_MAX_LENGTH } from '@opsplan/domain';
import { Button, Form, Input, Segmented } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../../../i18n/i18n';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../i18n/language';
import type { Language } from '../../../i18n/language';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { UPDATE_PROFILE_MUTATION } from '../../session/graphql/mutations/updateProfileMutation';
import { useViewer } from '../../session/hooks/useViewer';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';

interface ProfileValues {
  displayName: string;
  locale: Language;
}

export function ProfileForm() {
  const { t } = useTranslation();
  const message = useMessageApi();
  const language = useLanguage();
  const { viewer } = useViewer();
  const [form] = Form.useForm<ProfileValues>();
  const [updateProfile, { loading }] = useMutation(UPDATE_PROFILE_MUTATION);
  const handleError = useApiErrorHandler();
  const user = viewer?.user;

  // The interface language is the saved preference (the header switch saves it too), so it is the truth here.
  useEffect(() => {
    if (user) form.setFieldsValue({ displayName: user.displayName, locale: language });
  }, [form, language, user]);

  if (!user) return null;

  const onFinish = async (values: ProfileValues) => {
    try {
      await updateProfile({ variables: { input: { displayName: values.displayName.trim(), locale: values.locale } } });
      await chooseLanguage(values.locale);
      void message.success(t('common.saved'));
    } catch (error) {
      handleError(error, { form });
    }
  };

  return (
    <Form
      form={form}
      name="profile"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      style={{ maxWidth: 480 }}
      data-testid="profile-form"
    >
      <Form.Item label={t('auth.email')}>
        <Input value={user.email} disabled />
      </Form.Item>
      <Form.Item
        label={t('auth.displayName')}
        name="displayName"
        rules={[
          { required: true, whitespace: true, message: t('validation.displayNameRequired') },
          { max: DISPLAY_NAME_MAX_LENGTH },
        ]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item label={t('auth.language')} name="locale">
        <Segmented<Language> options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="profile-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
