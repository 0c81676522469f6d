import type { BudgetInput } from '@opsplan/domain';
import { Workbook } from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { buildDriversTemplate } from '../index';
import { coffeeShop, DEPARTMENTS } from './budget-fixture';

export const CONTEXT = { startMonth: '2026-04', horizonMonths: 15, departments: DEPARTMENTS };

export function template(lang: 'en' | 'zh-CN', input: BudgetInput | null = coffeeShop()): Promise<Buffer> {
  return buildDriversTemplate({ input, startMonth: CONTEXT.startMonth, horizonMonths: CONTEXT.horizonMonths, departments: DEPARTMENTS, lang });
}

export async function load(buffer: Buffer): Promise<Workbook> {
  const wb = new Workbook();
  // exceljs types its Buffer as an ArrayBuffer; a Node Buffer is what it reads.
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The file after a user's edits, as Excel would save it. */
export async function edited(buffer: Buffer, edit: (wb: Workbook) => void): Promise<Buffer> {
  const wb = await load(buffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}"`);
  return ws;
}

/** Column number of a header in row 1. */
export function columnOf(ws: Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (!found) throw new Error(`no column "${header}" on ${ws.name}`);
  return found;
}

export function setCell(wb: Workbook, sheetName: string, row: number, header: string, value: CellValue) {
  const ws = sheet(wb, sheetName);
  ws.getCell(row, columnOf(ws, header)).value = value;
}

/** The driver parts of a budget without ids (the import gives fresh ones). */
export function withoutIds(drivers: Pick<BudgetInput, 'revenueLines' | 'costLines' | 'positions' | 'financing'>) {
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  return {
    revenueLines: drivers.revenueLines.map(strip),
    costLines: drivers.costLines.map(strip),
    positions: drivers.positions.map(strip),
    financing: { ...drivers.financing, loans: drivers.financing.loans.map(strip) },
  };
}
