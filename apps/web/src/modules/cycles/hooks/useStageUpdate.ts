import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useVersionedWrite } from '../../plans/hooks/useVersionedWrite';
import type { ConflictChange } from '../../plans/utils/nodeConflict';
import { UPDATE_CYCLE_STAGE_MUTATION } from '../graphql/mutations/updateCycleStageMutation';

export interface StageEdit {
  name?: string;
  startDate?: string;
  dueDate?: string;
  responsibleId?: string;
  ownerDepartmentId?: string;
  dependsOn?: string[];
}

interface PendingStageEdit {
  stage: CycleStageFieldsFragment;
  edit: StageEdit;
}

/**
 * Saves a stage's dates, owner or links with the version it was read at.
 * CONFLICT keeps the edit for re-applying; a refused schedule (due before a
 * stage it depends on, or before it starts) is explained in words.
 */
export function useStageUpdate(onSettled: () => void) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [update, { loading }] = useMutation(UPDATE_CYCLE_STAGE_MUTATION);
  const versioned = useVersionedWrite(
    (pending: PendingStageEdit, version: number) => update({ variables: { input: { id: pending.stage.id, version, ...pending.edit } } }),
    (error) => {
      handleError(error, { messages: { BAD_USER_INPUT: t('cycles.errors.schedule') } });
      onSettled();
    },
  );

  const save = async (stage: CycleStageFieldsFragment, edit: StageEdit): Promise<boolean> => {
    const ok = await versioned.write({ stage, edit }, stage.version);
    if (ok) {
      void message.success(t('common.saved'));
      onSettled();
    }
    return ok;
  };

  const conflictChanges: ConflictChange[] = [];
  if (versioned.conflict) {
    const theirs = versioned.conflict.current as unknown as { name?: string; status?: string; startDate?: string; dueDate?: string };
    const mine = versioned.conflict.fields.stage;
    if (theirs.name !== undefined && theirs.name !== mine.name) conflictChanges.push({ field: 'title', theirs: theirs.name });
    if (theirs.status !== undefined && theirs.status !== mine.status) conflictChanges.push({ field: 'status', theirs: theirs.status });
    // After a drag the dates are what the two people most likely both changed.
    if (theirs.startDate !== undefined && theirs.startDate !== mine.startDate) conflictChanges.push({ field: 'startDate', theirs: theirs.startDate });
    if (theirs.dueDate !== undefined && theirs.dueDate !== mine.dueDate) conflictChanges.push({ field: 'dueDate', theirs: theirs.dueDate });
  }

  return {
    save,
    saving: loading,
    conflict: versioned.conflict,
    conflictChanges,
    reapply: async () => {
      if (await versioned.reapply()) onSettled();
    },
    discard: () => {
      versioned.discard();
      onSettled();
    },
  };
}
