import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const BASE_URL = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run browser tests through `npm test` (tools/test/run-all.mjs).');
  return url;
};

const SCREENSHOTS = path.resolve(__dirname, '../../../../dist/e2e-screenshots');

/** Debian's Chromium, headless, with nothing that reaches beyond this machine. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, locale: 'en-US' | 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 860 }, baseURL: BASE_URL() });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // Surface the page's own errors in the test output: a blank page should say why.
  page.on('pageerror', (error) => console.error(`[${locale}] page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.error(`[${locale}] console: ${msg.text()}`);
  });
  return { context, page };
}

/** Waits until lazy chunks and queries have landed, so a screenshot shows the page and not its spinner. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[data-testid="page-loading"], .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The demo organisation's shared password (apps/api/src/tools/seed-demo.ts). */
export const DEMO_PASSWORD = 'opsplan-demo-2027';

export type Language = 'en' | 'zh-CN';
/** The language switch's label for each language (its own name, in itself). */
const SWITCH_LABEL: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * Signs a demo member in, in a context of its own, and switches the shell to
 * `language` (the demo profiles start in Chinese; a switch is remembered).
 */
export async function signInAs(browser: Browser, email: string, language: Language): Promise<{ context: BrowserContext; page: Page }> {
  const session = await newPage(browser, language === 'en' ? 'en-US' : 'zh-CN');
  const { page } = session;
  await page.goto('/sign-in');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('current-role').waitFor();
  await page.getByTestId('lang-switch').getByText(SWITCH_LABEL[language], { exact: true }).click();
  await page.waitForFunction((expected) => document.documentElement.lang === expected, language);
  return session;
}
