import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, settled, signInAs } from './support/browser';
import type { Language } from './support/browser';

/** Demo sign-ins (apps/api/src/tools/seed-demo.ts): the demo budget sits on the plan of the year under way. */
const FINANCE = 'finance@demo.opsplan.dev';
const SALES_MANAGER = 'sales.manager@demo.opsplan.dev';
const EXECUTIVE = 'gm@demo.opsplan.dev';

const TABS: Record<Language, { scenarios: string; headcount: string }> = {
  en: { scenarios: 'Scenarios', headcount: 'Headcount' },
  'zh-CN': { scenarios: '情景', headcount: '人员编制' },
};

/** Clicks a grid cell and types into it as a person would: typing opens the editor, Enter commits. */
async function typeCell(page: Page, grid: string, row: number, column: string, text: string): Promise<void> {
  await page.getByTestId(`${grid}-cell-${row}-${column}`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.getByTestId('grid-cell-editor').waitFor({ state: 'detached' });
}

async function choosePlanYear(page: Page, year: number): Promise<void> {
  await page.getByTestId('plan-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: String(year) }).first().click();
  await page.waitForURL(/[?&]plan=/);
  await settled(page);
}

/** Every formula cell's cached result in a workbook, by sheet. */
async function formulaResults(file: string): Promise<Map<string, number[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out = new Map<string, number[]>();
  workbook.eachSheet((sheet) => {
    const results: number[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
        if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && typeof value.result === 'number') results.push(value.result);
      }),
    );
    out.set(sheet.name, results);
  });
  return out;
}

describe('the budget in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finance drafts a small budget, sees the three scenarios and the breakeven, and exports the workbook', async () => {
    const { context, page } = await signInAs(browser, FINANCE, 'en');
    try {
      await page.goto('/budget');
      await settled(page);
      // Next year's plan has no budget yet: the empty state offers to create one.
      await choosePlanYear(page, 2027);
      await page.getByTestId('budget-empty').waitFor();
      await page.getByTestId('create-budget').click();
      await page.getByTestId('budget-drivers').waitFor();

      // One product: 100,000 bottles a month at 5.00, no variable cost → revenue 500,000 a month.
      await page.getByTestId('grid-revenue-add').click();
      await typeCell(page, 'grid-revenue', 0, 'name', 'Bottled tea');
      await typeCell(page, 'grid-revenue', 0, 'unitPrice', '5');
      await typeCell(page, 'grid-revenue', 0, 'perMonth', '100000');
      // Rent 120,000 a month.
      await page.getByTestId('grid-cost-add').click();
      await typeCell(page, 'grid-cost', 0, 'name', 'Warehouse rent');
      await typeCell(page, 'grid-cost', 0, 'amount', '120000');
      // Ten people at 15,000 with 30 % on-costs: 195,000 a month.
      await page.getByTestId('grid-position-add').click();
      await typeCell(page, 'grid-position', 0, 'roleTitle', 'Sales representative');
      await typeCell(page, 'grid-position', 0, 'count', '10');
      await typeCell(page, 'grid-position', 0, 'monthlySalary', '15000');
      await typeCell(page, 'grid-position', 0, 'onCostRate', '30');
      // Stretch: 20 % more volume.
      await typeCell(page, 'grid-stretch', 0, 'stretch.volume', '1.2');

      // The preview follows the draft before it is saved: 12 × (500,000 − 120,000 − 195,000) = 2,220,000 net profit (no tax).
      await page.getByTestId('budget-unsaved').waitFor();
      await page.getByTestId('budget-preview-strip').getByText('2.22M').waitFor();
      await page.getByTestId('budget-save').click();
      await page.getByTestId('budget-unsaved').waitFor({ state: 'detached' });
      await screenshot(page, 'budget-drivers-en');

      // Three scenarios; breakeven at (120,000 + 195,000) / 500,000 = 63 % of the planned volume.
      await page.getByRole('tab', { name: TABS.en.scenarios }).click();
      await page.getByTestId('comparison-table').waitFor();
      await page.getByTestId('breakeven-volume').getByText('63', { exact: false }).waitFor();
      await page.getByTestId('breakeven-chart').waitFor();
      await page.getByTestId('breakeven-marker').waitFor();
      const table = page.getByTestId('comparison-table');
      await table.getByText('6,000,000.00').first().waitFor(); // responsibility revenue: 12 × 500,000
      await table.getByText('7,200,000.00').first().waitFor(); // stretch: 1.2 × that
      await table.getByText('3,780,000.00').first().waitFor(); // breakeven: 63 % of it
      await screenshot(page, 'budget-scenarios-en');

      // The workbook: every formula's cached total is the app's figure.
      await page.getByTestId('budget-export').click();
      await page.getByTestId('budget-export-all').click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('budget-export-download').click()]);
      const file = await download.path();
      const results = await formulaResults(file);
      expect(results.size).toBe(4); // one sheet per scenario and the comparison
      const all = [...results.values()].flat();
      expect(all).toEqual(expect.arrayContaining([6_000_000, 7_200_000, 3_780_000, 2_220_000]));
    } finally {
      await context.close();
    }
  });

  it('a department manager sees their own lines and salaries only as department totals', async () => {
    const { context, page } = await signInAs(browser, SALES_MANAGER, 'zh-CN');
    try {
      await page.goto('/budget');
      await settled(page);
      await page.getByTestId('budget-manager-note').waitFor();
      // No revenue, no other department's costs, no salary column.
      expect(await page.getByTestId('budget-section-revenue').count()).toBe(0);
      await page.getByTestId('grid-position-cell-0-roleTitle').waitFor();
      expect(await page.locator('[data-testid^="grid-position-cell-"][data-testid$="-monthlySalary"]').count()).toBe(0);
      expect(await page.getByRole('tab', { name: TABS['zh-CN'].scenarios }).count()).toBe(0);
      await page.getByRole('tab', { name: TABS['zh-CN'].headcount }).click();
      await page.getByTestId('headcount-totals-only').waitFor();
      await screenshot(page, 'budget-manager-zh');
    } finally {
      await context.close();
    }
  });

  it('the demo budget shows three different scenarios with the breakeven marked on first start', async () => {
    const { context, page } = await signInAs(browser, EXECUTIVE, 'zh-CN');
    try {
      await page.goto('/budget');
      await settled(page);
      await page.getByRole('tab', { name: TABS['zh-CN'].scenarios }).click();
      await page.getByTestId('breakeven-marker').waitFor();
      await page.getByTestId('payback-marker-responsibility').waitFor();
      await screenshot(page, 'budget-scenarios-zh');
    } finally {
      await context.close();
    }
  });
});
