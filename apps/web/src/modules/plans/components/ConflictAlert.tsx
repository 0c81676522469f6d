import { Alert, Button, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictChange, ConflictField } from '../utils/nodeConflict';

interface ConflictAlertProps {
  changes: ConflictChange[];
  /** Turns an id or code into what a person reads (a member's name, a translated status). */
  describe: (field: ConflictField, value: string | number | null) => string;
  onReapply: () => void;
  onDiscard: () => void;
  applying?: boolean;
  /** What changed, when it is not a plan node (a cycle stage, say). */
  title?: string;
}

const FIELD_LABELS = {
  title: 'node.fields.title',
  description: 'node.fields.description',
  ownerId: 'node.fields.owner',
  departmentId: 'node.fields.department',
  startDate: 'node.fields.startDate',
  dueDate: 'node.fields.dueDate',
  status: 'node.fields.status',
  weight: 'node.fields.weight',
  ownProgress: 'node.fields.ownProgress',
  kpiActual: 'node.fields.kpiActual',
  recurrence: 'node.fields.recurrence',
  checklist: 'node.fields.checklist',
} as const satisfies Record<ConflictField, string>;

/** Someone saved first: shows their values and lets this person apply their own again on top. */
export function ConflictAlert({ changes, describe, onReapply, onDiscard, applying, title }: ConflictAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="node-conflict"
      title={title ?? t('node.conflict.title')}
      description={
        <Flex vertical gap={8}>
          <span>{t('node.conflict.description')}</span>
          {changes.length > 0 ? (
            <Descriptions
              size="small"
              column={1}
              bordered
              title={t('node.conflict.theirs')}
              items={changes.map((change) => ({
                key: change.field,
                label: t(FIELD_LABELS[change.field]),
                children: (
                  <span data-testid={`conflict-theirs-${change.field}`}>
                    {change.theirs === null || change.theirs === '' ? t('node.conflict.empty') : describe(change.field, change.theirs)}
                  </span>
                ),
              }))}
            />
          ) : null}
          <Flex gap={8}>
            <Button type="primary" size="small" loading={applying} onClick={onReapply} data-testid="conflict-reapply">
              {t('node.conflict.reapply')}
            </Button>
            <Button size="small" onClick={onDiscard} data-testid="conflict-discard">
              {t('node.conflict.discard')}
            </Button>
          </Flex>
        </Flex>
      }
    />
  );
}
