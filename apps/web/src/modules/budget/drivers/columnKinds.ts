import type { Language } from '../../../i18n/language';
import type { GridColumn } from '../grid/gridColumn';
import { formatAmount } from '../utils/formatAmount';
import { cleanDecimal, fractionToPercent, percentToFraction } from '../utils/decimalText';

// The kinds of cell the driver grids are made of: plain text, decimal
// figures (money, volumes, multipliers), percentages stored as fractions,
// months and choices. Each reads typed or pasted text the same way.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A typed figure grouped for reading ("18000.5" → "18,000.5"), with the decimals as typed; other text as is. */
export function showFigure(value: string, lang: Language): string {
  if (!DECIMAL.test(value)) return value;
  return formatAmount(value, lang, { decimals: value.split('.')[1]?.length ?? 0 });
}

interface Base<R> {
  key: string;
  title: string;
  width?: number;
  editable?: (row: R) => boolean;
  frozen?: boolean;
}

const always = () => true;

export function textColumn<R>(base: Base<R>, get: (row: R) => string, set: (row: R, value: string) => R): GridColumn<R> {
  return {
    width: 160,
    ...base,
    editor: 'text',
    editable: base.editable ?? always,
    display: get,
    text: get,
    parse: (row, text) => set(row, text.trim()),
  };
}

/** A decimal figure kept as the engine's decimal string; `percent` shows and takes a rate as a percentage. */
export function figureColumn<R>(
  base: Base<R> & { percent?: boolean; lang: Language },
  get: (row: R) => string,
  set: (row: R, value: string) => R,
): GridColumn<R> {
  const { percent = false, lang, ...rest } = base;
  return {
    width: 120,
    ...rest,
    align: 'right',
    editor: 'text',
    editable: base.editable ?? always,
    display: (row) => {
      const value = get(row);
      if (value === '') return '';
      return percent ? (DECIMAL.test(value) ? `${showFigure(fractionToPercent(value), lang)}%` : value) : showFigure(value, lang);
    },
    text: (row) => (percent ? fractionToPercent(get(row)) : get(row)),
    parse: (row, text) => set(row, percent ? percentToFraction(text) : cleanDecimal(text)),
  };
}

/** A whole number (months of a term, of depreciation). */
export function wholeColumn<R>(base: Base<R>, get: (row: R) => string, set: (row: R, value: string) => R): GridColumn<R> {
  return {
    width: 110,
    ...base,
    align: 'right',
    editor: 'text',
    editable: base.editable ?? always,
    display: get,
    text: get,
    parse: (row, text) => set(row, cleanDecimal(text)),
  };
}

/**
 * A month, "YYYY-MM"; empty is the horizon's first or last month. Takes what
 * spreadsheets paste: "2026-3", "2026/03", "2026-03-01", "2026年3月".
 */
export function monthColumn<R>(base: Base<R> & { emptyText: string }, get: (row: R) => string, set: (row: R, value: string) => R): GridColumn<R> {
  const { emptyText, ...rest } = base;
  return {
    width: 110,
    ...rest,
    editor: 'text',
    editable: base.editable ?? always,
    display: (row) => get(row) || emptyText,
    text: get,
    parse: (row, text) => set(row, normaliseMonth(text)),
  };
}

export function normaliseMonth(text: string): string {
  const trimmed = text.trim();
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})?\s*日?)?$/.exec(trimmed);
  if (!match) return trimmed;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : trimmed;
}

/** One of a list; typed or pasted text matches an option's value or its label. */
export function choiceColumn<R>(
  base: Base<R> & { options: readonly { value: string; label: string }[] },
  get: (row: R) => string,
  set: (row: R, value: string) => R,
): GridColumn<R> {
  const { options, ...rest } = base;
  const lookup = new Map<string, string>();
  for (const option of options) {
    for (const name of [option.value, option.label]) lookup.set(name.trim().toLowerCase(), option.value);
  }
  const labels = new Map(options.map((option) => [option.value, option.label]));
  return {
    width: 130,
    ...rest,
    editor: 'select',
    options,
    editable: base.editable ?? always,
    display: (row) => labels.get(get(row)) ?? get(row),
    text: get,
    parse: (row, text) => {
      const value = lookup.get(text.trim().toLowerCase());
      return value === undefined ? null : set(row, value);
    },
  };
}
