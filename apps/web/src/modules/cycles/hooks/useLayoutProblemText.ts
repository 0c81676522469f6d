import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutProblem } from '../utils/stageLayout';
import { refusedStageIds } from '../utils/stageLayout';
import { useStageLabel } from './useStageLabel';

interface NamedStage {
  id: string;
  key?: string | null;
  name: string;
  dueDate: string;
}

/**
 * Says what is wrong with a layout, naming the stages involved in the
 * interface language. `stages` must include the one being added or edited,
 * with its name as typed.
 */
export function useLayoutProblemText() {
  const { t } = useTranslation();
  const { stageLabel, joinNames } = useStageLabel();

  const problemText = useCallback(
    (problem: LayoutProblem, stages: readonly NamedStage[]) => {
      const stageOf = (id: string) => stages.find((s) => s.id === id);
      const name = (id: string) => {
        const stage = stageOf(id);
        return stage ? stageLabel(stage) : id;
      };
      switch (problem.kind) {
        case 'cycle':
          return t('cycles.problems.cycle', { path: problem.stageIds.map((id) => `“${name(id)}”`).join(' → ') });
        case 'due_before_dependency':
          return t('cycles.problems.due_before_dependency', {
            stage: name(problem.stageId),
            dependency: name(problem.dependencyId),
            dependencyDue: stageOf(problem.dependencyId)?.dueDate ?? '',
          });
        case 'ends_before_start':
        case 'unknown_dependency':
        case 'depends_on_itself':
          return t(`cycles.problems.${problem.kind}`, { stage: name(problem.stageId) });
      }
    },
    [stageLabel, t],
  );

  /** The API's refusal of a layout, naming the stages it names; null when it names none. */
  const refusalText = useCallback(
    (error: unknown, stages: readonly NamedStage[]) => {
      const names = [...new Set(refusedStageIds(error))]
        .map((id) => stages.find((s) => s.id === id))
        .filter((s) => s !== undefined)
        .map((s) => `“${stageLabel(s)}”`);
      return names.length > 0 ? t('cycles.problems.refused', { names: joinNames(names) }) : null;
    },
    [joinNames, stageLabel, t],
  );

  return { problemText, refusalText };
}
