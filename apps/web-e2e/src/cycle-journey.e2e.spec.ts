import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, settled, signInAs } from './support/browser';
import type { Language } from './support/browser';

/** The demo sign-ins the console prints; the global setup seeded the demo organisation. */
/** The president's office's executive, who runs the cycle and leads its planning group. */
const EXECUTIVE = 'gm@demo.opsplan.dev';
/** The sales center's manager: stage 1 (and 3) default to the sales department's manager. */
const SALES_MANAGER = 'sales.manager@demo.opsplan.dev';
/** Names as seeded (apps/api/src/tools/seed-demo.ts). */
const LEADER_NAME = '陈立 Chen Li';
const DEPUTY_NAME = '周敏 Zhou Min';
const MANAGER_NAME = '王芳 Wang Fang';

type Status = 'not_started' | 'in_progress' | 'submitted' | 'approved' | 'returned';
type HistoryAction = 'start' | 'submit' | 'return' | 'approve';

interface Texts {
  planTitle: string;
  cyclesTitle: string;
  cycleName: string;
  groupTab: string;
  timelineTab: string;
  leader: string;
  deputy: string;
  save: string;
  returnButton: string;
  backTo: (cycle: string) => string;
  /** The eight default stages, in order. */
  stages: readonly string[];
  statuses: Record<Status, string>;
  history: Record<HistoryAction, string>;
  waitingWork: string;
  waitingDone: string;
  waitingFor: (names: string) => string;
  blockedByDependencies: string;
  submittedNotification: (actor: string) => string;
  returnedNotification: (actor: string) => string;
}

/** The UI text the journey reads, as the locale files have it. */
const UI: Record<Language, Texts> = {
  en: {
    planTitle: 'Business plan',
    cyclesTitle: 'Annual planning cycle',
    cycleName: 'Name (optional)',
    groupTab: 'Planning group and retrospective',
    timelineTab: 'Timeline',
    leader: 'Leader',
    deputy: 'Deputy leader',
    save: 'Save',
    returnButton: 'Return',
    backTo: (cycle) => `Back to ${cycle}`,
    stages: ['Sales forecast', 'Financial forecast', 'Sales plan', 'R&D plan', 'Supply plan', 'HR plan', 'Financial budget', 'Overall plan'],
    statuses: { not_started: 'Not started', in_progress: 'In progress', submitted: 'Awaiting approval', approved: 'Approved', returned: 'Returned' },
    history: { start: 'started work', submit: 'submitted it', return: 'returned it', approve: 'approved it' },
    waitingWork: 'Nothing: work can go ahead',
    waitingDone: 'Done',
    waitingFor: (names) => `Approval of ${names}`,
    blockedByDependencies: 'It can be submitted once every stage it depends on is approved.',
    submittedNotification: (actor) => `${actor} submitted a stage for approval`,
    returnedNotification: (actor) => `${actor} returned a stage`,
  },
  'zh-CN': {
    planTitle: '经营计划',
    cyclesTitle: '年度计划编制周期',
    cycleName: '名称（可选）',
    groupTab: '计划小组与复盘',
    timelineTab: '时间线',
    leader: '组长',
    deputy: '副组长',
    save: '保存',
    returnButton: '退回',
    backTo: (cycle) => `返回 ${cycle}`,
    stages: ['销售预测', '财务预测', '销售计划', '研发计划', '供应计划', '人力计划', '财务预算', '总体方案'],
    statuses: { not_started: '未开始', in_progress: '进行中', submitted: '待审批', approved: '已审批', returned: '已退回' },
    history: { start: '开始了工作', submit: '提交审批', return: '退回', approve: '审批通过' },
    waitingWork: '可以开展工作',
    waitingDone: '已完成',
    waitingFor: (names) => `等待${names}审批通过`,
    blockedByDependencies: '前置阶段全部审批通过后才能提交。',
    submittedNotification: (actor) => `${actor} 提交了阶段待审批`,
    returnedNotification: (actor) => `${actor} 退回了阶段`,
  },
};

