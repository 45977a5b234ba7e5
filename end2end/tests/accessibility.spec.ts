// axe-core (WCAG 2.1 A and AA) on every page, in Danish and English, as the hydrated app
// and as a reader without JavaScript gets it (the page's own scripts blocked).
import { expect, test } from '@playwright/test';
import { Page, TestInfo } from '@playwright/test';
import {
  DEMO_PASSWORD,
  PASSWORD,
  expectAccessible,
  failOnPageErrors,
  jsEnabled,
  linkIn,
  mailTo,
  noScripts,
  uniqueEmail,
  waitUntilStarted,
} from './helpers';

/** With JavaScript on, the page must hydrate without errors; with the app's scripts
 *  blocked on purpose, the loader's failed import is expected. */
function checkPageErrors(page: Page, testInfo: TestInfo): () => void {
  return jsEnabled(testInfo) ? failOnPageErrors(page) : () => {};
}

/** Opens a page; with JavaScript on, waits until it has hydrated. */
async function goTo(page: Page, testInfo: TestInfo, path: string) {
  await page.goto(path);
  if (jsEnabled(testInfo)) {
    await waitUntilStarted(page);
  }
}

/** Logs in by the fields' ids, which are the same in both languages. */
async function logInAs(page: Page, testInfo: TestInfo, email: string) {
  await goTo(page, testInfo, '/login');
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').last().click();
  await expect(page.locator('.link-button')).toBeVisible();
}

