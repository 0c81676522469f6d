import { EMAIL_MAX_LENGTH } from '@opsplan/domain';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useSessionRequest } from '../../session/hooks/useSessionRequest';
import type { AuthPayload } from '../../session/utils/createSession';
import { SIGN_IN_MUTATION } from '../graphql/mutations/signInMutation';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInForm({ onSignedIn }: { onSignedIn: (payload: AuthPayload) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const [signIn, { loading }] = useSessionRequest(SIGN_IN_MUTATION);
  const handleError = useApiErrorHandler();

  const onFinish = async (values: SignInValues) => {
    try {
      const data = await signIn({ input: { email: values.email.trim(), password: values.password } });
      onSignedIn(data.signIn);
    } catch (error) {
      handleError(error, { form, messages: { UNAUTHENTICATED: t('auth.signIn.invalidCredentials') } });
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="sign-in-form">
      <Form.Item
        label={t('auth.email')}
        name="email"
        rules={[
          { required: true, message: t('validation.emailRequired') },
          { type: 'email', message: t('validation.emailInvalid') },
          { max: EMAIL_MAX_LENGTH },
        ]}
      >
        <Input name="email" type="email" autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('validation.passwordRequired') }]}>
        <Input.Password name="password" autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading} data-testid="sign-in-submit">
        {t('auth.signIn.submit')}
      </Button>
    </Form>
  );
}
