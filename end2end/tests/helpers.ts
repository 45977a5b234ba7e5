// Shared steps of the end-to-end tests, written as a person's actions.
import { Browser, expect, Locator, Page, TestInfo } from '@playwright/test';
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
    await waitUntilStarted(page);
    // Marks this document: a full reload would lose the mark.
    await page.evaluate(() => ((window as any).__noReload = true));
  }
}

/** With JavaScript on, the document must have survived (no full page load). */
/** Waits until the page's WebAssembly has started (hydrated) it. */
export async function waitUntilStarted(page: Page) {
  // The debug build's WebAssembly is 18 MB; on a busy two-core machine compiling it can take
  // far longer than the usual wait.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 45_000 });
}

export async function expectNoReload(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) {
    expect(await page.evaluate(() => (window as any).__noReload === true)).toBe(true);
  }
}

/** One email as the tests' mail server received it (see the `mailbox` example). */
export interface Mail {
  to: string[];
  from: string;
  subject: string;
  body: string;
  list_unsubscribe: string | null;
}

const MAIL_URL = `http://127.0.0.1:${process.env.E2E_MAIL_PORT ?? 3126}`;

/** Waits for the `n`th email (counting from 1) to `address` and answers it. Emails leave
 *  after the action commits, in the background. */
export async function mailTo(address: string, n = 1): Promise<Mail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${MAIL_URL}/mail?to=${encodeURIComponent(address)}`);
    const mails = (await response.json()) as Mail[];
    if (mails.length >= n) return mails[n - 1];
    if (Date.now() > deadline) throw new Error(`email number ${n} to ${address} never came: ${JSON.stringify(mails)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How many emails `address` received so far. */
export async function mailCount(address: string): Promise<number> {
  const response = await fetch(`${MAIL_URL}/mail?to=${encodeURIComponent(address)}`);
  return ((await response.json()) as Mail[]).length;
}

/** The path of the first link in `mail` whose path starts with `prefix` (such as "/confirm/"). */
export function linkIn(mail: Mail, prefix: string): string {
  for (const word of mail.body.split(/\s+/)) {
    if (!/^https?:\/\//.test(word)) continue;
    const path = new URL(word.replace(/[.,)]+$/, '')).pathname;
    if (path.startsWith(prefix)) return path;
  }
  throw new Error(`no ${prefix} link in ${JSON.stringify(mail)}`);
}

/** Fills in and sends the registration form; the platform answers "see your email". */
export async function registerOnly(page: Page, testInfo: TestInfo, name: string, email: string) {
  await visit(page, '/register', testInfo);
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Gentag adgangskoden').fill(PASSWORD);
  await page.getByRole('button', { name: 'Opret konto' }).click();
  await expect(page.getByRole('heading', { name: 'Se din e-mail' })).toBeVisible();
}

/** Opens the confirmation link of the `n`th email to `email` and confirms: that logs in. */
export async function confirmFromMail(page: Page, testInfo: TestInfo, email: string, n = 1) {
  const link = linkIn(await mailTo(email, n), '/confirm/');
  await visit(page, link, testInfo);
  await page.getByRole('button', { name: 'Bekræft min e-mail' }).click();
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole('status').filter({ hasText: 'Din e-mail er bekræftet' })).toBeVisible();
}

/** Registers, confirms the address from the email received, and is logged in on "my account". */
export async function register(page: Page, testInfo: TestInfo, name: string, email: string) {
  await registerOnly(page, testInfo, name, email);
  await confirmFromMail(page, testInfo, email);
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

/**
 * axe on the page as this project's reader has it. Without JavaScript axe cannot run in
 * the page itself, so the same address is opened, logged in as the page is, in a context
 * with scripts on and the page's own blocked.
 */
export async function expectAccessibleAsShown(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) {
    await expectAccessible(page);
    return;
  }
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    javaScriptEnabled: true,
    storageState: await page.context().storageState(),
  });
  const copy = await context.newPage();
  await noScripts(copy);
  await copy.goto(page.url());
  await expectAccessible(copy);
  await context.close();
}

