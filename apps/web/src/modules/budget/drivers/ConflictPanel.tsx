import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '../grid/gridColumn';
import type { DraftRow, LineKind } from './draft';
import type { ConflictChoice, LineConflict, SettingsConflict } from './rebase';
import type { DriverColumns } from './useDriverColumns';

interface ConflictPanelProps {
  conflicts: readonly LineConflict[];
  settingsConflict: SettingsConflict | null;
  columns: DriverColumns;
  onResolve: (conflict: LineConflict, choice: ConflictChoice) => void;
  onResolveSettings: (choice: ConflictChoice) => void;
}

const MAX_VALUES = 6;

const nameOf = (row: DraftRow) => ('roleTitle' in row ? row.roleTitle : row.name);

/** The cells the other person changed, as the grid shows them ("Amount / month: 19,000"). */
function theirChanges(kind: LineKind, before: DraftRow, theirs: DraftRow, columns: DriverColumns): string {
  const list = columns[kind] as GridColumn<DraftRow>[];
  const changed = list.filter((column) => column.display(before) !== column.display(theirs));
  const shown = changed.slice(0, MAX_VALUES).map((column) => `${column.title}: ${column.display(theirs) || '—'}`);
  return changed.length > MAX_VALUES ? `${shown.join(' · ')} …` : shown.join(' · ');
}

/**
 * After a CONFLICT: the lines someone else changed (or deleted) while this
 * person edited them, each with the choice to reload it and re-apply their
 * own edit, or to take the other version.
 */
export function ConflictPanel({ conflicts, settingsConflict, columns, onResolve, onResolveSettings }: ConflictPanelProps) {
  const { t } = useTranslation();
  if (conflicts.length === 0 && !settingsConflict) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="budget-conflicts"
      title={t('budget.conflict.title')}
      description={
        <Flex vertical gap={12}>
          <Typography.Text>{t('budget.conflict.intro')}</Typography.Text>
          {conflicts.map((conflict) => {
            const kind = t(`budget.conflict.lineKinds.${conflict.kind}`);
            const name = nameOf(conflict.theirs ?? conflict.before);
            const text = !conflict.theirs
              ? t('budget.conflict.deleted', { kind, name })
              : !conflict.mine
                ? t('budget.conflict.yourDeletion', { kind, name })
                : t('budget.conflict.changed', { kind, name });
            const reapplyLabel = !conflict.mine ? t('budget.conflict.reapplyDeletion') : !conflict.theirs ? t('budget.conflict.keepMine') : t('budget.conflict.reapply');
            return (
              <Flex key={`${conflict.kind}:${conflict.key}`} vertical gap={4} data-testid={`budget-conflict-${conflict.key}`}>
                <Typography.Text strong>{text}</Typography.Text>
                {conflict.theirs ? (
                  <Typography.Text type="secondary">
                    {t('budget.conflict.theirValues', { values: theirChanges(conflict.kind, conflict.before, conflict.theirs, columns) })}
                  </Typography.Text>
                ) : null}
                <Flex gap={8} wrap>
                  <Button size="small" type="primary" onClick={() => onResolve(conflict, 'reapply')} data-testid={`budget-conflict-reapply-${conflict.key}`}>
                    {reapplyLabel}
                  </Button>
                  <Button size="small" onClick={() => onResolve(conflict, 'theirs')} data-testid={`budget-conflict-theirs-${conflict.key}`}>
                    {t('budget.conflict.theirs')}
                  </Button>
                </Flex>
              </Flex>
            );
          })}
          {settingsConflict ? (
            <Flex vertical gap={4} data-testid="budget-conflict-settings">
              <Typography.Text strong>{t('budget.conflict.settings')}</Typography.Text>
              <Flex gap={8}>
                <Button size="small" type="primary" onClick={() => onResolveSettings('reapply')}>
                  {t('budget.conflict.reapply')}
                </Button>
                <Button size="small" onClick={() => onResolveSettings('theirs')}>
                  {t('budget.conflict.theirs')}
                </Button>
              </Flex>
            </Flex>
          ) : null}
        </Flex>
      }
    />
  );
}
