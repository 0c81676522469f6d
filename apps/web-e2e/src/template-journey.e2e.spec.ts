import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, settled } from './support/browser';
import type { Language } from './support/browser';

const PASSWORD = 'harbour-lights-42';

/** What the restaurant template lays out, as each language reads it (libs/domain/src/templates/built-in/restaurant.ts). */
const RESTAURANT: Record<Language, { objective: string; project: string; task: string; outline: string; timeline: string; scenarios: string; payback: RegExp }> = {
  en: {
    objective: 'Earn the investment back within a year',
    project: 'Licences and registration',
    task: 'Obtain the hygiene licence',
    outline: 'Outline',
    timeline: 'Timeline',
    scenarios: 'Scenarios',
    payback: /month \d+/,
  },
  'zh-CN': {
    objective: '一年内收回投资',
    project: '证照办理',
    task: '办理卫生许可证',
    outline: '大纲',
    timeline: '时间线',
    scenarios: '情景',
    payback: /第 ?\d+ ?个月/,
  },
};

async function signUp(page: Page, suffix: string): Promise<void> {
  await page.goto('/sign-up');
  await page.locator('input[name="email"]').fill(`owner.${suffix}@example.com`);
  await page.locator('input[name="displayName"]').fill('Chen Yue');
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId('sign-up-submit').click();
  await page.waitForURL('**/organizations/new');
}

describe('a new user starts from the restaurant template', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  for (const language of ['en', 'zh-CN'] as const) {
    it(`creates the organisation with the plan, sees the cascade, the timeline and the budget's payback (${language})`, async () => {
      const text = RESTAURANT[language];
      const { context, page } = await newPage(browser, language === 'en' ? 'en-US' : 'zh-CN');
      try {
        const suffix = randomUUID().slice(0, 8);
        await signUp(page, suffix);

        // The organisation form offers the templates; choosing one asks for its parameters.
        await page.getByTestId('create-organization-form').waitFor();
        await page.locator('input#name, input[name="name"]').first().fill(`Yuelai ${suffix}`);
        await page.getByTestId('org-template-restaurant').click();
        expect(await page.getByTestId('org-template-restaurant').getAttribute('data-selected')).toBe('true');
        await page.getByTestId('template-param-loan').waitFor();
        await screenshot(page, `template-organization-${language}`);
        await page.getByTestId('create-organization-submit').click();

        // The plan opens: the cascade the template laid out, in the chosen language.
        await page.waitForURL('**/plan**');
        await page.locator('.ant-table-row', { hasText: text.objective }).first().waitFor();
        await page.locator('.ant-table-row', { hasText: text.project }).first().waitFor();
        await screenshot(page, `template-plan-outline-${language}`);

        // Its timeline: the projects across the three years.
        await page.getByTestId('plan-view-switch').getByText(text.timeline).click();
        await page.getByTestId('plan-timeline').waitFor();
        expect(await page.getByTestId('plan-timeline').locator('[data-testid^="timeline-bar-"]').count()).toBeGreaterThan(5);
        expect(await page.getByTestId('plan-timeline').textContent()).toContain(text.project);
        await screenshot(page, `template-plan-timeline-${language}`);
        await page.getByTestId('plan-view-switch').getByText(text.outline).click();

        // The hygiene licence task carries its checklist, and registration waits for it.
        await page.locator('.ant-table-row', { hasText: text.project }).first().locator('.ant-table-row-expand-icon').click();
        await page.locator('.ant-table-row', { hasText: text.task }).first().getByText(text.task).click();
        await page.getByTestId('node-checklist').waitFor();
        expect(await page.getByTestId('node-checklist').locator('input[type="checkbox"]').count()).toBe(3);
        await screenshot(page, `template-licence-checklist-${language}`);
        await page.keyboard.press('Escape');

        // The budget: own funds and the loan, and the payback month marked in the scenarios.
        await page.goto('/budget');
        await settled(page);
        await page.getByRole('tab', { name: text.scenarios }).click();
        const payback = page.getByTestId('budget-payback').first();
        await payback.waitFor();
        expect(await payback.textContent()).toMatch(text.payback);
        // …and marked where the responsibility target's cumulative cash crosses zero.
        await page.getByTestId('payback-marker-responsibility').waitFor();
        await page.getByTestId('scenario-cash-chart').scrollIntoViewIfNeeded();
        await screenshot(page, `template-budget-payback-${language}`);
      } finally {
        await context.close();
      }
    });
  }
});
