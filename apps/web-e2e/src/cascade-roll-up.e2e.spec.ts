import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';

/** The demo sign-in the console prints; the global setup seeded the demo organisation. */
const DEMO_PASSWORD = 'opsplan-demo-2027';

/**
 * On the demo organisation's plan: a staff member reports progress on an
 * overdue activity from My work (in Chinese); the executive sees the roll-up
 * move in the outline (in English).
 */
describe('progress reported by staff rolls up to what the executive sees', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  const signIn = async (locale: 'en-US' | 'zh-CN', email: string) => {
    const session = await newPage(browser, locale);
    await session.page.goto('/sign-in');
    await session.page.locator('input[name="email"]').fill(email);
    await session.page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await session.page.getByTestId('sign-in-submit').click();
    await session.page.getByTestId('current-role').waitFor();
    return session;
  };

  const objectiveProgress = async (page: Page) => {
    const row = page.locator('.ant-table-row', { hasText: '第一年市场占有率提升到 40%' }).first();
    await row.waitFor();
    return Number(await row.getByRole('progressbar').first().getAttribute('aria-valuenow'));
  };

  it('moves the objective when an activity is finished from My work', async () => {
    const executive = await signIn('en-US', 'gm@demo.opsplan.dev');
    await executive.page.goto('/plan');
    await executive.page.getByTestId('plan-outline').waitFor();
    // The demo also has next year's plan in preparation; /plan opens on the year under way, 2026, where this activity is.
    await executive.page.locator('[data-testid="plan-select"]', { hasText: '2026 年度经营计划' }).waitFor();
    const before = await objectiveProgress(executive.page);
    await screenshot(executive.page, 'plan-outline-before');

    const staff = await signIn('zh-CN', 'staff@demo.opsplan.dev');
    await staff.page.goto('/my-work');
    await staff.page.getByTestId('my-work').waitFor();
    // The overdue activity comes first and says so.
    const firstRow = staff.page.locator('[data-testid="my-work"] .ant-table-row').first();
    await firstRow.getByText('签约 120 家新终端').waitFor();
    await firstRow.getByTestId('overdue-tag').waitFor();
    const input = firstRow.locator('[data-testid^="my-work-input-"] input, input[data-testid^="my-work-input-"]').first();
    await input.fill('100');
    await firstRow.locator('[data-testid^="my-work-save-"]').click();
    await staff.page.getByText('签约 120 家新终端').waitFor();
    await screenshot(staff.page, 'my-work-zh');

    // The executive's outline refreshes (live event or reload) with the higher roll-up.
    await executive.page.reload();
    await executive.page.getByTestId('plan-outline').waitFor();
    let after = before;
    for (let i = 0; i < 20 && after <= before; i++) {
      await executive.page.waitForTimeout(500);
      after = await objectiveProgress(executive.page);
    }
    expect(after).toBeGreaterThan(before);
    await screenshot(executive.page, 'plan-outline-after');

    await executive.context.close();
    await staff.context.close();
  });
});
