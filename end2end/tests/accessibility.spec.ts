// axe-core (WCAG 2.1 A and AA) on every page, in Danish and English, as the hydrated app
// and as a reader without JavaScript gets it (the page's own scripts blocked).
import { expect, test } from '@playwright/test';
import { Page, TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, failOnPageErrors, jsEnabled, noScripts } from './helpers';

/** With JavaScript on, the page must hydrate without errors; with the app's scripts
 *  blocked on purpose, the loader's failed import is expected. */
function checkPageErrors(page: Page, testInfo: TestInfo): () => void {
  return jsEnabled(testInfo) ? failOnPageErrors(page) : () => {};
}

// axe runs as JavaScript inside the page, so JavaScript stays on here; the "nojs" project
// blocks the app's own scripts instead, which gives the page a reader without them gets.
test.use({ javaScriptEnabled: true });

const PUBLIC_PAGES = [
  '/',
  '/register',
  '/login',
  '/accessibility',
  '/findes-ikke',
  '/account',
  '/initiatives',
  '/initiatives/1',
  '/initiatives/new',
  '/my/initiatives',
  '/my/participation',
];

// The pages a logged-in person sees differently (forms instead of log-in prompts).
const LOGGED_IN_PAGES = [
  '/account',
  '/initiatives/new',
  '/my/initiatives',
  '/my/participation',
  '/initiatives/1',
  '/initiatives/4',
];

// Demo initiative 4 is Lars's proposal, still waiting for review: he sees edit and withdraw
// forms. On initiative 1 he has a comment of his own (edit, delete) beside others' (report).
const AUTHOR_PAGES = [
  '/initiatives/4',
  '/initiatives/4/edit',
  '/my/initiatives',
  '/my/participation',
  '/initiatives/1',
  '/notifications',
];

// The moderator's pages: the review queue and a proposal with the three decisions.
const MODERATOR_PAGES = ['/moderation', '/moderation/initiatives/4', '/notifications'];

for (const lang of ['da', 'en']) {
  test.describe(`in ${lang}`, () => {
    test.beforeEach(async ({ page, context }, testInfo) => {
      if (lang === 'en') {
        await context.addCookies([{ name: 'lang', value: 'en', url: 'http://127.0.0.1' }]);
      }
      if (!jsEnabled(testInfo)) {
        await noScripts(page);
      }
    });

    for (const path of PUBLIC_PAGES) {
      test(`${path} has no WCAG 2.1 AA violations for a visitor`, async ({ page }, testInfo) => {
        const noErrors = checkPageErrors(page, testInfo);
        await page.goto(path);
        if (jsEnabled(testInfo)) {
          await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
        }
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectAccessible(page);
        noErrors();
      });
    }

    test('forms showing their errors have no violations', async ({ page }, testInfo) => {
      await page.goto('/register');
      if (jsEnabled(testInfo)) {
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      }
      await page.locator('button[type=submit]').last().click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page);

      await page.goto('/login');
      if (jsEnabled(testInfo)) {
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      }
      await page.locator('#field-email').fill('x@example.dk');
      await page.locator('#field-password').fill('wrong wrong wrong');
      await page.locator('button[type=submit]').last().click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page);
    });

    test('comment forms, opened and showing their errors, have no violations', async ({ page }, testInfo) => {
      await page.goto('/login');
      if (jsEnabled(testInfo)) {
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      }
      await page.locator('#field-email').fill('ayse@demo.forsamling.dk');
      await page.locator('#field-password').fill(DEMO_PASSWORD);
      await page.locator('button[type=submit]').last().click();
      await expect(page.locator('.link-button')).toBeVisible();
      await page.goto('/initiatives/1');
      if (jsEnabled(testInfo)) {
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      }
      await page.locator('.comment-form button[type=submit]').click();
      await expect(page.locator('.comment-form [role=alert]')).toBeVisible();
      // Every reply, edit, delete and report form opened, so that axe sees them all.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expectAccessible(page);
    });

    test('decision forms showing their errors have no violations', async ({ page }, testInfo) => {
      await page.goto('/login');
      if (jsEnabled(testInfo)) {
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      }
      await page.locator('#field-email').fill('moderator@demo.forsamling.dk');
      await page.locator('#field-password').fill(DEMO_PASSWORD);
      await page.locator('button[type=submit]').last().click();
      await expect(page.locator('.link-button')).toBeVisible();
      await page.goto('/moderation/initiatives/4');
      if (jsEnabled(testInfo)) {
        await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      }
      await page.locator('#decide-publish ~ form button[type=submit]').click();
      await expect(page.locator('#field-goals-error')).toBeVisible();
      await expectAccessible(page);
    });

    for (const [who, email, pages] of [
      ['a staff member', 'admin@demo.forsamling.dk', LOGGED_IN_PAGES],
      ['the author of a waiting proposal', 'lars@demo.forsamling.dk', AUTHOR_PAGES],
      ['a moderator', 'moderator@demo.forsamling.dk', MODERATOR_PAGES],
    ] as const) {
      test(`pages for ${who} have no violations`, async ({ page }, testInfo) => {
        const noErrors = checkPageErrors(page, testInfo);
        await page.goto('/login');
        if (jsEnabled(testInfo)) {
          await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
        }
        await page.locator('#field-email').fill(email);
        await page.locator('#field-password').fill(DEMO_PASSWORD);
        await page.locator('button[type=submit]').last().click();
        await expect(page.locator('.link-button')).toBeVisible();
        for (const path of pages) {
          await page.goto(path);
          await expect(page.locator('h1')).toBeVisible();
          if (jsEnabled(testInfo)) {
            await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
          }
          await expectAccessible(page);
        }
        noErrors();
      });
    }
  });
}
