import { CameraOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { CREATE_PLAN_VERSION_MUTATION } from '../graphql/mutations/planVersionMutations';
import { PLAN_VERSIONS_QUERY } from '../graphql/queries/planVersionsQuery';

/** Snapshots the plan as it stands, with its responsibility letters (executives and admins). */
export function TakeVersionButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ label: string }>();
  const [create, { loading }] = useMutation(CREATE_PLAN_VERSION_MUTATION, { refetchQueries: [PLAN_VERSIONS_QUERY] });
  return (
    <>
      <Button icon={<CameraOutlined />} onClick={() => setOpen(true)} data-testid="take-version">
        {t('versions.take')}
      </Button>
      <Modal open={open} title={t('versions.takeTitle')} okText={t('versions.take')} confirmLoading={loading} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={async ({ label }) => {
            try {
              await create({ variables: { planId, label: label.trim() } });
              void message.success(t('versions.taken'));
              setOpen(false);
            } catch (error) {
              handleError(error, { form });
            }
          }}
        >
          <Form.Item name="label" label={t('versions.label')} rules={[{ required: true, whitespace: true, message: t('versions.labelRequired') }]} extra={t('versions.takeHelp')}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
