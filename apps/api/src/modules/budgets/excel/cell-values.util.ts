// Reading one cell of an imported workbook into the exact text the budget
// stores. Money never passes through float arithmetic: a numeric cell is a
// double, and Excel keeps 15 significant digits of what was typed, so the
// double is written back with 15 significant digits (1234.56 stays
// "1234.56"; 0.30000000000000004, left by a formula 0.1+0.2, becomes "0.3")
// and only then checked for decimal places.
import Decimal from 'decimal.js';
import type { CellValue } from 'exceljs';

const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });

/** What a cell holds, after formulas are replaced by their cached result. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: Date }
  | { kind: 'error'; value: string }
  | { kind: 'boolean'; value: boolean };

export function cellContent(value: CellValue): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: value.trim() };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if ('error' in value) return { kind: 'error', value: value.error };
  if ('richText' in value) return cellContent(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined ? { kind: 'error', value: '#N/A' } : cellContent(result);
  }
  if ('text' in value) return cellContent(value.text);
  return { kind: 'error', value: '#VALUE!' };
}

/** The content as it would read in the cell, for messages. */
export function contentText(content: CellContent): string {
  switch (content.kind) {
    case 'empty':
      return '';
    case 'number':
      return String(content.value);
    case 'date':
      return content.value.toISOString().slice(0, 10);
    default:
      return String(content.value);
  }
}

/**
 * A double read from a cell as a plain decimal string, with 15 significant
 * digits (Excel's precision), trailing zeros dropped. Throws on NaN/Infinity.
 */
export function excelNumberToDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const d = new Exact(value.toPrecision(15));
  return d.isZero() ? '0' : d.toFixed();
}

/** How many significant digits a double can carry and give back unchanged. */
const SAFE_DIGITS = 15;

/** A decimal string as a cell value: a number when the double holds it exactly, else text (the import reads both). */
export function decimalCell(text: string): number | string {
  const d = new Exact(text);
  return d.precision(true) <= SAFE_DIGITS ? Number(text) : d.toFixed();
}

export type Read<T> = { ok: true; value: T } | { ok: false; reason: Refusal };

/** Why a cell was refused; the import turns it into text in the file's language. */
export type Refusal =
  | { code: 'required' }
  | { code: 'notANumber'; text: string }
  | { code: 'notFinite' }
  | { code: 'errorValue'; text: string }
  | { code: 'negative' }
  | { code: 'moneyDecimals' }
  | { code: 'notAWholeNumber' }
  | { code: 'notAMonth'; text: string }
  | { code: 'notText' };

const refuse = <T>(reason: Refusal): Read<T> => ({ ok: false, reason });

const PLAIN_DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export interface DecimalOptions {
  /** Money: at most 2 decimals. */
  money?: boolean;
  /** Negative values allowed (monthly growth). */
  signed?: boolean;
  /** "25%" means 0.25 (rates). */
  percent?: boolean;
}

/**
 * A decimal string, written plainly ("1234.5", "0.25"), from a numeric cell
 * or from text. Refuses NaN, Infinity, exponents ("1e309"), words, negatives
 * (unless signed) and money with more than 2 decimals. Range and precision
 * rules beyond that are validateBudget's.
 */
export function readDecimal(content: CellContent, options: DecimalOptions = {}): Read<string> {
  let text: string;
  switch (content.kind) {
    case 'empty':
      return refuse({ code: 'required' });
    case 'number':
      if (!Number.isFinite(content.value)) return refuse({ code: 'notFinite' });
      text = excelNumberToDecimal(content.value);
      break;
    case 'text': {
      let raw = content.value.replace(/\s+/g, '');
      let scale = 0;
      if (options.percent && raw.endsWith('%')) {
        raw = raw.slice(0, -1);
        scale = -2;
      }
      if (THOUSANDS.test(raw)) raw = raw.replace(/,/g, '');
      if (!PLAIN_DECIMAL.test(raw)) return refuse({ code: 'notANumber', text: content.value });
      const d = new Exact(raw).times(new Exact(10).pow(scale));
      text = d.isZero() ? '0' : d.toFixed();
      break;
    }
    case 'error':
      return refuse({ code: 'errorValue', text: content.value });
    default:
      return refuse({ code: 'notANumber', text: contentText(content) });
  }
  if (text.startsWith('-') && !options.signed) return refuse({ code: 'negative' });
  if (options.money && (text.split('.')[1]?.length ?? 0) > 2) return refuse({ code: 'moneyDecimals' });
  return { ok: true, value: text };
}

/** A whole number (months of depreciation, loan term). */
export function readInteger(content: CellContent): Read<number> {
  const read = readDecimal(content);
  if (!read.ok) return read;
  if (!/^\d+$/.test(read.value) || read.value.length > 9) return refuse({ code: 'notAWholeNumber' });
  return { ok: true, value: Number(read.value) };
}

const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/**
 * A month "YYYY-MM", from text ("2026-03", "2026/3", "2026年3月") or from a
 * date cell (Excel turns a typed 2026-03 into 1 March 2026 unless the column
 * is text; exceljs reads dates as UTC).
 */
export function readMonth(content: CellContent): Read<string> {
  if (content.kind === 'empty') return refuse({ code: 'required' });
  if (content.kind === 'date') {
    const d = content.value;
    return { ok: true, value: `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` };
  }
  if (content.kind === 'text') {
    const match = MONTH_TEXT.exec(content.value);
    const month = match ? Number(match[2]) : 0;
    if (match && month >= 1 && month <= 12) return { ok: true, value: `${match[1]}-${String(month).padStart(2, '0')}` };
  }
  if (content.kind === 'error') return refuse({ code: 'errorValue', text: content.value });
  return refuse({ code: 'notAMonth', text: contentText(content) });
}

/** Text (a name, a role title); a number typed there is kept as written. */
export function readText(content: CellContent): Read<string> {
  switch (content.kind) {
    case 'empty':
      return refuse({ code: 'required' });
    case 'text':
      return { ok: true, value: content.value };
    case 'number':
      return { ok: true, value: Number.isFinite(content.value) ? excelNumberToDecimal(content.value) : String(content.value) };
    case 'error':
      return refuse({ code: 'errorValue', text: content.value });
    default:
      return refuse({ code: 'notText' });
  }
}

/** Matching key for labels typed by hand: case, spaces and full-width forms do not matter. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
