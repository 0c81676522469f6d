import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CycleStageFieldsFragment, PlanningCycleFieldsFragment } from '../../../gql/graphql';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { ConflictAlert } from '../../plans/components/ConflictAlert';
import { useLayoutProblemText } from '../hooks/useLayoutProblemText';
import { useStageLabel } from '../hooks/useStageLabel';
import { useStageLayout } from '../hooks/useStageLayout';
import { useStageUpdate } from '../hooks/useStageUpdate';
import { layoutProblem, withStage } from '../utils/stageLayout';
import { AddStageModal } from './AddStageModal';
import { GanttChart } from './GanttChart';
import { GanttLegend } from './GanttLegend';
import { RemovedStages } from './RemovedStages';
import { RemoveStageModal } from './RemoveStageModal';
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

/**
 * The Gantt of the stages and, below it, the stage list with what each is
 * waiting for. Those who run cycles also lay the stages out here: add,
 * re-order, remove and restore them.
 */
export function CycleTimeline({ cycle, canManage, members, departments, onReload }: CycleTimelineProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { stageLabel } = useStageLabel();
  const [editing, setEditing] = useState<CycleStageFieldsFragment | null>(null);
  const [addingStage, setAddingStage] = useState(false);
  const [removing, setRemoving] = useState<CycleStageFieldsFragment | null>(null);
  const message = useMessageApi();
  const { problemText } = useLayoutProblemText();
  const update = useStageUpdate(onReload);
  const layout = useStageLayout(cycle, onReload);
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
            const changed = withStage(cycle.stages, { ...original, ...edit });
            const problem = layoutProblem(changed);
            if (problem) {
              void message.error(problemText(problem, changed));
              onReload();
              return;
            }
            void update.save(original, edit);
          }}
        />
      </div>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('cycles.layout.title')}
          </Typography.Title>
          {canManage ? (
            <Button icon={<PlusOutlined />} onClick={() => setAddingStage(true)} data-testid="add-stage">
              {t('cycles.layout.add')}
            </Button>
          ) : null}
        </Flex>
        {layout.moveConflict ? (
          <ConflictAlert
            title={t('cycles.layout.conflict')}
            changes={[]}
            describe={(_, value) => String(value ?? '')}
            applying={layout.moving}
            onReapply={() => void layout.reapplyMove()}
            onDiscard={layout.discardMove}
          />
        ) : null}
        <StageList
          cycleId={cycle.id}
          stages={cycle.stages}
          criticalPath={cycle.criticalPath}
          onEdit={canManage ? setEditing : undefined}
          onMove={canManage ? layout.move : undefined}
          onRemove={canManage ? setRemoving : undefined}
          emptyText={canManage ? t('cycles.layout.noStagesManage') : t('cycles.layout.noStages')}
        />
      </Flex>
      {canManage ? <RemovedStages cycleId={cycle.id} restoring={layout.restoring} onRestore={(stage) => void layout.restore(stage)} /> : null}
      {canManage ? (
        <AddStageModal
          open={addingStage}
          stages={cycle.stages}
          members={members}
          departments={departments}
          today={cycle.today}
          saving={layout.adding}
          conflict={layout.addConflict}
          onAdd={layout.add}
          onReapply={layout.reapplyAdd}
          onDiscard={layout.discardAdd}
          onClose={() => setAddingStage(false)}
        />
      ) : null}
      <RemoveStageModal
        stage={removing}
        stages={cycle.stages}
        removing={layout.removing}
        onClose={() => setRemoving(null)}
        onRemove={(stage) =>
          void layout.remove(stage).then((ok) => {
            if (ok) setRemoving(null);
          })
        }
      />
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