/** Opens every disclosure on the page, so that axe sees every form in them. */
async function openAllDisclosures(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
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
  '/password/forgot',
  '/privacy',
  // Links that do not work (mistyped, used, expired) say so.
  '/confirm/ukendt-link',
  '/password/reset/ukendt-link',
  // The page an email's unsubscribe link opens (the key is checked when it is sent).
  '/unsubscribe/1/replies/0123456789abcdef0123456789abcdef',
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

// The moderator's pages: the review queue and a proposal with the three decisions; the
// report queue (the demo's reported advert is in it); a citizen's account with the suspend
// form (demo account 4 is Bashir Hassan, a citizen); a published initiative with the
// published actions; the audit log, whole and filtered.
const MODERATOR_PAGES = [
  '/moderation',
  '/moderation/initiatives/4',
  '/notifications',
  '/moderation/reports',
  '/moderation/accounts/4',
  '/moderation/initiatives/1',
  '/moderation/log',
  '/moderation/log?action=suspend&target=account',
];

// The administrator's pages, and the pages a politician reads: the summary, as it opens and
// for a whole year narrowed to a goal (its charts and every table).
const ADMIN_PAGES = [
  '/admin',
  '/admin/accounts',
  '/admin/accounts?q=demo',
  '/admin/neighbourhoods',
  '/admin/goals',
  '/admin/settings',
  '/moderation/log',
  '/summary',
];
const POLITICIAN_PAGES = ['/summary', '/summary?period=year', '/summary?period=year&goal=1'];

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
          await waitUntilStarted(page);
        }
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectAccessible(page);
        noErrors();
      });
    }

    test('the pages behind emailed links have no violations', async ({ page }, testInfo) => {
      const noErrors = checkPageErrors(page, testInfo);
      const email = uniqueEmail(`axe-${lang}`, testInfo);
      await goTo(page, testInfo, '/register');
      await page.locator('#field-display_name').fill(`Axe ${lang}`);
      await page.locator('#field-email').fill(email);
      await page.locator('#field-password').fill(PASSWORD);
      await page.locator('#field-password_repeat').fill(PASSWORD);
      await page.locator('button[type=submit]').last().click();
      await expect(page.locator('h1')).toHaveText(lang === 'da' ? 'Se din e-mail' : 'Check your email');
      await expectAccessible(page);

      // The confirmation page, and "my account" after it with every new section.
      await goTo(page, testInfo, linkIn(await mailTo(email, 1), '/confirm/'));
      await expectAccessible(page);
      await page.locator('main button[type=submit]').click();
      await expect(page).toHaveURL(/\/account/);
      await expectAccessible(page);

      // The reset page, from the email.
      await goTo(page, testInfo, '/password/forgot');
      await page.locator('#field-email').fill(email);
      await page.locator('main button[type=submit]').click();
      await expect(page.locator('main [role=status]')).toBeVisible();
      await expectAccessible(page);
      await goTo(page, testInfo, linkIn(await mailTo(email, 2), '/password/reset/'));
      await expectAccessible(page);
      noErrors();
    });

    test('forms showing their errors have no violations', async ({ page }, testInfo) => {
      await page.goto('/register');
      if (jsEnabled(testInfo)) {
        await waitUntilStarted(page);
      }
      await page.locator('button[type=submit]').last().click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectAccessible(page);

      await page.goto('/login');
      if (jsEnabled(testInfo)) {
        await waitUntilStarted(page);
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
        await waitUntilStarted(page);
      }
      await page.locator('#field-email').fill('ayse@demo.forsamling.dk');
      await page.locator('#field-password').fill(DEMO_PASSWORD);
      await page.locator('button[type=submit]').last().click();
      await expect(page.locator('.link-button')).toBeVisible();
      await page.goto('/initiatives/1');
      if (jsEnabled(testInfo)) {
        await waitUntilStarted(page);
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
        await waitUntilStarted(page);
      }
      await page.locator('#field-email').fill('moderator@demo.forsamling.dk');
      await page.locator('#field-password').fill(DEMO_PASSWORD);
      await page.locator('button[type=submit]').last().click();
      await expect(page.locator('.link-button')).toBeVisible();
      await page.goto('/moderation/initiatives/4');
      if (jsEnabled(testInfo)) {
        await waitUntilStarted(page);
      }
      await page.locator('#decide-publish ~ form button[type=submit]').click();
      await expect(page.locator('#field-goals-error')).toBeVisible();
      await expectAccessible(page);
    });

    test('report queue answers, opened and showing their errors, have no violations', async ({ page }, testInfo) => {
      const noErrors = checkPageErrors(page, testInfo);
      await logInAs(page, testInfo, 'moderator@demo.forsamling.dk');
      await goTo(page, testInfo, '/moderation/reports');
      // The demo's reported advert: hiding it without a reason is refused.
      const advert = page.locator('li.card', { hasText: 'Sælger billige solbriller og ure.' });
      const hide = advert.locator('details:has(textarea[name=hide_reason])');
      await hide.locator('summary').click();
      await hide.locator('button[type=submit]').click();
      await expect(advert.locator('textarea[name=hide_reason]')).toHaveAttribute('aria-invalid', 'true');
      await expect(advert.locator('[role=alert]')).toBeVisible();
      await openAllDisclosures(page);
      await expectAccessible(page);

      // The writer's account, from the card, with the suspend form refused: a period but
      // no reason. (suspension.spec.ts checks the form without a period.)
      await advert.locator('a[href^="/moderation/accounts/"]').click();
      const suspend = page.locator('section[aria-labelledby=suspend]');
      await page.locator('#period-30').check();
      await suspend.locator('button[type=submit]').click();
      await expect(page.locator('#field-suspend_reason-error')).toBeVisible();
      await expect(page.locator('#field-suspend_reason')).toHaveAttribute('aria-invalid', 'true');
      await expect(suspend.locator('[role=alert]')).toBeVisible();
      await expectAccessible(page);
      noErrors();
    });

    test('published initiative forms showing their errors have no violations', async ({ page }, testInfo) => {
      const noErrors = checkPageErrors(page, testInfo);
      await logInAs(page, testInfo, 'moderator@demo.forsamling.dk');
      await goTo(page, testInfo, '/moderation/initiatives/1');
      // Changing the goals without a reason is refused; nothing changes.
      await page.locator('section[aria-labelledby=change-goals] button[type=submit]').click();
      await expect(page.locator('#field-goals_reason-error')).toBeVisible();
      await openAllDisclosures(page);
      await expectAccessible(page);
      noErrors();
    });

    test('pages as a suspended person sees them, and the log of it, have no violations', async ({ browser, page }, testInfo) => {
      test.setTimeout(120_000);
      const noErrors = checkPageErrors(page, testInfo);
      // A new citizen, in a browser of their own with the same language and scripts.
      const context = await browser.newContext({ javaScriptEnabled: true });
      if (lang === 'en') {
        await context.addCookies([{ name: 'lang', value: 'en', url: 'http://127.0.0.1' }]);
      }
      const citizen = await context.newPage();
      if (!jsEnabled(testInfo)) {
        await noScripts(citizen);
      }
      const noCitizenErrors = checkPageErrors(citizen, testInfo);
      const unique = `${testInfo.project.name}-${lang}-${Date.now().toString(36)}`;
      await goTo(citizen, testInfo, '/register');
      await citizen.locator('#field-display_name').fill(`Vibeke ${unique}`);
      await citizen.locator('#field-email').fill(`vibeke.${unique}@example.dk`);
      await citizen.locator('#field-password').fill(PASSWORD);
      await citizen.locator('#field-password_repeat').fill(PASSWORD);
      await citizen.locator('button[type=submit]').last().click();
      await expect(citizen.locator('main [role=status]')).toBeVisible();
      await goTo(citizen, testInfo, linkIn(await mailTo(`vibeke.${unique}@example.dk`, 1), '/confirm/'));
      await citizen.locator('main button[type=submit]').click();
      await expect(citizen.locator('.link-button')).toBeVisible();
      const text = `En grov kommentar (${unique})`;
      await goTo(citizen, testInfo, '/initiatives/2');
      await citizen.locator('.comment-form textarea').fill(text);
      await citizen.locator('.comment-form button[type=submit]').click();
      await expect(citizen.locator('article.comment', { hasText: text })).toBeVisible();

      // The moderator reports it, follows the card to the writer and suspends them.
      await logInAs(page, testInfo, 'moderator@demo.forsamling.dk');
      await goTo(page, testInfo, '/initiatives/2');
      const comment = page.locator('article.comment', { hasText: text });
      await comment.locator('summary').click();
      await comment.locator('textarea[name=report_reason]').fill('Grov.');
      await comment.locator('button[type=submit]').click();
      await expect(page.locator('.saved[role=status]')).toBeVisible();
      await goTo(page, testInfo, '/moderation/reports');
      await page.locator('li.card', { hasText: text }).locator('a[href^="/moderation/accounts/"]').click();
      await page.locator('#period-7').check();
      await page.locator('#field-suspend_reason').fill(`Grove kommentarer (${unique}).`);
      await page.locator('section[aria-labelledby=suspend] button[type=submit]').click();
      // The account page with the suspension in force and the lift form.
      await expect(page.locator('section[aria-labelledby=lift]')).toBeVisible();
      await expectAccessible(page);

      // What the suspended person sees: the banner on every page, a refused comment.
      for (const path of ['/', '/initiatives/2', '/account', '/notifications']) {
        await goTo(citizen, testInfo, path);
        await expect(citizen.locator('.notice-warning[role=status]')).toContainText(unique);
        await expectAccessible(citizen);
      }
      await goTo(citizen, testInfo, '/initiatives/2');
      await citizen.locator('.comment-form textarea').fill(`Igen (${unique})`);
      await citizen.locator('.comment-form button[type=submit]').click();
      await expect(citizen.locator('#comments [role=alert]').first()).toBeVisible();
      await expectAccessible(citizen);
      noCitizenErrors();
      await context.close();

      // The log, whole and filtered, now with rows in it.
      for (const path of ['/moderation/log', '/moderation/log?action=suspend']) {
        await goTo(page, testInfo, path);
        await expect(page.locator('table')).toContainText(unique);
        await expectAccessible(page);
      }
      noErrors();
    });

    for (const [who, email, pages] of [
      ['a staff member', 'admin@demo.forsamling.dk', LOGGED_IN_PAGES],
      ['the author of a waiting proposal', 'lars@demo.forsamling.dk', AUTHOR_PAGES],
      // Mette's published initiative, with the form that moves it to another time or place.
      ['the initiator of a published initiative', 'mette@demo.forsamling.dk', ['/initiatives/1', '/']],
      ['a moderator', 'moderator@demo.forsamling.dk', MODERATOR_PAGES],
      ['an administrator', 'admin@demo.forsamling.dk', ADMIN_PAGES],
      ['a politician', 'politiker@demo.forsamling.dk', POLITICIAN_PAGES],
    ] as const) {
      test(`pages for ${who} have no violations`, async ({ page }, testInfo) => {
        // One page after another, each started and scanned: longer than one flow.
        test.setTimeout(pages.length * 30_000 + 60_000);
        const noErrors = checkPageErrors(page, testInfo);
        await page.goto('/login');
        if (jsEnabled(testInfo)) {
          await waitUntilStarted(page);
        }
        await page.locator('#field-email').fill(email);
        await page.locator('#field-password').fill(DEMO_PASSWORD);
        await page.locator('button[type=submit]').last().click();
        await expect(page.locator('.link-button')).toBeVisible();
        for (const path of pages) {
          await page.goto(path);
          await expect(page.locator('h1')).toBeVisible();
          if (jsEnabled(testInfo)) {
            await waitUntilStarted(page);
          }
          await expectAccessible(page);
        }
        noErrors();
      });
    }

    test('administration forms, opened and showing their errors, have no violations', async ({ page }, testInfo) => {
      const noErrors = checkPageErrors(page, testInfo);
      await logInAs(page, testInfo, 'admin@demo.forsamling.dk');
      await goTo(page, testInfo, '/admin/neighbourhoods');
      // Adding a neighbourhood without a name is refused next to the field.
      await page
        .locator('form:has(input[name=residents]):not(:has(input[name=neighbourhood_id]))')
        .locator('button[type=submit]')
        .click();
      await expect(page.locator('.field-error').first()).toBeVisible();
      await openAllDisclosures(page);
      await expectAccessible(page);
      for (const path of ['/admin/accounts', '/admin/goals', '/admin/settings']) {
        await goTo(page, testInfo, path);
        await openAllDisclosures(page);
        await expectAccessible(page);
      }
      noErrors();
    });

    test('the summary with wrong dates shows its errors without violations', async ({ page }, testInfo) => {
      const noErrors = checkPageErrors(page, testInfo);
      await logInAs(page, testInfo, 'politiker@demo.forsamling.dk');
      await goTo(page, testInfo, '/summary?period=custom&from=2026-06-30&to=2026-06-01');
      await expect(page.locator('.field-error').first()).toBeVisible();
      await expectAccessible(page);
      noErrors();
    });
  });
}
