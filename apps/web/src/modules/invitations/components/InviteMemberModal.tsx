import { CopyOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { EMAIL_MAX_LENGTH, ROLES } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import { Alert, Button, Flex, Form, Input, Modal, Select, Space, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembersQuery } from '../../../gql/graphql';
import { departmentTreeOptions } from '../../departments/utils/departmentTree';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { CREATE_INVITATION_MUTATION } from '../graphql/mutations/createInvitationMutation';
import { INVITATIONS_QUERY } from '../graphql/queries/invitationsQuery';
import { invitationLink } from '../utils/invitationLink';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { formatDateTime } from '../../../i18n/dates';

interface InviteValues {
  role: Role;
  departmentId?: string;
  email?: string;
}

interface InviteMemberModalProps {
  open: boolean;
  departments: MembersQuery['departments'];
  onClose: () => void;
}

export function InviteMemberModal({ open, departments, onClose }: InviteMemberModalProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<InviteValues>();
  const [created, setCreated] = useState<{ link: string; expiresAt: string } | null>(null);
  const [createInvitation, { loading }] = useMutation(CREATE_INVITATION_MUTATION, {
    refetchQueries: [INVITATIONS_QUERY],
  });
  const handleError = useApiErrorHandler();

  const onFinish = async (values: InviteValues) => {
    try {
      const email = values.email?.trim();
      const { data } = await createInvitation({
        variables: { input: { role: values.role, departmentId: values.departmentId ?? null, email: email || null } },
      });
      if (data) {
        setCreated({
          link: invitationLink(window.location.origin, data.createInvitation.token),
          expiresAt: data.createInvitation.invitation.expiresAt,
        });
      }
    } catch (error) {
      handleError(error, { form });
    }
  };

  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      void message.success(t('invitations.copied'));
    } catch {
      void message.info(t('invitations.copyManually'));
    }
  };

  const close = () => {
    setCreated(null);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('invitations.inviteTitle')}
      onCancel={close}
      destroyOnHidden
      // Buttons live inside the form so Enter submits it.
      footer={null}
    >
      {created ? (
        <>
          <Alert type="success" showIcon title={t('invitations.linkReady')} style={{ marginBottom: 16 }} />
          <Space.Compact style={{ width: '100%' }}>
            <Input
              readOnly
              value={created.link}
              data-testid="invite-link"
              aria-label={t('invitations.link')}
              onFocus={(event) => event.target.select()}
            />
            <Button icon={<CopyOutlined />} onClick={() => void copy(created.link)} data-testid="copy-invite-link">
              {t('invitations.copy')}
            </Button>
          </Space.Compact>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('invitations.linkHelp', { expiresAt: formatDateTime(created.expiresAt) })}
          </Typography.Paragraph>
          <Flex justify="flex-end" gap={8} style={{ marginTop: 24 }}>
            <Button
              onClick={() => {
                setCreated(null);
                form.resetFields();
              }}
              data-testid="invite-another"
            >
              {t('invitations.inviteAnother')}
            </Button>
            <Button type="primary" onClick={close} data-testid="invite-done">
              {t('common.done')}
            </Button>
          </Flex>
        </>
      ) : (
        <Form form={form} name="invite" layout="vertical" onFinish={onFinish} initialValues={{ role: 'staff' }} requiredMark={false}>
          <Typography.Paragraph type="secondary">{t('invitations.explanation')}</Typography.Paragraph>
          <Form.Item label={t('invitations.role')} name="role" rules={[{ required: true }]}>
            <Select<Role> options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} data-testid="invite-role" />
          </Form.Item>
          <Form.Item label={t('invitations.department')} name="departmentId" extra={t('invitations.departmentHelp')}>
            <TreeSelect
              allowClear
              treeDefaultExpandAll
              placeholder={t('members.noDepartment')}
              treeData={departmentTreeOptions(departments)}
              data-testid="invite-department"
            />
          </Form.Item>
          <Form.Item
            label={t('invitations.email')}
            name="email"
            extra={t('invitations.emailHelp')}
            rules={[{ type: 'email', message: t('validation.emailInvalid') }, { max: EMAIL_MAX_LENGTH }]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Flex justify="flex-end" gap={8}>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="invite-submit">
              {t('invitations.createLink')}
            </Button>
          </Flex>
        </Form>
      )}
    </Modal>
  );
}
