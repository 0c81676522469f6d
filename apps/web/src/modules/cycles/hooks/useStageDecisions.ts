import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { APPROVE_CYCLE_STAGE_MUTATION, RETURN_CYCLE_STAGE_MUTATION, SUBMIT_CYCLE_STAGE_MUTATION } from '../graphql/mutations/stageDecisionMutations';
import { CYCLE_STAGE_QUERY } from '../graphql/queries/cycleStageQuery';
import { PLANNING_CYCLE_QUERY } from '../graphql/queries/planningCycleQuery';

/**
 * Submit, approve and return with the version read. When two people decide
 * at once, the second is told (CONFLICT) and sees the stage as it is now.
 */
export function useStageDecisions(stage: { id: string; version: number }, onChanged: () => void) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const options = { refetchQueries: [CYCLE_STAGE_QUERY, PLANNING_CYCLE_QUERY], awaitRefetchQueries: true };
  const [submit, submitting] = useMutation(SUBMIT_CYCLE_STAGE_MUTATION, options);
  const [approve, approving] = useMutation(APPROVE_CYCLE_STAGE_MUTATION, options);
  const [sendBack, returning] = useMutation(RETURN_CYCLE_STAGE_MUTATION, options);

  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      void message.success(done);
      return true;
    } catch (error) {
      handleError(error, { onConflict: onChanged });
      return false;
    }
  };
  const input = { id: stage.id, version: stage.version };
  return {
    busy: submitting.loading || approving.loading || returning.loading,
    submit: () => run(() => submit({ variables: { input } }), t('cycles.actions.submitted')),
    approve: () => run(() => approve({ variables: { input } }), t('cycles.actions.approved')),
    sendBack: (reason: string) => run(() => sendBack({ variables: { input: { ...input, reason } } }), t('cycles.actions.returned')),
  };
}
