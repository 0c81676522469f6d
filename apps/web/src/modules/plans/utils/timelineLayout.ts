/** One row of a timeline: a phase, an objective, a project… */
export interface TimelineItem<K extends string = string> {
  key: string;
  kind: K;
  title: string;
  /** YYYY-MM-DD. A row without both dates has no bar, e.g. a heading whose own dates are not set. */
  startDate: string | null;
  dueDate: string | null;
  /** 0–100; when given, the bar is filled to it. */
  progress?: number | null;
  status?: string;
  /** Nesting, 0 at the top: a row is indented by it. */
  level?: number;
}

export interface TimelineInput<T extends TimelineItem = TimelineItem> {
  /** YYYY-MM-DD; the timeline shows every month from startDate's to endDate's. */
  startDate: string;
  endDate: string;
  items: readonly T[];
}

export interface TimelineMonth {
  /** "YYYY-MM" */
  key: string;
  year: number;
  /** 1–12 */
  month: number;
}

/** Where a bar starts and how long it is, in percent of the timeline's width. */
export interface TimelineSpan {
  left: number;
  width: number;
}

export type TimelineRow<T extends TimelineItem = TimelineItem> = T & {
  /** Null for a row without dates. */
  span: TimelineSpan | null;
};

export interface TimelineLayout<T extends TimelineItem = TimelineItem> {
  months: TimelineMonth[];
  rows: TimelineRow<T>[];
  /** Where today's marker goes (percent of the width, the middle of the day); null when today is outside the months shown. */
  today: number | null;
}

const parse = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
};
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Lays items out across the months from the input's start to its end. A date
 * is placed at its share of its month (the 16th of a 30-day month is half
 * way), and a bar runs to the end of its due day, so an item from 1 March to
 * 31 May fills exactly three months. Bars are clamped to the months shown.
 */
export function timelineLayout<T extends TimelineItem>({ startDate, endDate, items }: TimelineInput<T>, today?: string): TimelineLayout<T> {
  const first = parse(startDate);
  const last = parse(endDate);
  const months: TimelineMonth[] = [];
  let year = first.year;
  let month = first.month;
  while (year < last.year || (year === last.year && month <= last.month)) {
    months.push({ key: `${year}-${String(month).padStart(2, '0')}`, year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const span = Math.max(months.length, 1);
  // Months from the first day of the first month.
  const position = (date: string, endOfDay: boolean) => {
    const { year, month, day } = parse(date);
    return (year - first.year) * 12 + (month - first.month) + (day - (endOfDay ? 0 : 1)) / daysIn(year, month);
  };
  const clamp = (value: number) => Math.min(Math.max(value, 0), span);
  const percent = (value: number) => (value / span) * 100;

  const rows = items.map((item): TimelineRow<T> => {
    if (!item.startDate || !item.dueDate) return { ...item, span: null };
    const from = clamp(position(item.startDate, false));
    const to = clamp(position(item.dueDate, true));
    return { ...item, span: { left: percent(from), width: percent(Math.max(to - from, 0)) } };
  });

  let todayAt: number | null = null;
  if (today) {
    const middle = (position(today, false) + position(today, true)) / 2;
    if (middle >= 0 && middle <= months.length) todayAt = percent(middle);
  }
  return { months, rows, today: todayAt };
}

/** Every how many months a label fits: one per month up to a year, then steps that still line up with the years. */
export function monthLabelStep(monthCount: number): number {
  const wanted = Math.ceil(monthCount / 12);
  return [1, 2, 3, 4, 6].find((step) => step >= wanted) ?? 12 * Math.ceil(wanted / 12);
}