/** What each run types; each run prepares its own plan year, since a plan has one cycle. */
const RUNS: Record<Language, { year: number; plan: string; cycle: string; forecast: string; reason: string; revised: string }> = {
  en: {
    year: 2028,
    plan: '2028 annual operating plan',
    cycle: 'Planning cycle 2028',
    forecast: 'East China 2028: 1,200 outlets, revenue CNY 480 million.',
    reason: 'Split the forecast by product line and show the Hangzhou office separately.',
    revised: 'East China 2028 by product line: drinks CNY 300 million, snacks CNY 180 million; Hangzhou office CNY 60 million.',
  },
  'zh-CN': {
    year: 2029,
    plan: '2029 年度经营计划',
    cycle: '2029 年度计划编制',
    forecast: '2029 年华东：终端 1200 家，收入 4.8 亿元。',
    reason: '请按产品线拆分预测，并单列杭州办事处。',
    revised: '2029 年华东按产品线：饮料 3 亿元，零食 1.8 亿元；杭州办事处 0.6 亿元。',
  },
};


/**
 * The annual planning cycle end to end on the demo organisation, through the
 * UI: the president's office creates next year's plan and its cycle and names
 * the planning group; the sales center's manager writes and submits the sales
 * forecast; the group's leader, told by the bell, returns it with a reason;
 * the manager reworks and resubmits it; the leader approves it; the timeline
 * shows stage 1 approved and stage 2 free to go. Once in each language, each
 * on its own plan year.
 */
