import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, settled, signInAs } from './support/browser';
import type { Language } from './support/browser';

/** The demo sign-ins the console prints; the global setup seeded the demo organisation. */
const EXECUTIVE = 'gm@demo.opsplan.dev';
const SALES_MANAGER = 'sales.manager@demo.opsplan.dev';
const STAFF = 'staff@demo.opsplan.dev';
/** Names and departments as seeded (apps/api/src/tools/seed-demo.ts). */
const SALES_DEPARTMENT = '销售中心 · Sales center';
const MANAGER_NAME = '王芳 Wang Fang';
const STAFF_NAME = '李强 Li Qiang';
const CHECK_IN_PERCENT = 60;


/** The UI text the journey reads, as the locale files have it. */
const UI: Record<Language, { plan: string; dashboard: string; myWork: string; addTask: string; checkInSubmitted: string }> = {
  en: {
    plan: 'Business plan',
    dashboard: 'Executive dashboard',
    myWork: 'My work',
    addTask: 'Add Task',
    checkInSubmitted: 'Check-in posted',
  },
  'zh-CN': {
    plan: '经营计划',
    dashboard: '经营看板',
    myWork: '我的工作',
    addTask: '添加任务',
    checkInSubmitted: '汇报已提交',
  },
};

/** Titles typed in each run; short enough that the dashboard's chart labels show them whole. */
const TITLES: Record<Language, { strategy: string; objective: string; project: string; task: string; note: string }> = {
  en: {
    strategy: 'Lead the East China market',
    objective: 'East China share 30%',
    project: 'Open Hangzhou sales office',
    task: 'Sign 20 Hangzhou outlets',
    note: 'Twelve outlets signed, eight in negotiation.',
  },
  'zh-CN': {
    strategy: '深耕华东市场',
    objective: '提升华东市场份额',
    project: '开设杭州销售办事处',
    task: '签约杭州 20 家终端',
    note: '已签 12 家，8 家在谈。',
  },
};

const other = (language: Language): Language => (language === 'en' ? 'zh-CN' : 'en');

/**
 * The plan cascade end to end on the demo organisation, through the UI only:
 * the executive sets a strategy and an objective for the sales department, the
 * sales manager plans a project and a task for a staff member, the staff
 * member checks in, and the executive watches the roll-up reach the outline
 * (live, without reloading) and the dashboard. Run once led in English and
 * once in Chinese; the manager always works in the other language, so each
 * run also shows nodes written in one language read in the other.
 */
