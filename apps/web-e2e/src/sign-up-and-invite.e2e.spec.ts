import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './support/browser';

const PASSWORD = 'harbour-lights-42';

async function signUp(page: Page, email: string, name: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="displayName"]').fill(name);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByTestId('sign-up-submit').click();
}

describe('an admin starts an organisation and brings a colleague in', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it('signs up, creates the organisation, switches language, invites, is joined, signs out', async () => {
    const suffix = randomUUID().slice(0, 8);
    const orgName = `Harbour Foods ${suffix}`;

    // The admin, in an English browser.
    const admin = await newPage(browser, 'en-US');
    await admin.page.goto('/sign-up');
    await screenshot(admin.page, 'sign-up-en');
    await signUp(admin.page, `mei.${suffix}@example.com`, 'Mei Lin');
    await admin.page.waitForURL('**/organizations/new');
    await admin.page.getByTestId('create-organization-form').waitFor();
    await screenshot(admin.page, 'create-organization-en');
    await admin.page.locator('input#name, input[name="name"]').first().fill(orgName);
    await admin.page.getByTestId('create-organization-submit').click();
    await admin.page.getByTestId('current-role').waitFor();
    expect(await admin.page.getByTestId('current-role').textContent()).toBe('Admin');
    // An admin sees every page of the organisation.
    for (const key of ['overview', 'members', 'departments', 'audit', 'settings']) {
      await admin.page.getByTestId(`nav-${key}`).waitFor();
    }
    await screenshot(admin.page, 'overview-en');

    // Switch to Chinese and back.
    await admin.page.getByTestId('lang-switch').getByText('简体中文').click();
    await admin.page.getByTestId('nav-members').getByText('成员').waitFor();
    expect(await admin.page.getByTestId('current-role').textContent()).toBe('管理员');
    await screenshot(admin.page, 'overview-zh');
    await admin.page.getByTestId('lang-switch').getByText('English').click();
    await admin.page.getByTestId('nav-members').getByText('Members').waitFor();

    // Invite a staff member by link.
    await admin.page.getByTestId('nav-members').click();
    await admin.page.getByTestId('invite-member').click();
    await admin.page.getByTestId('invite-submit').click();
    const link = await admin.page.getByTestId('invite-link').inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{16,}$/);
    await screenshot(admin.page, 'invite-link-en');
    await admin.page.getByTestId('invite-done').click();

    // The colleague, in a Chinese browser, opens the link, signs up and accepts.
    const colleague = await newPage(browser, 'zh-CN');
    await colleague.page.goto(new URL(link).pathname);
    await colleague.page.getByTestId('invitation-summary').waitFor();
    expect(await colleague.page.getByTestId('invitation-summary').textContent()).toContain(orgName);
    await screenshot(colleague.page, 'invitation-zh');
    await colleague.page.getByTestId('invitation-sign-up').click();
    await signUp(colleague.page, `qiang.${suffix}@example.com`, '李强');
    await colleague.page.getByTestId('accept-invitation').click();
    await colleague.page.getByTestId('current-role').waitFor();
    expect(await colleague.page.getByTestId('current-role').textContent()).toBe('员工');
    // Staff do not see the audit log or the organisation settings.
    expect(await colleague.page.getByTestId('nav-audit').count()).toBe(0);
    expect(await colleague.page.getByTestId('nav-settings').count()).toBe(0);
    await screenshot(colleague.page, 'overview-staff-zh');

    // The admin sees the new member.
    await admin.page.reload();
    await admin.page.getByTestId('members-table').getByText('李强').waitFor();
    await screenshot(admin.page, 'members-en');

    // The colleague signs out and lands on the sign-in page; the session is gone.
    await colleague.page.getByTestId('user-menu').click();
    await colleague.page.getByTestId('sign-out').click();
    await colleague.page.waitForURL('**/sign-in**');
    await colleague.page.goto('/members');
    await colleague.page.waitForURL('**/sign-in**');
    await screenshot(colleague.page, 'signed-out-zh');

    await admin.context.close();
    await colleague.context.close();
  });
});
