import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CycleStageFieldsFragment, PlanningCycleFieldsFragment } from '../../../gql/graphql';
import { useStageLabel } from '../hooks/useStageLabel';
import { useStageUpdate } from '../hooks/useStageUpdate';
import { GanttChart } from './GanttChart';
import { GanttLegend } from './GanttLegend';
import { StageConflict } from './StageConflict';
import { StageEditModal } from './StageEditModal';
import { StageList } from './StageList';

interface CycleTimelineProps {
  cycle: PlanningCycleFieldsFragment;
  canManage: boolean;
  members: readonly { id: string; active: boolean; user: { displayName: string } }[];
  departments: readonly { id: string; name: string }[];
  /** Reads the cycle again after a save, a refusal or a conflict. */
  onReload: () => void;
}

/** The Gantt of the stages and, beside it, the stage list with what each is waiting for. */
export function CycleTimeline({ cycle, canManage, members, departments, onReload }: CycleTimelineProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { stageLabel } = useStageLabel();
  const [editing, setEditing] = useState<CycleStageFieldsFragment | null>(null);
  const update = useStageUpdate(onReload);
  const byId = new Map(cycle.stages.map((s) => [s.id, s]));
  const ganttStages = cycle.stages.map((s) => ({ ...s, name: stageLabel(s) }));

  return (
    <Flex vertical gap={16}>
      {update.conflict ? (
        <StageConflict changes={update.conflictChanges} applying={update.saving} onReapply={() => void update.reapply()} onDiscard={update.discard} />
      ) : null}
      <div>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{canManage ? t('cycles.gantt.dragHelp') : t('cycles.gantt.readHelp')}</Typography.Text>
          <GanttLegend />
        </Flex>
        <GanttChart
          stages={ganttStages}
          today={cycle.today}
          criticalPath={cycle.criticalPath}
          canDrag={(stage) => canManage && stage.status !== 'approved'}
          onOpen={(stage) => void navigate(`/cycles/${cycle.id}/stages/${stage.id}`)}
          onDatesChange={(stage, dates) => {
            const original = byId.get(stage.id);
            if (!original) return;
            const edit = { ...(dates.startDate !== original.startDate ? { startDate: dates.startDate } : {}), ...(dates.dueDate !== original.dueDate ? { dueDate: dates.dueDate } : {}) };
            void update.save(original, edit);
          }}
        />
      </div>
      <StageList cycleId={cycle.id} stages={cycle.stages} criticalPath={cycle.criticalPath} onEdit={canManage ? setEditing : undefined} />
      <StageEditModal
        key={editing?.id ?? 'none'}
        stage={editing}
        stages={cycle.stages}
        members={members}
        departments={departments}
        saving={update.saving}
        onClose={() => setEditing(null)}
        onSave={(stage, edit) =>
          void update.save(stage, edit).then((ok) => {
            if (ok) setEditing(null);
          })
        }
      />
    </Flex>
  );
}