describe.each<Language>(['en', 'zh-CN'])('the planning cycle, in %s', (language) => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  const ui = UI[language];
  const run = RUNS[language];
  const shot = (page: Page, step: string) => screenshot(page, `cycle-journey-${language}-${step}`);


  it('creates a cycle, returns and resubmits the sales forecast, approves it, and the timeline shows it', async () => {
    // 1. The executive creates the year's plan, then its planning cycle, and names the planning group.
    const executive = await signInAs(browser, EXECUTIVE, language);
    const exec = executive.page;
    await exec.getByTestId('nav-plan').click();
    await exec.getByRole('heading', { name: ui.planTitle }).waitFor();
    await exec.getByTestId('new-plan').click();
    const planForm = exec.locator('form#create-plan');
    await planForm.locator('input[data-testid="plan-year"], [data-testid="plan-year"] input').first().fill(String(run.year));
    await planForm.locator('input[data-testid="plan-name"], [data-testid="plan-name"] input').first().fill(run.plan);
    await planForm.getByTestId('plan-create-submit').click();
    await planForm.waitFor({ state: 'detached' });
    await exec.getByTestId('plan-select').getByText(run.plan).waitFor();

    await exec.getByTestId('nav-cycles').click();
    await exec.getByRole('heading', { name: ui.cyclesTitle }).waitFor();
    // The bell's count has landed by now; the leader's own decisions will notify others, not them.
    await settled(exec);
    const unreadBefore = await unreadCount(exec);
    await exec.getByTestId('new-cycle').click();
    const cycleForm = exec.getByTestId('create-cycle-form');
    // The only plan without a cycle is the one just made, so the form offers it first.
    await cycleForm.locator('.ant-select').getByText(run.plan).waitFor();
    await cycleForm.getByLabel(ui.cycleName).fill(run.cycle);
    await cycleForm.getByTestId('create-cycle').click();
    await cycleForm.waitFor({ state: 'detached' });
    await exec.waitForURL(/\/cycles\/[0-9a-f-]{36}$/);
    const cycleId = new URL(exec.url()).pathname.split('/').pop() as string;
    await exec.getByTestId('cycle-select').getByText(run.cycle).waitFor();

    const gantt = exec.getByTestId('cycle-gantt');
    const bars = gantt.locator('[data-testid^="gantt-bar-"]');
    await bars.first().waitFor();
    expect(await bars.count()).toBe(8);
    expect(await gantt.locator('[data-testid^="gantt-bar-"] > text').allTextContents()).toEqual(ui.stages);
    const stageLinks = exec.getByTestId('stage-list').locator('[data-testid^="stage-link-"]');
    expect((await stageLinks.allTextContents()).map((text) => text.replace(/\s*◆$/, ''))).toEqual(ui.stages.map((name, i) => `${i + 1}. ${name}`));
    const stageIds = (await stageLinks.evaluateAll((links) => links.map((link) => link.getAttribute('data-testid') ?? ''))).map((id) => id.replace('stage-link-', ''));
    const [forecastId, financialId, salesPlanId] = stageIds;
    expect(await gantt.getByTestId(`gantt-bar-${forecastId}`).getAttribute('data-status')).toBe('not_started');
    expect(await statusInList(exec, forecastId)).toBe(ui.statuses.not_started);
    expect(await exec.getByTestId(`stage-waiting-${financialId}`).textContent()).toBe(ui.waitingFor(ui.stages[0]));

    await exec.getByRole('tab', { name: ui.groupTab }).click();
    const group = exec.getByTestId('planning-group');
    await group.getByTestId('edit-planning-group').click();
    await choose(exec, group.getByLabel(ui.leader, { exact: true }), LEADER_NAME);
    await choose(exec, group.getByLabel(ui.deputy, { exact: true }), DEPUTY_NAME);
    await group.getByRole('button', { name: buttonName(ui.save) }).click();
    await group.getByTestId('edit-planning-group').waitFor();
    expect(await group.textContent()).toContain(`${ui.leader}${LEADER_NAME}`);
    expect(await group.textContent()).toContain(`${ui.deputy}${DEPUTY_NAME}`);
    await exec.getByRole('tab', { name: ui.timelineTab }).click();
    await exec.getByRole('tab', { name: ui.timelineTab, selected: true }).waitFor();
    await exec.locator('.ant-tabs-ink-bar').evaluate((bar) => Promise.all(bar.getAnimations().map((animation) => animation.finished)));
    await showBars(gantt);
    await shot(exec, '1-gantt-created');

    // 2. The sales manager finds stage 3 waiting for stage 1 and 2, then writes and submits stage 1.
    const manager = await signInAs(browser, SALES_MANAGER, language);
    const mgr = manager.page;
    await mgr.getByTestId('nav-cycles').click();
    // The newest cycle may already be the one shown; choosing it again is harmless.
    await mgr.getByTestId('cycle-select').click();
    await mgr.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: run.cycle }).click();

    // The refusal: a stage cannot go for approval before the stages it depends on are approved.
    await mgr.getByTestId(`stage-link-${salesPlanId}`).click();
    await mgr.getByTestId('stage-title').getByText(`3. ${ui.stages[2]}`).waitFor();
    expect(await mgr.getByTestId('stage-submit-blocked').textContent()).toBe(ui.blockedByDependencies);
    expect(await mgr.getByTestId('stage-submit').count()).toBe(0);
    await shot(mgr, '2-manager-stage-3-blocked');

    await mgr.goBack();
    await mgr.getByTestId(`stage-link-${forecastId}`).click();
    await mgr.getByTestId('stage-title').getByText(`1. ${ui.stages[0]}`).waitFor();
    await expectStageStatus(mgr, ui.statuses.not_started);
    await writeDeliverable(mgr, run.forecast);
    await expectAnswered(mgr, 'SubmitCycleStage', () => mgr.getByTestId('stage-submit').click());
    await expectStageStatus(mgr, ui.statuses.submitted);
    // Whoever submits does not decide: no Approve or Return on one's own submission.
    expect(await mgr.getByTestId('stage-approve').count()).toBe(0);
    expect(await mgr.getByTestId('stage-return').count()).toBe(0);
    await shot(mgr, '2-manager-submitted');

    // 3. The leader's bell says so; the notification leads to the stage, which goes back with a reason.
    await waitForUnread(exec, unreadBefore + 1);
    await openNotification(exec, ui.submittedNotification(MANAGER_NAME));
    await exec.waitForURL(`**/cycles/${cycleId}/stages/${forecastId}`);
    await expectStageStatus(exec, ui.statuses.submitted);
    await exec.getByTestId('deliverable-view').getByText(run.forecast).waitFor();
    await exec.getByTestId('stage-return').click();
    const dialog = exec.getByRole('dialog');
    const reasonInput = dialog.locator('textarea[data-testid="stage-return-reason"], [data-testid="stage-return-reason"] textarea').first();
    await reasonInput.fill(run.reason);
    expect(await reasonInput.inputValue()).toBe(run.reason);
    await expectAnswered(exec, 'ReturnCycleStage', () => dialog.getByRole('button', { name: buttonName(ui.returnButton) }).click());
    await dialog.waitFor({ state: 'hidden' });
    await expectStageStatus(exec, ui.statuses.returned);
    expect(await exec.getByTestId('stage-return-reason-shown').textContent()).toContain(run.reason);
    await exec.getByTestId('stage-history').getByTestId('stage-history-reason').getByText(run.reason).waitFor();
    await shot(exec, '3-leader-returned');

    // 4. The manager's open stage page turns to returned with the reason; the bell has it too. Rework, resubmit.
    await expectStageStatus(mgr, ui.statuses.returned);
    expect(await mgr.getByTestId('stage-return-reason-shown').textContent()).toContain(run.reason);
    await mgr.getByTestId('notification-bell').click();
    await mgr
      .getByTestId('notification-list')
      .locator('button[data-testid^="notification-"]', { hasText: ui.returnedNotification(LEADER_NAME) })
      .first()
      .getByText(run.reason, { exact: false })
      .waitFor();
    await shot(mgr, '4-manager-sees-return');
    await mgr.getByTestId('notification-bell').click();
    await mgr.getByTestId('notification-list').waitFor({ state: 'hidden' });
    await writeDeliverable(mgr, run.revised);
    await expectAnswered(mgr, 'SubmitCycleStage', () => mgr.getByTestId('stage-submit').click());
    await expectStageStatus(mgr, ui.statuses.submitted);
    expect(await mgr.getByTestId('stage-return-reason-shown').count()).toBe(0);

    // 5. The leader, still on the stage, sees the new text and approves; history tells the whole story.
    await exec.getByTestId('deliverable-view').getByText(run.revised).waitFor();
    await expectStageStatus(exec, ui.statuses.submitted);
    await expectAnswered(exec, 'ApproveCycleStage', () => exec.getByTestId('stage-approve').click());
    await expectStageStatus(exec, ui.statuses.approved);
    expect(await exec.getByTestId('stage-approve').count()).toBe(0);
    expect(await exec.getByTestId('deliverable-edit').count()).toBe(0);
    // The decision's answer brings the status at once; the history follows with the stage's refetch.
    const decisions = async () =>
      (await exec.getByTestId('stage-history').locator('strong').allTextContents()).filter((line) => !line.endsWith(ui.history.start)).join(' | ');
    await until(
      decisions,
      [
        `${MANAGER_NAME} ${ui.history.submit}`,
        `${LEADER_NAME} ${ui.history.return}`,
        `${MANAGER_NAME} ${ui.history.submit}`,
        `${LEADER_NAME} ${ui.history.approve}`,
      ].join(' | '),
    );
    await shot(exec, '5-leader-approved');

    // 6. The timeline: stage 1's bar and row say approved, and stage 2 no longer waits for it.
    await exec.getByRole('link', { name: ui.backTo(run.cycle) }).click();
    await exec.waitForURL(`**/cycles/${cycleId}`);
    await gantt.locator(`[data-testid="gantt-bar-${forecastId}"][data-status="approved"]`).waitFor();
    expect(await gantt.getByTestId(`gantt-bar-${forecastId}`).getAttribute('aria-label')).toContain(ui.statuses.approved);
    await until(() => statusInList(exec, forecastId), ui.statuses.approved);
    expect(await exec.getByTestId(`stage-waiting-${forecastId}`).textContent()).toBe(ui.waitingDone);
    expect(await exec.getByTestId(`stage-waiting-${financialId}`).textContent()).toBe(ui.waitingWork);
    expect(await gantt.getByTestId(`gantt-bar-${financialId}`).getAttribute('data-status')).toBe('not_started');
    await showBars(gantt);
    await shot(exec, '6-gantt-after');

    await Promise.all([executive.context.close(), manager.context.close()]);
  });

  async function expectStageStatus(page: Page, status: string): Promise<void> {
    // The stage page's tag, beside its title (the list of another page has many).
    await page.getByTestId('stage-title').locator('xpath=..').getByTestId('stage-status').getByText(status, { exact: true }).waitFor();
  }

  /**
   * Opens the only deliverable of the stage, writes `text` over it, saves. Saving starts the stage
   * (a not-started or returned stage goes to in progress), and the page must show it.
   */
  async function writeDeliverable(page: Page, text: string): Promise<void> {
    await page.getByTestId('deliverable-edit').click();
    await page.locator('textarea[data-testid="deliverable-body"], [data-testid="deliverable-body"] textarea').first().fill(text);
    await page.getByTestId('deliverable-save').click();
    await page.getByTestId('deliverable-view').getByText(text).waitFor();
    await expectStageStatus(page, ui.statuses.in_progress);
  }
});