describe.each<Language>(['en', 'zh-CN'])('the plan cascade, led in %s', (language) => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  const titles = TITLES[language];
  const shot = (page: Page, step: string) => screenshot(page, `cascade-journey-${language}-${step}`);


  it('rolls a staff check-in up to the objective, the strategy and the dashboard', async () => {
    // 1. The executive adds a strategy and, under it, an objective for the sales department.
    const executive = await signInAs(browser, EXECUTIVE, language);
    const exec = executive.page;
    // Next year's plan, still a draft: the runs add to it and leave this year's demo plan alone.
    await openPlan(exec, language);
    const planId = await choosePlanYear(exec, 2027);
    await openPlan(exec, language, planId);
    await exec.getByTestId('add-strategy').click();
    await fillNodeModal(exec, { title: titles.strategy });
    const strategyId = await nodeIdByTitle(exec, titles.strategy);
    await scrollOutline(exec, 'right');
    await exec.getByTestId(`add-child-${strategyId}`).click();
    // The modal names the parent it adds under.
    await modalOf(exec).getByText(titles.strategy).waitFor();
    await fillNodeModal(exec, { title: titles.objective, department: SALES_DEPARTMENT });
    const objectiveId = await nodeIdByTitle(exec, titles.objective);
    await scrollOutline(exec, 'left');
    expect(await rowProgress(exec, objectiveId)).toBe(0);
    expect(await exec.getByTestId(`outline-row-${objectiveId}`).textContent()).toContain(SALES_DEPARTMENT);
    await shot(exec, '1-executive-outline');

    await openDashboard(exec, language, planId);
    const overallBefore = await overallProgress(exec);
    expect(await objectiveOnDashboard(exec, titles.objective)).toBe(0);
    await shot(exec, '1-executive-dashboard-before');
    // Back to the outline, which stays open while the others work.
    await openPlan(exec, language, planId);
    await exec.getByTestId(`outline-row-${objectiveId}`).waitFor();

    // 2. The sales manager, in the other language, adds a project and assigns a task in it.
    const managerLanguage = other(language);
    const manager = await signInAs(browser, SALES_MANAGER, managerLanguage);
    const mgr = manager.page;
    await openPlan(mgr, managerLanguage, planId);
    await scrollOutline(mgr, 'right');
    await mgr.getByTestId(`add-child-${objectiveId}`).click();
    await fillNodeModal(mgr, { title: titles.project, owner: MANAGER_NAME, department: SALES_DEPARTMENT });
    const projectId = await nodeIdByTitle(mgr, titles.project);
    // A project takes tasks and activities, so its add button opens a menu.
    await mgr.getByTestId(`add-child-${projectId}`).click();
    await mgr.getByRole('menuitem', { name: UI[managerLanguage].addTask, exact: true }).click();
    await fillNodeModal(mgr, { title: titles.task, owner: STAFF_NAME });
    await scrollOutline(mgr, 'left');
    await expandRow(mgr, projectId);
    const taskId = await nodeIdByTitle(mgr, titles.task);
    expect(await mgr.getByTestId(`outline-row-${taskId}`).textContent()).toContain(STAFF_NAME);
    expect(await rowProgress(mgr, taskId)).toBe(0);
    await shot(mgr, '2-manager-outline');

    // 3. The staff member finds the task in My work, then checks in from its drawer on the plan.
    const staff = await signInAs(browser, STAFF, language);
    const stf = staff.page;
    await stf.getByTestId('nav-myWork').click();
    await stf.getByRole('heading', { name: UI[language].myWork }).waitFor();
    const myRow = stf.getByTestId(`my-work-row-${taskId}`);
    await myRow.getByText(titles.task).waitFor();
    expect(await progressOf(myRow)).toBe(0);
    await shot(stf, '3-staff-my-work-before');

    await openPlan(stf, language, planId);
    await expandRow(stf, projectId);
    await stf.getByTestId(`node-title-${taskId}`).click();
    const drawer = stf.getByTestId('node-drawer');
    const progressInput = drawer.locator('input[data-testid="checkin-progress"], [data-testid="checkin-progress"] input').first();
    await progressInput.fill(String(CHECK_IN_PERCENT));
    const stars = drawer.getByTestId('checkin-confidence').getByRole('radio');
    await stars.nth(3).click();
    expect(await stars.nth(3).getAttribute('aria-checked')).toBe('true');
    expect(await stars.nth(4).getAttribute('aria-checked')).toBe('false');
    await drawer.locator('textarea[data-testid="checkin-note"], [data-testid="checkin-note"] textarea').first().fill(titles.note);
    await drawer.getByTestId('checkin-submit').click();
    await stf.getByText(UI[language].checkInSubmitted).waitFor();
    const history = drawer.getByTestId('checkin-history').locator('.ant-table-row').first();
    await history.getByText(titles.note).waitFor();
    expect(await history.textContent()).toContain(STAFF_NAME);
    expect(await progressOf(history)).toBe(CHECK_IN_PERCENT);
    await until(() => progressOf(drawer), CHECK_IN_PERCENT);
    await history.scrollIntoViewIfNeeded();
    await shot(stf, '3-staff-check-in');

    await stf.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    await stf.getByTestId('nav-myWork').click();
    await until(() => progressOf(stf.getByTestId(`my-work-row-${taskId}`)), CHECK_IN_PERCENT);
    await shot(stf, '3-staff-my-work-after');

    // 4. The executive's open outline takes the colleagues' changes without a reload:
    // one task at 60% under the only project of the only objective of the new strategy (weights 1).
    await exec.getByTestId(`node-title-${projectId}`).waitFor();
    await until(() => rowProgress(exec, objectiveId), CHECK_IN_PERCENT);
    await until(() => rowProgress(exec, strategyId), CHECK_IN_PERCENT);
    await until(() => rowProgress(exec, projectId), CHECK_IN_PERCENT);
    // Sideways, so the screenshot shows the progress column beside the (fixed) titles.
    await scrollOutline(exec, 'right');
    await shot(exec, '4-executive-outline-after');

    // The plan's figure is the average of its strategies (all weigh 1), so it moves by 60 / strategies.
    const strategies = await strategyCount(exec, language);
    await openDashboard(exec, language, planId);
    expect(await objectiveOnDashboard(exec, titles.objective)).toBe(CHECK_IN_PERCENT);
    const overallAfter = await overallProgress(exec);
    expect(Math.abs(overallAfter - overallBefore - CHECK_IN_PERCENT / strategies)).toBeLessThanOrEqual(1);
    expect(overallAfter).toBeGreaterThan(overallBefore);
    await shot(exec, '4-executive-dashboard-after');

    await Promise.all([executive.context.close(), manager.context.close(), staff.context.close()]);
  });
});

/** The plan page, on `planId` when given (kept in the URL), else on the plan it opens by default. */
async function openPlan(page: Page, language: Language, planId?: string): Promise<void> {
  if (planId) await page.goto(`/plan?plan=${planId}`);
  else await page.getByTestId('nav-plan').click();
  await page.getByRole('heading', { name: UI[language].plan }).waitFor();
  await page.getByTestId('plan-outline').waitFor();
  await settled(page);
}

async function openDashboard(page: Page, language: Language, planId: string): Promise<void> {
  await page.goto(`/dashboard?plan=${planId}`);
  await page.getByRole('heading', { name: UI[language].dashboard }).waitFor();
  await settled(page);
}