/** Blocks the page's own JavaScript and WebAssembly, so the page is what a no-JS reader gets. */
export async function noScripts(page: Page) {
  await page.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
}

/** A second person at their own computer: a browser context of their own, with JavaScript
 *  on or off as the project has it. Close the context at the end of the test. */
export async function anotherPerson(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: jsEnabled(testInfo) });
  return context.newPage();
}

/** A stamp that makes a name or text unique to this test and project. */
export function stamp(testInfo: TestInfo): string {
  return `${testInfo.project.name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

/** Finds an initiative in the public list and opens it. */
export async function openInitiative(page: Page, testInfo: TestInfo, title: string) {
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The conversation under the open initiative. */
export function commentsOf(page: Page): Locator {
  return page.getByRole('region', { name: /Kommentarer/ });
}

/** Writes a new comment on the open initiative. */
export async function postComment(page: Page, text: string) {
  const comments = commentsOf(page);
  // By role: the edit forms under one's own comments, closed, have the same label.
  await comments.getByRole('textbox', { name: 'Din kommentar' }).fill(text);
  await comments.getByRole('button', { name: 'Send kommentar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Din kommentar er sendt.' })).toBeVisible();
  await expect(comments.getByRole('article').filter({ hasText: text })).toBeVisible();
}

/** Reports the comment with `text` on the open initiative. */
export async function reportComment(page: Page, text: string, reason: string) {
  const comment = commentsOf(page).getByRole('article').filter({ hasText: text });
  await comment.getByText('Anmeld', { exact: true }).click();
  await comment.getByLabel('Hvad er der galt?').fill(reason);
  await comment.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tak. En medarbejder ser på din anmeldelse.' })).toBeVisible();
}

/** The moderator logs in and opens the report queue from the moderators' pages. */
export async function openReportQueue(page: Page, testInfo: TestInfo) {
  await logIn(page, testInfo, 'moderator@demo.forsamling.dk', DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag til behandling' }).click();
  await page.getByRole('navigation', { name: 'Moderatorernes sider' }).getByRole('link', { name: 'Anmeldelser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldelser' })).toBeVisible();
}

/** The card of the reported item whose text contains `text`, in the report queue. */
export function reportCard(page: Page, text: string): Locator {
  return page.getByRole('listitem', { name: /^(Kommentar på|Initiativ) / }).filter({ hasText: text });
}

/** One of a card's answers (a `<details>` disclosure), opened by its summary. */
export async function openAnswer(card: Locator, summary: string): Promise<Locator> {
  const answer = card.getByRole('group').filter({ has: card.page().locator('summary', { hasText: new RegExp(`^${summary}$`) }) });
  await answer.locator('summary').click();
  await expect(answer.getByRole('button')).toBeVisible();
  return answer;
}

/** The logged-in person proposes an initiative of the kind labelled `kind`; it waits for review. */
export async function propose(page: Page, testInfo: TestInfo, title: string, description: string, kind: string) {
  await visit(page, '/initiatives/new', testInfo);
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beskrivelse').fill(description);
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page).toHaveURL(/\/my\/initiatives/);
}

/** The demo moderator, logged in on `moderator`, publishes the waiting proposal `title`
 *  under `goal`; answers the path of its review page. */
export async function publishFromQueue(moderator: Page, testInfo: TestInfo, title: string, goal: string): Promise<string> {
  await logIn(moderator, testInfo, 'moderator@demo.forsamling.dk', DEMO_PASSWORD);
  await moderator.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag til behandling' }).click();
  await moderator.getByRole('link', { name: title }).click();
  const reviewPath = new URL(moderator.url()).pathname;
  await moderator.getByRole('checkbox', { name: goal }).check();
  await moderator.getByRole('button', { name: 'Offentliggør initiativet' }).click();
  await expect(moderator.getByRole('status')).toContainText('Initiativet er offentliggjort');
  return reviewPath;
}