/** A button's accessible name: antd spaces out a two-character Chinese label (保存 → 保 存). */
const buttonName = (label: string) => new RegExp(`^${[...label].join('\\s?')}$`);

/** Picks an option of an antd Select by typing part of it, as a person would. */
async function choose(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.keyboard.type(label.split(' ')[0]);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

/**
 * Scrolls the Gantt sideways to its first bar. The chart runs from today, so next year's cycle
 * starts months to the right of where it opens.
 */
async function showBars(gantt: Locator): Promise<void> {
  await gantt.evaluate((svg) => {
    const starts = Array.from(svg.querySelectorAll('[data-testid^="gantt-bar-"] > rect'), (rect) => Number(rect.getAttribute('x')));
    const holder = svg.parentElement;
    if (holder) holder.scrollLeft = Math.min(...starts) - 24;
  });
}

/** The status tag in the stage list's row of `stageId`. */
async function statusInList(page: Page, stageId: string): Promise<string> {
  const row = page.getByTestId('stage-list').locator('tr', { has: page.getByTestId(`stage-link-${stageId}`) });
  return (await row.getByTestId('stage-status').textContent()) ?? '';
}

/** The bell's unread count, from its label ("Notifications, 3 unread"). */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  return Number(/\d+/.exec(label)?.[0] ?? NaN);
}

async function waitForUnread(page: Page, expected: number): Promise<void> {
  await until(() => unreadCount(page), expected);
}

/** Opens the newest notification whose headline is `headline`. */
async function openNotification(page: Page, headline: string): Promise<void> {
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-list').locator('button[data-testid^="notification-"]', { hasText: headline }).first().click();
}

/** Does `act` and expects the GraphQL operation it sends to be answered without errors (a refusal or conflict says which). */
async function expectAnswered(page: Page, operation: string, act: () => Promise<void>): Promise<void> {
  // Sent only once `act` has clicked; waits longer than a click may take to become possible, so a
  // click that cannot happen fails as itself (saying what is in the way), not as a missing answer.
  const sent = page.waitForRequest((request) => request.url().endsWith('/graphql') && (request.postData() ?? '').includes(`"operationName":"${operation}"`), { timeout: 45_000 });
  sent.catch(() => undefined); // when `act` fails, its own error is the one to report
  await act();
  const body = (await (await (await sent).response())?.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  expect(body.errors ?? []).toEqual([]);
}

/** Waits for a value read from the page to reach `expected` (queries refetch on their own schedule). */
async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toBe(expected);
}
