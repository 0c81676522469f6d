import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, passwordProblems } from '@opsplan/domain';
import { Button, Form, Input, Segmented } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../i18n/language';
import type { Language } from '../../../i18n/language';
import { chooseLanguage } from '../../../i18n/i18n';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useSessionRequest } from '../../session/hooks/useSessionRequest';
import type { AuthPayload } from '../../session/utils/createSession';
import { SIGN_UP_MUTATION } from '../graphql/mutations/signUpMutation';
import { PasswordPolicyHints } from './PasswordPolicyHints';

interface SignUpValues {
  email: string;
  displayName: string;
  password: string;
  locale: Language;
}

export function SignUpForm({ onSignedUp }: { onSignedUp: (payload: AuthPayload) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<SignUpValues>();
  const password = Form.useWatch('password', form) ?? '';
  const email = Form.useWatch('email', form) ?? '';
  const [signUp, { loading }] = useSessionRequest(SIGN_UP_MUTATION);
  const handleError = useApiErrorHandler();

  // The language field and the switch at the top of the page are one setting.
  useEffect(() => {
    form.setFieldValue('locale', language);
  }, [form, language]);

  const onFinish = async (values: SignUpValues) => {
    try {
      const data = await signUp({
        input: {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          locale: values.locale,
        },
      });
      onSignedUp(data.signUp);
    } catch (error) {
      handleError(error, { form });
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      requiredMark={false}
      initialValues={{ locale: language }}
      data-testid="sign-up-form"
    >
      <Form.Item
        label={t('auth.email')}
        name="email"
        rules={[
          { required: true, message: t('validation.emailRequired') },
          { type: 'email', message: t('validation.emailInvalid') },
          { max: EMAIL_MAX_LENGTH },
        ]}
      >
        <Input name="email" type="email" autoComplete="email" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('auth.displayName')}
        name="displayName"
        extra={t('auth.displayNameHelp')}
        rules={[
          { required: true, whitespace: true, message: t('validation.displayNameRequired') },
          { max: DISPLAY_NAME_MAX_LENGTH },
        ]}
      >
        <Input name="displayName" autoComplete="name" />
      </Form.Item>
      <Form.Item
        label={t('auth.password')}
        name="password"
        dependencies={['email']}
        rules={[
          { required: true, message: t('validation.passwordRequired') },
          {
            validator: (_, value: string | undefined) =>
              passwordProblems(value ?? '', form.getFieldValue('email') as string | undefined).length === 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.notStrongEnough'))),
          },
        ]}
        style={{ marginBottom: 8 }}
      >
        <Input.Password name="password" autoComplete="new-password" />
      </Form.Item>
      <PasswordPolicyHints password={password} email={email} />
      <Form.Item label={t('auth.language')} name="locale">
        <Segmented<Language>
          options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
          onChange={(value) => void chooseLanguage(value)}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="sign-up-submit">
        {t('auth.signUp.submit')}
      </Button>
    </Form>
  );
}
