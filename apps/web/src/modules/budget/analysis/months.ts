// Month keys ("YYYY-MM") of a budget horizon.

const ordinal = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** `start` moved by `offset` months ("2026-11" + 3 = "2027-02"). */
export function addMonths(start: string, offset: number): string {
  const index = ordinal(start) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 0-based position of `month` in a horizon starting at `start` (negative before it). */
export function monthIndex(start: string, month: string): number {
  return ordinal(month) - ordinal(start);
}

export function horizonMonths(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, m) => addMonths(start, m));
}
