// Evaluates the formula forms the budget export writes (SUM and AVERAGE over
// a range, + and − of cell references, references to other sheets) from the
// line cells, in exact decimal, ignoring every cached result.
import Decimal from 'decimal.js';
import type { Workbook } from 'exceljs';

const TOKEN_SOURCE = /\s*(?:(SUM|AVERAGE)\(\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)\)|(?:'((?:[^']|'')+)'!)?\$?([A-Z]+)\$?(\d+)|([+-])|(\d+(?:\.\d+)?))/y;

export function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function formulaEvaluator(wb: Workbook) {
  const memo = new Map<string, Decimal>();

  const cell = (sheet: string, col: number, row: number): Decimal => {
    const key = `${sheet}!${col}:${row}`;
    const known = memo.get(key);
    if (known) return known;
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const value = ws.getCell(row, col).value;
    let result: Decimal;
    if (typeof value === 'number') result = new Decimal(String(value));
    else if (value === null || value === undefined) result = new Decimal(0);
    else if (typeof value === 'object' && 'formula' in value && value.formula) result = evaluate(sheet, value.formula);
    else throw new Error(`${key} is not a number: ${JSON.stringify(value)}`);
    memo.set(key, result);
    return result;
  };

  const evaluate = (sheet: string, formula: string): Decimal => {
    // A regex of its own per formula: evaluation recurses into referenced formulas.
    const TOKEN = new RegExp(TOKEN_SOURCE.source, 'y');
    let total = new Decimal(0);
    let sign = 1;
    let expectTerm = true;
    while (TOKEN.lastIndex < formula.length) {
      const at = TOKEN.lastIndex;
      const m = TOKEN.exec(formula);
      if (!m || m.index !== at) throw new Error(`cannot read "${formula}" at ${at}`);
      if (m[9]) {
        if (!expectTerm && m[9] === '+') sign = 1;
        else if (!expectTerm) sign = -1;
        else if (m[9] === '-') sign = -sign;
        expectTerm = true;
        continue;
      }
      if (!expectTerm) throw new Error(`two terms in a row in "${formula}"`);
      let term: Decimal;
      if (m[1]) {
        const [c1, r1, c2, r2] = [columnNumber(m[2]), Number(m[3]), columnNumber(m[4]), Number(m[5])];
        const values: Decimal[] = [];
        for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) values.push(cell(sheet, c, r));
        const sum = values.reduce((a, v) => a.plus(v), new Decimal(0));
        term = m[1] === 'SUM' ? sum : sum.div(values.length);
      } else if (m[7]) {
        term = cell(m[6] ? m[6].replace(/''/g, "'") : sheet, columnNumber(m[7]), Number(m[8]));
      } else {
        term = new Decimal(m[10]);
      }
      total = total.plus(term.times(sign));
      sign = 1;
      expectTerm = false;
    }
    return total;
  };

  return {
    /** The value of a cell, formulas evaluated from the cells they reference. */
    value: (sheet: string, row: number, col: number) => cell(sheet, col, row),
    forget: () => memo.clear(),
  };
}
