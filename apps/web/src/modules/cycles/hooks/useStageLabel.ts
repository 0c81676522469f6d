import { DEFAULT_STAGE_NAMES, STAGE_DELIVERABLES, STAGE_KEYS } from '@opsplan/domain';
import type { StageKey } from '@opsplan/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const isStageKey = (key: string | null | undefined): key is StageKey => (STAGE_KEYS as readonly (string | null | undefined)[]).includes(key);
const DELIVERABLE_KEYS = new Set<string>(Object.values(STAGE_DELIVERABLES).flat());

/**
 * A stage's name in the interface language: a default stage that still has
 * its default (bilingual) name by its key, any other as named.
 */
export function useStageLabel() {
  const { t, i18n } = useTranslation();
  const stageLabel = useCallback(
    (stage: { key?: string | null; name: string }) =>
      isStageKey(stage.key) && stage.name === DEFAULT_STAGE_NAMES[stage.key] ? t(`cycles.stageKeys.${stage.key}`) : stage.name,
    [t],
  );
  const deliverableLabel = useCallback(
    (name: string) => (DELIVERABLE_KEYS.has(name) ? t(`cycles.deliverableNames.${name as 'rnd_plan'}`) : name),
    [t],
  );
  /** "A, B and C" / "A、B和C": a list of names as the language writes one. */
  const joinNames = useCallback(
    (names: readonly string[]) => new Intl.ListFormat(i18n.resolvedLanguage ?? i18n.language, { type: 'conjunction' }).format(names),
    [i18n.language, i18n.resolvedLanguage],
  );
  return { stageLabel, deliverableLabel, joinNames };
}
