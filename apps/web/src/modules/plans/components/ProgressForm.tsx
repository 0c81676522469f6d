import { useMutation } from '@apollo/client/react';
import { STATUSES } from '@opsplan/domain';
import type { NodeStatus } from '@opsplan/domain';
import { Button, Flex, Form, Input, InputNumber, Select, Slider, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { UPDATE_PROGRESS_MUTATION } from '../graphql/mutations/updateProgressMutation';
import { useVersionedWrite } from '../hooks/useVersionedWrite';
import { kpiFigureText } from '../utils/budgetLink';
import { progressSourceOf } from '../utils/inlineEdit';
import { decimalRule, sameDecimal } from '../utils/nodeForm';
import { percentText, toPercent } from '../utils/nodeDisplay';
import { NodeWriteConflict } from './NodeWriteConflict';
import type { PeopleAndDepartments } from './NodeFormFields';
import { usePlanReads } from '../hooks/usePlanReads';

interface ProgressValues {
  progress?: number;
  kpiActual?: string;
  status?: NodeStatus;
}

interface ProgressReport {
  progress?: number;
  kpiActual?: string;
  status?: NodeStatus;
}

interface ProgressFormProps extends PeopleAndDepartments {
  node: PlanNodeFieldsFragment;
  onReload: () => void;
}

/**
 * The node's own progress, or its KPI actual for a KPI node, and its status.
 * A parent's progress is its children's roll-up: the form shows it and
 * offers only the status (its own figure would count for nothing).
 */
export function ProgressForm({ node, onReload, members, departments }: ProgressFormProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<ProgressValues>();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [updateProgress, { loading }] = useMutation(UPDATE_PROGRESS_MUTATION, { refetchQueries: planReads });
  const { write, conflict, reapply, discard } = useVersionedWrite(
    (report: ProgressReport, version: number) => updateProgress({ variables: { input: { id: node.id, version, ...report } } }),
    (error) => handleError(error, { form }),
  );

  const source = progressSourceOf(node);

  const onFinish = async (values: ProgressValues) => {
    // Only what changed: the figures as the form showed them (progress rounded) count as unchanged.
    const report: ProgressReport = {};
    if (source === 'kpi' && !sameDecimal(values.kpiActual ?? '', node.kpi?.actual ?? '')) report.kpiActual = values.kpiActual?.trim();
    if (source === 'own' && values.progress != null && values.progress !== Math.round(node.ownProgress)) report.progress = values.progress;
    if (values.status && values.status !== node.status) report.status = values.status;
    if (Object.keys(report).length === 0) {
      void message.info(t('common.nothingToSave'));
      return;
    }
    if (await write(report, node.version)) void message.success(t('node.progressSaved'));
  };

  return (
    <>
      <NodeWriteConflict
        node={node}
        conflict={conflict}
        applying={loading}
        savedText={t('node.progressSaved')}
        reapply={reapply}
        discard={discard}
        onReload={onReload}
        members={members}
        departments={departments}
      />
      {source === 'rollUp' ? null : (
        <Typography.Paragraph type="secondary">
          {source === 'own' ? t('node.progressHelp') : node.childCount > 0 ? t('node.kpiParentHelp', { count: node.childCount }) : t('node.kpiProgressHelp')}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        name={`progress-${node.id}`}
        layout="vertical"
        requiredMark={false}
        initialValues={{ progress: Math.round(node.ownProgress), kpiActual: node.kpi?.actual ?? undefined, status: node.status }}
        onFinish={(values) => void onFinish(values)}
      >
        {source === 'rollUp' ? (
          <Form.Item<ProgressValues> label={t('node.fields.progress')} extra={t('node.rollsUp', { count: node.childCount })}>
            <Typography.Text strong data-testid="progress-rolled-up">
              {percentText(toPercent(node.progress))}
            </Typography.Text>
          </Form.Item>
        ) : node.kpi ? (
          <Form.Item<ProgressValues>
            label={`${t('node.kpi.actual')} (${node.kpi.name})`}
            name="kpiActual"
            rules={[{ required: true, whitespace: true, message: t('node.kpi.required') }, decimalRule(t('node.kpi.decimal'))]}
            extra={`${t('node.kpi.baseline')} ${kpiFigureText(t, node.kpi.baseline, node.kpi)} → ${t('node.kpi.target')} ${kpiFigureText(t, node.kpi.target, node.kpi)}`}
          >
            <Input inputMode="decimal" style={{ maxWidth: 200 }} data-testid="progress-input" />
          </Form.Item>
        ) : (
          <Form.Item<ProgressValues> label={t('node.fields.ownProgress')}>
            <Flex gap={12} align="center">
              <Form.Item<ProgressValues> name="progress" noStyle>
                <Slider min={0} max={100} style={{ flex: 1 }} />
              </Form.Item>
              <Form.Item<ProgressValues> name="progress" noStyle>
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 96 }} data-testid="progress-input" />
              </Form.Item>
            </Flex>
          </Form.Item>
        )}
        <Form.Item<ProgressValues> label={t('node.fields.status')} name="status">
          <Select options={STATUSES.map((status) => ({ value: status, label: t(`node.statuses.${status}`) }))} style={{ maxWidth: 200 }} />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={loading} data-testid="progress-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
