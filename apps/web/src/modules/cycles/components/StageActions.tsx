import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageActionOffer } from '../utils/stageActions';

/** Matches the API's limit on a return's reason. */
const REASON_MAX = 2000;

interface StageActionsProps {
  offer: StageActionOffer;
  busy: boolean;
  onSubmit: () => void;
  onApprove: () => void;
  /** Resolves true when the stage went back, so the dialog can close. */
  onReturn: (reason: string) => Promise<boolean>;
}

/** Submit, approve and return, each shown only to whom the rules allow it; a return needs a reason. */
export function StageActions({ offer, busy, onSubmit, onApprove, onReturn }: StageActionsProps) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const nothing = !offer.submit && !offer.approve && !offer.return;
  return (
    <Flex vertical gap={8} data-testid="stage-actions">
      <Flex gap={8} wrap>
        {offer.submit ? (
          <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={onSubmit} data-testid="stage-submit">
            {t('cycles.actions.submit')}
          </Button>
        ) : null}
        {offer.approve ? (
          <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={onApprove} data-testid="stage-approve">
            {t('cycles.actions.approve')}
          </Button>
        ) : null}
        {offer.return ? (
          <Button danger icon={<RollbackOutlined />} disabled={busy} onClick={() => setReturning(true)} data-testid="stage-return">
            {t('cycles.actions.return')}
          </Button>
        ) : null}
      </Flex>
      {offer.submitBlockedBy === 'dependencies_not_approved' ? (
        <Typography.Text type="secondary" data-testid="stage-submit-blocked">
          {t('cycles.actions.blockedByDependencies')}
        </Typography.Text>
      ) : null}
      {offer.ownSubmission ? (
        <Typography.Text type="secondary" data-testid="stage-own-submission">
          {t('cycles.actions.ownSubmission')}
        </Typography.Text>
      ) : null}
      {nothing && !offer.submitBlockedBy && !offer.ownSubmission ? (
        <Typography.Text type="secondary" data-testid="stage-no-actions">
          {t('cycles.actions.none')}
        </Typography.Text>
      ) : null}
      <Modal
        open={returning}
        title={t('cycles.actions.returnTitle')}
        okText={t('cycles.actions.return')}
        okButtonProps={{ danger: true, loading: busy }}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={async ({ reason }) => {
            if (await onReturn(reason.trim())) {
              setReturning(false);
              form.resetFields();
            }
          }}
        >
          <Form.Item
            name="reason"
            label={t('cycles.actions.reason')}
            rules={[{ required: true, whitespace: true, message: t('cycles.actions.reasonRequired') }]}
            extra={t('cycles.actions.reasonHelp')}
          >
            <Input.TextArea rows={4} maxLength={REASON_MAX} showCount autoFocus data-testid="stage-return-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
