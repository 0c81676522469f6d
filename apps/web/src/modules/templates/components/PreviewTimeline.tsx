import type { PlanBlueprint } from '@opsplan/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Timeline } from '../../plans/components/Timeline';
import { previewTimeline } from '../utils/timeline';
import type { PreviewTimelineKind } from '../utils/timeline';

const BAR_COLORS: Record<PreviewTimelineKind, string> = { phase: '#fa8c16', project: '#1677ff' };

/** The phases and projects a template will create, as bars across the plan's months. */
export function PreviewTimeline({ blueprint }: { blueprint: PlanBlueprint }) {
  const { t } = useTranslation();
  const { startDate, endDate, items } = useMemo(() => previewTimeline(blueprint), [blueprint]);
  const legend = (['phase', 'project'] as const)
    .filter((kind) => items.some((item) => item.kind === kind))
    .map((kind) => ({ key: kind, label: t(`templates.preview.${kind}`), color: BAR_COLORS[kind] }));
  return (
    <Timeline
      startDate={startDate}
      endDate={endDate}
      items={items}
      barColor={(row) => BAR_COLORS[row.kind]}
      describe={(row) => `${t(`templates.preview.${row.kind}`)} · ${row.startDate} – ${row.dueDate}`}
      legend={legend}
      data-testid="template-preview-timeline"
    />
  );
}
