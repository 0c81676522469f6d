import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../plans/components/ConflictAlert';
import type { ConflictChange } from '../../plans/utils/nodeConflict';

/** The plan's conflict message, worded for a stage: the API reports the stage's name and status as the other person left them. */
export function StageConflict({ changes, onReapply, onDiscard, applying }: { changes: ConflictChange[]; onReapply: () => void; onDiscard: () => void; applying?: boolean }) {
  const { t } = useTranslation();
  return (
    <ConflictAlert
      title={t('cycles.conflict')}
      changes={changes}
      describe={(field, value) => (field === 'status' && typeof value === 'string' ? t(`cycles.statuses.${value as 'approved'}`) : String(value ?? ''))}
      onReapply={onReapply}
      onDiscard={onDiscard}
      applying={applying}
    />
  );
}
