import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { useStageLabel } from '../hooks/useStageLabel';
import { dependentsOf } from '../utils/stageLayout';

interface RemoveStageModalProps {
  /** The stage to remove; null when closed. */
  stage: CycleStageFieldsFragment | null;
  stages: readonly CycleStageFieldsFragment[];
  removing: boolean;
  onRemove: (stage: CycleStageFieldsFragment) => void;
  onClose: () => void;
}

/**
 * Asks before removing a stage. While other stages depend on it, it says
 * which and offers nothing but closing: the links have to go first.
 */
export function RemoveStageModal({ stage, stages, removing, onRemove, onClose }: RemoveStageModalProps) {
  const { t } = useTranslation();
  const { stageLabel, joinNames } = useStageLabel();
  if (!stage) return null;
  const name = stageLabel(stage);
  const dependents = dependentsOf(stage.id, stages);
  const blocked = dependents.length > 0;
  return (
    <Modal
      open
      title={blocked ? t('cycles.layout.removeBlockedTitle', { name }) : t('cycles.layout.removeTitle', { name })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        blocked ? (
          <Button type="primary" onClick={onClose} autoFocus data-testid="stage-remove-close">
            {t('cycles.layout.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button danger type="primary" loading={removing} onClick={() => onRemove(stage)} data-testid="stage-remove-confirm">
              {t('cycles.layout.removeConfirm')}
            </Button>
          </>
        )
      }
    >
      <Typography.Paragraph data-testid={blocked ? 'stage-remove-blocked' : 'stage-remove-help'} style={{ marginBottom: 0 }}>
        {blocked
          ? t('cycles.layout.removeBlocked', { names: joinNames(dependents.map((s) => `“${stageLabel(s)}”`)) })
          : t('cycles.layout.removeHelp')}
      </Typography.Paragraph>
    </Modal>
  );
}
