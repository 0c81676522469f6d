import type { Browser, Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, screenshot, signInAs } from './support/browser';
import type { Language } from './support/browser';

async function graphql<T>(body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${BASE_URL()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (!json.data || json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

// One sign-in for the whole file: the browser journeys share the sign-in limit of this address.
let adminToken: Promise<string> | undefined;

/** GraphQL as the demo admin, for building the objective the journey deletes (the journey itself is clicks). */
async function asAdmin<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  adminToken ??= graphql<{ signIn: { accessToken: string } }>({
    query: `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`,
    variables: { i: { email: 'admin@demo.opsplan.dev', password: DEMO_PASSWORD } },
  }).then((data) => data.signIn.accessToken);
  return graphql<T>({ query, variables }, await adminToken);
}

const CREATE_NODE = `mutation($input: CreateNodeInput!) { createNode(input: $input) { id } }`;

/** An objective with a project and a task below it, under the 2026 plan's first strategy. */
async function objectiveWithSubtree(title: string): Promise<{ objective: string; project: string; planId: string }> {
  const { plans } = await asAdmin<{ plans: { id: string; year: number }[] }>(`{ plans { id year } }`);
  const planId = plans.find((p) => p.year === 2026)?.id as string;
  const { planOutline } = await asAdmin<{ planOutline: { id: string }[] }>(`query($id: ID!) { planOutline(planId: $id, depth: 1) { id } }`, { id: planId });
  const add = async (parentId: string, level: string, suffix: string) =>
    (await asAdmin<{ createNode: { id: string } }>(CREATE_NODE, { input: { planId, parentId, level, title: `${title}${suffix}` } })).createNode.id;
  const objective = await add(planOutline[0].id, 'objective', '');
  const project = await add(objective, 'project', ' · P');
  await add(project, 'task', ' · T');
  return { objective, project, planId };
}

async function subtreeSize(id: string): Promise<number> {
  return (await asAdmin<{ nodeSubtree: unknown[] }>(`query($id: ID!) { nodeSubtree(id: $id) { id } }`, { id })).nodeSubtree.length;
}

/**
 * An admin deletes an objective with its subtree from the plan's node
 * drawer, finds it on the "recently deleted" page with everything that went
 * with it, restores it, and sees it back in the outline: in English and in
 * Chinese.
 */
describe('an admin restores a deleted objective and its subtree from “recently deleted”', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  const openOutline = async (page: Page) => {
    await page.goto('/plan');
    await page.getByTestId('plan-outline').waitFor();
  };

  /** The outline's rows are a virtual list: scroll it until the row is rendered. */
  const outlineTitle = async (page: Page, id: string) => {
    const title = page.getByTestId(`node-title-${id}`);
    await page.locator('[data-testid^="node-title-"]').first().waitFor();
    for (let i = 0; i < 40 && (await title.count()) === 0; i++) {
      await page.locator('.ant-table-tbody-virtual-holder').evaluate((holder) => holder.scrollBy(0, 300));
      await page.waitForTimeout(50);
    }
    return title;
  };

  it.each<[Language, string]>([
    ['en', 'Open the Hangzhou warehouse'],
    ['zh-CN', '杭州仓库投入使用'],
  ])('in %s', async (language, title) => {
    const { objective, project } = await objectiveWithSubtree(title);
    const { context, page } = await signInAs(browser, 'admin@demo.opsplan.dev', language);

    await openOutline(page);
    await (await outlineTitle(page, objective)).click();
    await page.getByTestId('node-delete').click();
    await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await page.getByTestId(`node-title-${objective}`).waitFor({ state: 'detached' });
    await expect(subtreeSize(objective)).rejects.toThrow(/NOT_FOUND/);

    await page.goto('/recently-deleted');
    const row = page.getByTestId('recently-deleted-table').locator('.ant-table-row', { has: page.getByTestId(`deleted-title-${objective}`) });
    await row.waitFor();
    expect(await row.getByTestId(`deleted-title-${objective}`).textContent()).toBe(title);
    // The objective, its project and its task went together, and come back together.
    expect(await row.getByTestId(`deleted-count-${objective}`).textContent()).toMatch(/3/);
    await screenshot(page, `recently-deleted-${language}`);
    await row.getByTestId(`deleted-restore-${objective}`).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.waitFor({ state: 'detached' });

    await openOutline(page);
    await (await outlineTitle(page, objective)).waitFor();
    await (await outlineTitle(page, project)).waitFor();
    expect(await subtreeSize(objective)).toBe(3);
    await context.close();
  });
});
