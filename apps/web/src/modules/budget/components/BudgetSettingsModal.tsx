import { useMutation } from '@apollo/client/react';
import { Button, Flex, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { UPDATE_BUDGET_MUTATION } from '../graphql/mutations/updateBudgetMutation';
import { BUDGET_LOCKED, hasErrorCode } from '../utils/budgetErrors';
import { BudgetSettingsFields } from './BudgetSettingsFields';
import type { BudgetSettingsValues } from './BudgetSettingsFields';

interface BudgetSettingsModalProps {
  budget: BudgetFieldsFragment;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}

/** Renames the budget or moves its horizon (saved at once, apart from the driver draft). */
export function BudgetSettingsModal({ budget, open, onClose, onReload }: BudgetSettingsModalProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<BudgetSettingsValues>();
  const [update, { loading }] = useMutation(UPDATE_BUDGET_MUTATION);

  const onFinish = async (values: BudgetSettingsValues) => {
    try {
      await update({
        variables: {
          input: { id: budget.id, version: budget.version, name: values.name.trim(), startMonth: values.startMonth.trim(), horizonMonths: values.horizonMonths },
        },
      });
      void message.success(t('budget.settings.saved'));
      onClose();
    } catch (error) {
      if (hasErrorCode(error, BUDGET_LOCKED)) {
        void message.error(t('budget.errors.locked'));
        onReload();
        return;
      }
      handleError(error, { form, onConflict: onReload });
    }
  };

  return (
    <Modal open={open} title={t('budget.settings.title')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<BudgetSettingsValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: budget.name, startMonth: budget.startMonth, horizonMonths: budget.horizonMonths }}
        onFinish={onFinish}
      >
        <BudgetSettingsFields />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="budget-settings-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
