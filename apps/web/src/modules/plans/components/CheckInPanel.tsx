import { useMutation } from '@apollo/client/react';
import { CHECK_IN_NOTE_MAX_LENGTH, CONFIDENCE_MAX } from '@opsplan/domain';
import { Button, Flex, Form, Input, InputNumber, Progress, Rate, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckInFieldsFragment, PlanNodeFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/dates';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { ADD_CHECK_IN_MUTATION } from '../graphql/mutations/addCheckInMutation';
import { useVersionedWrite } from '../hooks/useVersionedWrite';
import { progressSourceOf } from '../utils/inlineEdit';
import { decimalRule } from '../utils/nodeForm';
import { percentText, toPercent } from '../utils/nodeDisplay';
import { NodeWriteConflict } from './NodeWriteConflict';
import type { PeopleAndDepartments } from './NodeFormFields';
import { usePlanReads } from '../hooks/usePlanReads';

interface CheckInValues {
  progress?: number;
  kpiActual?: string;
  confidence: number;
  note?: string;
}

interface CheckInReport {
  progress?: number;
  kpiActual?: string;
  confidence: number;
  note: string | null;
}

interface CheckInPanelProps extends PeopleAndDepartments {
  node: PlanNodeFieldsFragment;
  checkIns: CheckInFieldsFragment[];
  canCheckIn: boolean;
  onReload: () => void;
}

/** Check-ins over time as a plain table (no chart library ships with the client). */
export function CheckInPanel({ node, checkIns, canCheckIn, onReload, members, departments }: CheckInPanelProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<CheckInValues>();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [addCheckIn, { loading }] = useMutation(ADD_CHECK_IN_MUTATION, { refetchQueries: planReads });
  const { write, conflict, reapply, discard } = useVersionedWrite(
    (report: CheckInReport, version: number) => addCheckIn({ variables: { input: { nodeId: node.id, version, ...report } } }),
    (error) => handleError(error, { form }),
  );

  const rollsUp = progressSourceOf(node) === 'rollUp';
  const onFinish = async (values: CheckInValues) => {
    const report: CheckInReport = {
      confidence: values.confidence,
      note: values.note?.trim() ? values.note.trim() : null,
      // A parent's progress rolls up from its children: its check-in records that figure and sends none.
      ...(node.kpi ? { kpiActual: values.kpiActual?.trim() } : rollsUp ? {} : { progress: values.progress ?? node.ownProgress }),
    };
    if (await write(report, node.version)) {
      void message.success(t('node.checkIns.submitted'));
      form.resetFields(['note']);
    }
  };

  const columns: TableColumnsType<CheckInFieldsFragment> = [
    { key: 'time', title: t('node.checkIns.columns.time'), width: 150, render: (_, checkIn) => formatDateTime(checkIn.createdAt) },
    {
      key: 'author',
      title: t('node.checkIns.columns.author'),
      width: 110,
      render: (_, checkIn) => checkIn.author?.user.displayName ?? t('node.comments.removedAuthor'),
    },
    {
      key: 'progress',
      title: t('node.checkIns.columns.progress'),
      width: 140,
      render: (_, checkIn) => (
        <Flex vertical>
          <Progress percent={toPercent(checkIn.progress)} size="small" />
          {checkIn.kpiActual ? <Typography.Text type="secondary">{checkIn.kpiActual}</Typography.Text> : null}
        </Flex>
      ),
    },
    {
      key: 'confidence',
      title: t('node.checkIns.columns.confidence'),
      width: 120,
      render: (_, checkIn) => <Rate disabled value={checkIn.confidence} count={CONFIDENCE_MAX} style={{ fontSize: 12 }} />,
    },
    { key: 'note', title: t('node.checkIns.columns.note'), render: (_, checkIn) => checkIn.note },
  ];

  return (
    <>
      <NodeWriteConflict
        node={node}
        conflict={conflict}
        applying={loading}
        savedText={t('node.checkIns.submitted')}
        reapply={reapply}
        discard={discard}
        onReload={onReload}
        members={members}
        departments={departments}
      />
      {canCheckIn ? (
        <Form
          form={form}
          name={`check-in-${node.id}`}
          layout="vertical"
          requiredMark={false}
          initialValues={{ progress: Math.round(node.ownProgress), kpiActual: node.kpi?.actual ?? undefined, confidence: 3 }}
          onFinish={(values) => void onFinish(values)}
        >
          <Flex gap={16} wrap>
            {node.kpi ? (
              <Form.Item<CheckInValues>
                label={t('node.kpi.actual')}
                name="kpiActual"
                rules={[{ required: true, whitespace: true, message: t('node.kpi.required') }, decimalRule(t('node.kpi.decimal'))]}
              >
                <Input inputMode="decimal" style={{ width: 160 }} data-testid="checkin-kpi" />
              </Form.Item>
            ) : rollsUp ? (
              <Form.Item<CheckInValues> label={t('node.fields.progress')} extra={t('node.checkIns.rollsUp', { count: node.childCount })}>
                <Typography.Text strong data-testid="checkin-rolled-up">
                  {percentText(toPercent(node.progress))}
                </Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item<CheckInValues> label={t('node.fields.progress')} name="progress">
                <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 110 }} data-testid="checkin-progress" />
              </Form.Item>
            )}
            <Form.Item<CheckInValues> label={t('node.checkIns.confidence')} name="confidence" extra={t('node.checkIns.confidenceHelp')}>
              <Rate count={CONFIDENCE_MAX} allowClear={false} data-testid="checkin-confidence" />
            </Form.Item>
          </Flex>
          <Form.Item<CheckInValues> label={t('node.checkIns.note')} name="note" rules={[{ max: CHECK_IN_NOTE_MAX_LENGTH }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="checkin-note" />
          </Form.Item>
          <Flex justify="flex-end" style={{ marginBottom: 16 }}>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="checkin-submit">
              {t('node.checkIns.submit')}
            </Button>
          </Flex>
        </Form>
      ) : null}
      <Typography.Title level={5}>{t('node.checkIns.history')}</Typography.Title>
      <Table<CheckInFieldsFragment>
        rowKey="id"
        size="small"
        columns={columns}
        // Newest first: the latest word on the node matters most.
        dataSource={[...checkIns].reverse()}
        pagination={checkIns.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{ emptyText: t('node.checkIns.empty') }}
        data-testid="checkin-history"
      />
    </>
  );
}