/** Picks the plan of `year` in the page's plan selector and answers its id. */
async function choosePlanYear(page: Page, year: number): Promise<string> {
  await page.getByTestId('plan-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: String(year) }).first().click();
  await page.waitForURL(/[?&]plan=/);
  return new URL(page.url()).searchParams.get('plan') as string;
}

const modalOf = (page: Page) => page.locator('.ant-modal-wrap:visible', { has: page.locator('form#create-node') });

/** Fills the node create modal and saves; resolves once the modal has closed. */
async function fillNodeModal(page: Page, values: { title: string; owner?: string; department?: string }): Promise<void> {
  const modal = modalOf(page);
  await modal.waitFor();
  await modal.locator('input[data-testid="node-title-input"], [data-testid="node-title-input"] input').first().fill(values.title);
  if (values.owner) await choose(page, modal.getByTestId('node-owner'), values.owner);
  if (values.department) await choose(page, modal.getByTestId('node-department'), values.department);
  await modal.getByTestId('node-create-submit').click();
  await modal.waitFor({ state: 'hidden' });
}

/**
 * Picks an option of an antd Select by typing part of it, as a person would.
 * The option list filters as each character arrives; on a busy machine a
 * click can land while the list is being redrawn and pick nothing, so, like
 * a person, it looks at the result and tries again.
 */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.keyboard.type(label.split(' ')[0]);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
    try {
      await select.getByText(label).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The id of the outline node titled `title`, from its row's test id. */
async function nodeIdByTitle(page: Page, title: string): Promise<string> {
  const link = page.getByTestId('plan-outline').locator('[data-testid^="node-title-"]', { hasText: title });
  await scrollOutlineTo(page, link);
  const testId = await link.getAttribute('data-testid');
  return (testId ?? '').replace('node-title-', '');
}

/** The outline is a virtual list: rows far down are rendered only once scrolled to. */
async function scrollOutlineTo(page: Page, target: Locator): Promise<void> {
  const holder = page.getByTestId('plan-outline').locator('.ant-table-tbody-virtual-holder');
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await target.count()) > 0) return;
    await holder.evaluate((element) => element.scrollBy(0, element.clientHeight / 2)).catch(() => undefined);
    await target.first().waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await target.first().waitFor();
}

/**
 * Scrolls the outline sideways with the wheel, as a mouse user reaches the actions column. Letting the
 * browser scroll a button into view instead moves the virtual body but not its header.
 */
async function scrollOutline(page: Page, direction: 'left' | 'right'): Promise<void> {
  await page.getByTestId('plan-outline').locator('.ant-table-tbody-virtual-holder').hover();
  await page.mouse.wheel(direction === 'right' ? 2000 : -2000, 0);
}

async function expandRow(page: Page, nodeId: string): Promise<void> {
  const row = page.getByTestId(`outline-row-${nodeId}`);
  await scrollOutlineTo(page, row);
  const expander = row.locator('.ant-table-row-expand-icon');
  if ((await expander.getAttribute('class'))?.includes('collapsed')) await expander.click();
}

async function progressOf(scope: Locator): Promise<number> {
  return Number(await scope.getByRole('progressbar').first().getAttribute('aria-valuenow'));
}

async function rowProgress(page: Page, nodeId: string): Promise<number> {
  const row = page.getByTestId(`outline-row-${nodeId}`);
  await scrollOutlineTo(page, row);
  return progressOf(row);
}

async function strategyCount(page: Page, language: Language): Promise<number> {
  const label = language === 'en' ? 'Strategy' : '战略';
  return page
    .getByTestId('plan-outline')
    .locator('[data-testid^="outline-row-"]')
    .filter({ has: page.locator('.ant-tag', { hasText: new RegExp(`^${label}$`) }) })
    .count();
}

async function overallProgress(page: Page): Promise<number> {
  const card = page.getByTestId('stat-progress');
  await card.waitFor();
  return progressOf(card);
}

/**
 * An objective's progress as the dashboard's chart shows it: hover its row of
 * bars and read the tooltip, which names the objective in full.
 */
async function objectiveOnDashboard(page: Page, title: string): Promise<number> {
  const chart = page.getByTestId('objectives-chart');
  // A long label may wrap into several lines, so the tick is found by the title's first word.
  const tick = chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: title.split(' ')[0] });
  await tick.waitFor();
  await tick.scrollIntoViewIfNeeded();
  const grid = await chart.locator('.recharts-cartesian-grid').boundingBox();
  const label = await tick.boundingBox();
  if (!grid || !label) throw new Error('The objectives chart is not laid out');
  await page.mouse.move(grid.x + grid.width / 2, label.y + label.height / 2);
  const tooltip = chart.locator('.recharts-tooltip-wrapper .recharts-default-tooltip');
  await tooltip.locator('.recharts-tooltip-label', { hasText: title }).waitFor();
  const value = await tooltip.locator('.recharts-tooltip-item-value').first().textContent();
  return Number((value ?? '').replace('%', ''));
}

/** Waits for a figure read from the page to reach `expected` (queries refetch on their own schedule). */
async function until(read: () => Promise<number>, expected: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toBe(expected);
}
