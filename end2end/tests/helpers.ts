// Shared steps of the end-to-end tests, written as a person's actions.
import { expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO_PASSWORD = 'demo-adgangskode-2026';
export const PASSWORD = 'en lang og sikker adgangskode';

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'js';
}

/** An email no other test uses, so tests can run in parallel on one database. */
export function uniqueEmail(prefix: string, testInfo: TestInfo): string {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${prefix}.${testInfo.project.name}.${stamp}@example.dk`;
}

/**
 * Fails the test on any uncaught error or panic in the page, such as a hydration mismatch
 * (the page would then silently fall back to plain form posts).
 */
export function failOnPageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  return () => expect(errors, errors.join('\n')).toEqual([]);
}

/** Opens a page; with JavaScript on, waits until the app has hydrated. */
export async function visit(page: Page, path: string, testInfo: TestInfo) {
  await page.goto(path);
  if (jsEnabled(testInfo)) {
    await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
    // Marks this document: a full reload would lose the mark.
    await page.evaluate(() => ((window as any).__noReload = true));
  }
}

/** With JavaScript on, the document must have survived (no full page load). */
export async function expectNoReload(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) {
    expect(await page.evaluate(() => (window as any).__noReload === true)).toBe(true);
  }
}

export async function register(page: Page, testInfo: TestInfo, name: string, email: string) {
  await visit(page, '/register', testInfo);
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Gentag adgangskoden').fill(PASSWORD);
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole('status')).toContainText('Velkommen');
}

export async function logIn(page: Page, testInfo: TestInfo, email: string, password: string) {
  await visit(page, '/login', testInfo);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).last().click();
}

/**
 * Runs axe-core for WCAG 2.1 A and AA on the page as it is. Without JavaScript, axe itself
 * still needs scripts, so the caller blocks the page's own scripts instead (see `noScripts`).
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/** Blocks the page's own JavaScript and WebAssembly, so the page is what a no-JS reader gets. */
export async function noScripts(page: Page) {
  await page.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
}
