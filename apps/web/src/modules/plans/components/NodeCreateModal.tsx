import { useMutation } from '@apollo/client/react';
import type { Level } from '@opsplan/domain';
import { Button, Flex, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateNodeInput } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { CREATE_NODE_MUTATION } from '../graphql/mutations/createNodeMutation';
import type { NodeFormValues } from '../utils/nodeForm';
import { emptyToNull, toDateText } from '../utils/nodeForm';
import { KpiFields } from './KpiFields';
import { NodeFormFields } from './NodeFormFields';
import type { PeopleAndDepartments } from './NodeFormFields';
import { usePlanReads } from '../hooks/usePlanReads';

export interface NodeCreateTarget {
  level: Level;
  /** Absent for a strategy. */
  parent?: { id: string; title: string };
}

interface NodeCreateModalProps extends PeopleAndDepartments {
  planId: string;
  target: NodeCreateTarget | null;
  onClose: () => void;
}

export function NodeCreateModal({ planId, target, onClose, members, departments }: NodeCreateModalProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<NodeFormValues>();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [createNode, { loading }] = useMutation(CREATE_NODE_MUTATION, { refetchQueries: planReads });

  const onFinish = async (values: NodeFormValues) => {
    if (!target) return;
    const input: CreateNodeInput = {
      planId,
      parentId: target.parent?.id ?? null,
      level: target.level,
      title: values.title.trim(),
      ownerId: values.ownerId ?? null,
      departmentId: values.departmentId ?? null,
      startDate: toDateText(values.startDate),
      dueDate: toDateText(values.dueDate),
      weight: values.weight ?? null,
      dimension: values.dimension ?? null,
      kpi:
        values.useKpi && values.kpiName && values.kpiBaseline && values.kpiTarget
          ? {
              name: values.kpiName.trim(),
              unit: emptyToNull(values.kpiUnit),
              baseline: values.kpiBaseline.trim(),
              target: values.kpiTarget.trim(),
              actual: emptyToNull(values.kpiActual),
              direction: values.kpiDirection ?? 'higher_is_better',
            }
          : null,
    };
    try {
      await createNode({ variables: { input } });
      void message.success(t('node.created'));
      onClose();
    } catch (error) {
      handleError(error, { form });
    }
  };

  const levelName = target ? t(`node.levels.${target.level}`) : '';
  return (
    <Modal open={target !== null} title={t('node.createTitle', { level: levelName })} onCancel={onClose} footer={null} destroyOnHidden>
      {target?.parent ? (
        <Typography.Paragraph type="secondary">{t('node.createUnder', { title: target.parent.title })}</Typography.Paragraph>
      ) : null}
      <Form form={form} name="create-node" layout="vertical" requiredMark={false} initialValues={{ weight: 1 }} onFinish={onFinish}>
        <NodeFormFields members={members} departments={departments} />
        <KpiFields />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="node-create-submit">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
