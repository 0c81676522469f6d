import { addDays, daysBetween } from '@opsplan/domain';

/** The chart's time axis: which day is at x = 0 and how wide one day is. */
export interface GanttScale {
  /** YYYY-MM-DD shown at the left edge. */
  origin: string;
  /** Days on the axis, the last included. */
  days: number;
  dayWidth: number;
}

export interface GanttRowLayout {
  rowHeight: number;
  barHeight: number;
  /** Space above the first row (the axis labels). */
  top: number;
}

export const DEFAULT_ROW_LAYOUT: GanttRowLayout = { rowHeight: 36, barHeight: 18, top: 36 };

/** How far from the stages today may be and still widen the axis to show it. */
export const TODAY_REACH_DAYS = 31;

/**
 * An axis covering every stage, with a couple of days' margin either side so
 * bars and the today line never touch the edges. Today is on it when it is
 * within a month of the stages; a cycle far in the past or future opens on
 * its own bars instead of on months of empty chart.
 */
export function ganttScale(stages: readonly { startDate: string; dueDate: string }[], today: string, dayWidth = 18, margin = 2): GanttScale {
  const stageDates = stages.flatMap((s) => [s.startDate, s.dueDate]).sort();
  const near =
    stageDates.length === 0 ||
    (daysBetween(today, stageDates[0] as string) <= TODAY_REACH_DAYS && daysBetween(stageDates.at(-1) as string, today) <= TODAY_REACH_DAYS);
  const dates = (near ? [today, ...stageDates] : stageDates).sort();
  const origin = addDays(dates[0] as string, -margin);
  const last = addDays(dates.at(-1) as string, margin);
  return { origin, days: daysBetween(origin, last) + 1, dayWidth };
}

/** Whether `date` falls on the axis. */
export function onAxis(date: string, scale: GanttScale): boolean {
  const offset = daysBetween(scale.origin, date);
  return offset >= 0 && offset < scale.days;
}

/** Left edge of a day's column. */
export function dateToX(date: string, scale: GanttScale): number {
  return daysBetween(scale.origin, date) * scale.dayWidth;
}

export function chartWidth(scale: GanttScale): number {
  return scale.days * scale.dayWidth;
}

/** A stage's bar: it covers its start day through its due day, both whole. */
export function barGeometry(stage: { startDate: string; dueDate: string }, row: number, scale: GanttScale, layout: GanttRowLayout = DEFAULT_ROW_LAYOUT) {
  const x = dateToX(stage.startDate, scale);
  const width = (daysBetween(stage.startDate, stage.dueDate) + 1) * scale.dayWidth;
  const y = layout.top + row * layout.rowHeight + (layout.rowHeight - layout.barHeight) / 2;
  return { x, y, width, height: layout.barHeight };
}

/** The middle of the today column. */
export function todayX(today: string, scale: GanttScale): number {
  return dateToX(today, scale) + scale.dayWidth / 2;
}

export interface Arrow {
  from: string;
  to: string;
  /** SVG path: out of the end of the dependency's bar, into the start of the dependent's. */
  d: string;
}

/**
 * Dependency arrows, one per link between stages on the chart. From the
 * dependency's due end, a short step right, then down (or up) to the
 * dependent's row and into the start of its bar; when the dependent starts
 * before that point, the line goes back left between the rows first.
 */
export function dependencyArrows(
  stages: readonly { id: string; startDate: string; dueDate: string; dependsOn: readonly string[] }[],
  scale: GanttScale,
  layout: GanttRowLayout = DEFAULT_ROW_LAYOUT,
): Arrow[] {
  const rows = new Map(stages.map((s, i) => [s.id, i]));
  const step = Math.min(8, scale.dayWidth / 2);
  const arrows: Arrow[] = [];
  stages.forEach((stage, row) => {
    const to = barGeometry(stage, row, scale, layout);
    for (const depId of stage.dependsOn) {
      const depRow = rows.get(depId);
      if (depRow === undefined) continue;
      const dep = stages[depRow] as (typeof stages)[number];
      const from = barGeometry(dep, depRow, scale, layout);
      const x1 = from.x + from.width;
      const y1 = from.y + from.height / 2;
      const x2 = to.x;
      const y2 = to.y + to.height / 2;
      const bend = x1 + step;
      let d: string;
      if (x2 - step >= bend) {
        d = `M ${x1} ${y1} H ${bend} V ${y2} H ${x2}`;
      } else {
        // The gap between the two rows, so the line does not cross either bar.
        const between = depRow < row ? to.y - (layout.rowHeight - layout.barHeight) / 2 : to.y + to.height + (layout.rowHeight - layout.barHeight) / 2;
        d = `M ${x1} ${y1} H ${bend} V ${between} H ${x2 - step} V ${y2} H ${x2}`;
      }
      arrows.push({ from: depId, to: stage.id, d });
    }
  });
  return arrows;
}

export type DragMode = 'move' | 'resize';

/** Whole days a pointer movement stands for: the nearest day, so a small wobble changes nothing. */
export function snapToDays(dx: number, dayWidth: number): number {
  const days = Math.round(dx / dayWidth);
  return days === 0 ? 0 : days; // no -0
}

/**
 * The dates a drag leads to. Dragging the body moves both dates; dragging the
 * right edge moves the due date, never before the start. Null when nothing
 * changes.
 */
export function draggedDates(
  stage: { startDate: string; dueDate: string },
  mode: DragMode,
  days: number,
): { startDate: string; dueDate: string } | null {
  if (days === 0) return null;
  if (mode === 'move') return { startDate: addDays(stage.startDate, days), dueDate: addDays(stage.dueDate, days) };
  const shortest = -daysBetween(stage.startDate, stage.dueDate);
  const clamped = Math.max(days, shortest);
  if (clamped === 0) return null;
  return { startDate: stage.startDate, dueDate: addDays(stage.dueDate, clamped) };
}

/** Month boundaries and week ticks for the axis labels. */
export function axisTicks(scale: GanttScale): { months: { date: string; x: number }[]; weeks: { date: string; x: number }[] } {
  const months: { date: string; x: number }[] = [];
  const weeks: { date: string; x: number }[] = [];
  for (let i = 0; i < scale.days; i += 1) {
    const date = addDays(scale.origin, i);
    const x = i * scale.dayWidth;
    if (date.endsWith('-01') || i === 0) months.push({ date, x });
    if (new Date(`${date}T00:00:00Z`).getUTCDay() === 1) weeks.push({ date, x });
  }
  return { months, weeks };
}
