import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useVersionedWrite } from '../../plans/hooks/useVersionedWrite';
import {
  ADD_CYCLE_STAGE_MUTATION,
  DELETE_CYCLE_STAGE_MUTATION,
  REORDER_CYCLE_STAGES_MUTATION,
  RESTORE_CYCLE_STAGE_MUTATION,
} from '../graphql/mutations/stageLayoutMutations';
import { DELETED_STAGES_QUERY } from '../graphql/queries/deletedStagesQuery';
import { PLANNING_CYCLE_QUERY } from '../graphql/queries/planningCycleQuery';
import { movedOrder, NEW_STAGE_ID } from '../utils/stageLayout';
import type { MoveDirection } from '../utils/stageLayout';
import { useLayoutProblemText } from './useLayoutProblemText';
import { useStageLabel } from './useStageLabel';

export interface NewStage {
  name: string;
  startDate: string;
  dueDate: string;
  dependsOn: string[];
  ownerDepartmentId?: string;
  responsibleId?: string;
  deliverables?: string[];
}

interface Move {
  stageId: string;
  direction: MoveDirection;
}

interface LayoutCycle {
  id: string;
  /** Adding, removing, restoring and re-ordering stages change the cycle, so they send its version. */
  version: number;
  stages: readonly CycleStageFieldsFragment[];
}

interface RemovableStage {
  id: string;
  key?: string | null;
  name: string;
  dueDate: string;
  version: number;
}

/**
 * Adds, removes (with Undo), restores and re-orders a cycle's stages. Adding
 * and re-ordering send the cycle's version; on CONFLICT the change is kept
 * for re-applying on the cycle as it is now. A move is re-applied as "this
 * stage one place up/down" on the current order, so stages someone else
 * added meanwhile are kept.
 */
export function useStageLayout(cycle: LayoutCycle, onReload: () => void) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const { stageLabel } = useStageLabel();
  const { refusalText } = useLayoutProblemText();
  const reads = { refetchQueries: [PLANNING_CYCLE_QUERY, DELETED_STAGES_QUERY], awaitRefetchQueries: true };
  const [addStage, adding] = useMutation(ADD_CYCLE_STAGE_MUTATION, reads);
  const [deleteStage, deleting] = useMutation(DELETE_CYCLE_STAGE_MUTATION, reads);
  const [restoreStage, restoring] = useMutation(RESTORE_CYCLE_STAGE_MUTATION, reads);
  const [reorderStages, reordering] = useMutation(REORDER_CYCLE_STAGES_MUTATION);

  // The stages as last read: a re-applied move works on the order as it is now.
  const latest = useRef(cycle.stages);
  useEffect(() => {
    latest.current = cycle.stages;
  }, [cycle.stages]);

  const refused = (error: unknown, named: readonly { id: string; key?: string | null; name: string; dueDate: string }[]) => {
    handleError(error, { messages: { BAD_USER_INPUT: refusalText(error, named) ?? t('cycles.errors.schedule') } });
    onReload();
  };

  // The stage being added, to name it in a refusal that names it (as NEW_STAGE_ID).
  const pendingAdd = useRef<NewStage | null>(null);
  const addWrite = useVersionedWrite(
    (stage: NewStage, version: number) => addStage({ variables: { input: { cycleId: cycle.id, version, ...stage } } }),
    (error) => refused(error, [...latest.current, { id: NEW_STAGE_ID, name: pendingAdd.current?.name ?? '', dueDate: pendingAdd.current?.dueDate ?? '' }]),
  );
  const added = (ok: boolean, stage: NewStage | undefined) => {
    if (ok && stage) void message.success(t('cycles.layout.added', { name: stage.name }));
    if (!ok) onReload();
    return ok;
  };

  const moveWrite = useVersionedWrite(
    async ({ stageId, direction }: Move, version: number) => {
      const stageIds = movedOrder(
        latest.current.map((s) => s.id),
        stageId,
        direction,
      );
      if (stageIds) await reorderStages({ variables: { input: { cycleId: cycle.id, version, stageIds } } });
    },
    (error) => {
      handleError(error);
      onReload();
    },
  );
  const moved = (ok: boolean) => {
    if (ok) void message.success({ key: 'stage-moved', content: t('cycles.layout.moved') });
    else onReload();
    return ok;
  };

  const restore = async (stage: Omit<RemovableStage, 'version'>, messageKey?: string): Promise<boolean> => {
    if (messageKey) message.destroy(messageKey);
    try {
      await restoreStage({ variables: { id: stage.id } });
      void message.success(t('cycles.layout.restored', { name: stageLabel(stage) }));
      return true;
    } catch (error) {
      refused(error, [...latest.current, stage]);
      return false;
    }
  };

  const remove = async (stage: RemovableStage): Promise<boolean> => {
    try {
      await deleteStage({ variables: { input: { id: stage.id, version: stage.version } } });
    } catch (error) {
      handleError(error, { onConflict: onReload, messages: { BAD_USER_INPUT: t('cycles.layout.removeRefused') } });
      onReload();
      return false;
    }
    const key = `stage-removed-${stage.id}`;
    void message.open({
      key,
      type: 'success',
      duration: 10,
      content: (
        <span data-testid="stage-removed-message">
          {t('cycles.layout.removed', { name: stageLabel(stage) })}
          <Button type="link" size="small" onClick={() => void restore(stage, key)} data-testid="stage-remove-undo">
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
    return true;
  };

  return {
    add: async (stage: NewStage) => {
      pendingAdd.current = stage;
      return added(await addWrite.write(stage, cycle.version), stage);
    },
    adding: adding.loading,
    addConflict: addWrite.conflict !== null,
    reapplyAdd: async () => added(await addWrite.reapply(), addWrite.conflict?.fields),
    discardAdd: addWrite.discard,
    move: async (stage: { id: string }, direction: MoveDirection) => (reordering.loading ? false : moved(await moveWrite.write({ stageId: stage.id, direction }, cycle.version))),
    moving: reordering.loading,
    moveConflict: moveWrite.conflict !== null,
    reapplyMove: async () => moved(await moveWrite.reapply()),
    discardMove: () => {
      moveWrite.discard();
      onReload();
    },
    remove,
    removing: deleting.loading,
    restore: (stage: Omit<RemovableStage, 'version'>) => restore(stage),
    restoring: restoring.loading,
  };
}
