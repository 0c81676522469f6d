import { useMutation } from '@apollo/client/react';
import { DECIMAL_PATTERN } from '@opsplan/domain';
import { Button, Flex, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { UPDATE_PROGRESS_MUTATION } from '../../plans/graphql/mutations/updateProgressMutation';
import { useVersionedWrite } from '../../plans/hooks/useVersionedWrite';
import { usePlanReads } from '../../plans/hooks/usePlanReads';

interface Report {
  progress?: number;
  kpiActual?: string;
}

/**
 * One step: type the new figure, press Update. A KPI node takes its actual
 * instead of a percentage; a node with children rolls up from them instead.
 */
export function MyWorkProgressCell({ node }: { node: PlanNodeRowFieldsFragment }) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [progress, setProgress] = useState<number | null>(Math.round(node.ownProgress));
  const [kpiActual, setKpiActual] = useState(node.kpi?.actual ?? '');
  const planReads = usePlanReads();
  const [updateProgress, { loading }] = useMutation(UPDATE_PROGRESS_MUTATION, { refetchQueries: planReads });
  const { write, conflict, reapply, discard } = useVersionedWrite(
    (report: Report, version: number) => updateProgress({ variables: { input: { id: node.id, version, ...report } } }),
    (error) => handleError(error),
  );

  // A node with children shows their roll-up; its own figure would change nothing on screen.
  if (node.childCount > 0 && !node.kpi) {
    return (
      <Typography.Text type="secondary" data-testid={`my-work-rolls-up-${node.id}`}>
        {t('node.rollsUp', { count: node.childCount })}
      </Typography.Text>
    );
  }

  const valid = node.kpi ? DECIMAL_PATTERN.test(kpiActual.trim()) : progress !== null;
  const save = async () => {
    const report: Report = node.kpi ? { kpiActual: kpiActual.trim() } : { progress: progress ?? 0 };
    if (await write(report, node.version)) void message.success(t('node.progressSaved'));
  };

  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center">
        {node.kpi ? (
          <Input
            value={kpiActual}
            onChange={(event) => setKpiActual(event.target.value)}
            inputMode="decimal"
            placeholder={node.kpi.name}
            suffix={node.kpi.unit ?? undefined}
            style={{ width: 150 }}
            aria-label={t('node.kpi.actual')}
            data-testid={`my-work-input-${node.id}`}
          />
        ) : (
          <InputNumber
            value={progress}
            onChange={(value) => setProgress(value)}
            min={0}
            max={100}
            precision={0}
            suffix="%"
            style={{ width: 100 }}
            aria-label={t('node.fields.progress')}
            data-testid={`my-work-input-${node.id}`}
          />
        )}
        <Button size="small" type="primary" disabled={!valid} loading={loading} onClick={() => void save()} data-testid={`my-work-save-${node.id}`}>
          {t('myWork.save')}
        </Button>
      </Flex>
      {conflict ? (
        <Flex gap={4} align="center" wrap data-testid={`my-work-conflict-${node.id}`}>
          <Typography.Text type="warning">
            {t('node.conflict.title')}: {t('node.conflict.theirs')}{' '}
            {node.kpi ? (conflict.current.kpiActual ?? t('node.conflict.empty')) : `${Math.round(conflict.current.ownProgress ?? 0)}%`}
          </Typography.Text>
          <Button size="small" type="link" onClick={() => void reapply()}>
            {t('node.conflict.reapply')}
          </Button>
          <Button size="small" type="link" onClick={discard}>
            {t('node.conflict.discard')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
