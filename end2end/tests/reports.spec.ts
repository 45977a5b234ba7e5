// The report queue: neighbours report a comment, three reports hide it until a moderator
// looks, and the moderator restores it, hides it with a reason the writer is told, or
// dismisses the reports. JavaScript on and off.
//
// Each test writes a comment of its own, as a newly registered citizen, so that the tests
// can run in parallel on one database. They write on the flea market (demo initiative 2),
// which has the demo's reported advert too; initiative 1's conversation is left as the
// comment tests expect it.
import { Browser, expect, Page, test, TestInfo } from '@playwright/test';
import {
  DEMO_PASSWORD,
  anotherPerson,
  commentsOf,
  expectNoReload,
  jsEnabled,
  logIn,
  openAnswer,
  openInitiative,
  openReportQueue,
  postComment,
  register,
  reportCard,
  reportComment,
  stamp,
  uniqueEmail,
} from './helpers';

const INITIATIVE = 'Loppemarked i Hedemarken';
const PENDING_REVIEW = 'Skjult, fordi flere har anmeldt det. En moderator ser på det.';

/** Three established neighbours (demo accounts, members for a year: reports from accounts
 *  younger than a day do not hide anything) report `text`, each in a browser of their own;
 *  after the third, the comment shows only that it waits for a moderator, to them and to
 *  its writer. */
const NEIGHBOURS = ['borger@demo.forsamling.dk', 'mette@demo.forsamling.dk', 'lars@demo.forsamling.dk'];
async function reportedThreeTimes(browser: Browser, page: Page, testInfo: TestInfo, writer: string, text: string) {
  for (const [n, reason] of ['Reklame.', 'Det er salg, ikke en kommentar.', 'Spam.'].entries()) {
    const neighbour = await anotherPerson(browser, testInfo);
    await logIn(neighbour, testInfo, NEIGHBOURS[n], DEMO_PASSWORD);
    await expect(neighbour.getByRole('button', { name: 'Log ud' })).toBeVisible();
    await openInitiative(neighbour, testInfo, INITIATIVE);
    await reportComment(neighbour, text, reason);
    if (n === 2) {
      const hidden = commentsOf(neighbour).getByRole('article').filter({ hasText: writer });
      await expect(hidden).toContainText(PENDING_REVIEW);
      await expect(hidden).not.toContainText(text);
      await expectNoReload(neighbour, testInfo);
    }
    await neighbour.context().close();
  }
  await openInitiative(page, testInfo, INITIATIVE);
  const mine = commentsOf(page).getByRole('article').filter({ hasText: writer });
  await expect(mine).toContainText(PENDING_REVIEW);
  await expect(mine).not.toContainText(text);
}

/** A moderator, in a browser of their own, finds `text` in the report queue, reported by
 *  `reporters` people, and hides it with `reason`; it leaves the queue. */
async function hideFromQueue(browser: Browser, testInfo: TestInfo, text: string, reporters: number, reason: string) {
  const moderator = await anotherPerson(browser, testInfo);
  await openReportQueue(moderator, testInfo);
  const card = reportCard(moderator, text);
  await expect(card.getByRole('heading', { name: `Anmeldt af ${reporters}` })).toBeVisible();
  const hide = await openAnswer(card, 'Skjul');
  await hide.getByLabel('Begrundelse').fill(reason);
  await hide.getByRole('button', { name: 'Skjul indholdet' }).click();
  await expect(
    moderator.getByRole('status').filter({ hasText: 'Indholdet er skjult, og forfatteren har fået besked.' }),
  ).toBeVisible();
  await expect(reportCard(moderator, text)).toHaveCount(0);
  await expectNoReload(moderator, testInfo);
  await moderator.context().close();
}

test('a comment reported by three people is hidden until a moderator restores it', async ({ browser, page }, testInfo) => {
  // Five people, each registering in a browser of their own.
  test.slow();
  const unique = stamp(testInfo);
  const writer = `Kasper ${unique}`;
  const text = `Køb mine gamle cykler billigt, ring nu! (${unique})`;
  await register(page, testInfo, writer, uniqueEmail('kasper', testInfo));
  await openInitiative(page, testInfo, INITIATIVE);
  await postComment(page, text);
  await reportedThreeTimes(browser, page, testInfo, writer, text);

  // The moderator finds it in the queue, reads it and the reasons, and shows it again.
  const moderator = await anotherPerson(browser, testInfo);
  await openReportQueue(moderator, testInfo);
  const card = reportCard(moderator, text);
  await expect(card).toContainText(PENDING_REVIEW);
  await expect(card).toContainText(`Skrevet af ${writer}`);
  await expect(card.getByRole('heading', { name: 'Anmeldt af 3' })).toBeVisible();
  await expect(card).toContainText('Det er salg, ikke en kommentar.');
  const restore = await openAnswer(card, 'Gendan');
  await restore.getByLabel('Bemærkning').fill('Et privat salg en enkelt gang er i orden.');
  await restore.getByRole('button', { name: 'Vis indholdet igen' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Indholdet kan ses igen.' })).toBeVisible();
  await expect(reportCard(moderator, text)).toHaveCount(0);
  await expectNoReload(moderator, testInfo);
  await moderator.context().close();

  // Everyone reads it again.
  await openInitiative(page, testInfo, INITIATIVE);
  // (Other tests' comments on the same initiative may be waiting for a moderator meanwhile.)
  const shown = commentsOf(page).getByRole('article').filter({ hasText: writer });
  await expect(shown).toContainText(text);
  await expect(shown).not.toContainText(PENDING_REVIEW);
});

test('a comment hidden by three reports stays hidden when a moderator hides it for good', async ({ browser, page }, testInfo) => {
  // Five people, each registering in a browser of their own.
  test.slow();
  const unique = stamp(testInfo);
  const writer = `Bjarke ${unique}`;
  const text = `Gratis iPhone til de første 10, klik her! (${unique})`;
  await register(page, testInfo, writer, uniqueEmail('bjarke', testInfo));
  await openInitiative(page, testInfo, INITIATIVE);
  await postComment(page, text);
  await reportedThreeTimes(browser, page, testInfo, writer, text);

  // The moderator agrees with the neighbours and hides it with a reason.
  await hideFromQueue(browser, testInfo, text, 3, 'Reklame og svindel hører ikke hjemme her.');

  // Now it says a moderator hid it, no longer that it waits for one.
  await openInitiative(page, testInfo, INITIATIVE);
  const hidden = commentsOf(page).getByRole('article').filter({ hasText: writer });
  await expect(hidden).toContainText('Skjult af en moderator.');
  await expect(hidden).not.toContainText(PENDING_REVIEW);
  await expect(hidden).not.toContainText(text);
});

test('a moderator hides a comment with a reason, and the writer reads the reason', async ({ browser, page }, testInfo) => {
  // Three people, each registering in a browser of their own.
  test.slow();
  const unique = stamp(testInfo);
  const writer = `Signe ${unique}`;
  const text = `Naboen i nummer 12 er en idiot (${unique})`;
  const reason = 'Vi skriver ikke om navngivne naboer på den måde. Skriv gerne igen i en venlig tone.';
  await register(page, testInfo, writer, uniqueEmail('signe', testInfo));
  await openInitiative(page, testInfo, INITIATIVE);
  await postComment(page, text);

  const neighbour = await anotherPerson(browser, testInfo);
  await register(neighbour, testInfo, 'Nabo', uniqueEmail('nabo', testInfo));
  await openInitiative(neighbour, testInfo, INITIATIVE);
  await reportComment(neighbour, text, 'Groft om en nabo.');
  await neighbour.context().close();

  // The moderator hides it with a reason.
  await hideFromQueue(browser, testInfo, text, 1, reason);

  // The page says a moderator hid it; the writer finds the reason among the messages.
  await openInitiative(page, testInfo, INITIATIVE);
  const hidden = commentsOf(page).getByRole('article').filter({ hasText: writer });
  await expect(hidden).toContainText('Skjult af en moderator.');
  await expect(hidden).not.toContainText(text);
  await page.getByRole('link', { name: 'Beskeder (1)' }).click();
  const message = page.getByRole('listitem').filter({ hasText: `En moderator har skjult dit indhold på "${INITIATIVE}".` });
  await expect(message).toContainText(reason);
  await expectNoReload(page, testInfo);
});

test('a moderator dismisses the reports on a comment and it leaves the queue', async ({ browser, page }, testInfo) => {
  // Three people, each registering in a browser of their own.
  test.slow();
  const unique = stamp(testInfo);
  const writer = `Ulla ${unique}`;
  const text = `Jeg synes, loppemarkedet skal ligge om søndagen (${unique})`;
  await register(page, testInfo, writer, uniqueEmail('ulla', testInfo));
  await openInitiative(page, testInfo, INITIATIVE);
  await postComment(page, text);

  const neighbour = await anotherPerson(browser, testInfo);
  await register(neighbour, testInfo, 'Nabo', uniqueEmail('nabo', testInfo));
  await openInitiative(neighbour, testInfo, INITIATIVE);
  await reportComment(neighbour, text, 'Jeg er uenig.');
  await neighbour.context().close();

  const moderator = await anotherPerson(browser, testInfo);
  await openReportQueue(moderator, testInfo);
  const card = reportCard(moderator, text);
  await expect(card).toContainText('Jeg er uenig.');
  const dismiss = await openAnswer(card, 'Afvis anmeldelserne');
  await dismiss.getByLabel('Bemærkning').fill('Uenighed er ikke en grund til at skjule noget.');
  await dismiss.getByRole('button', { name: 'Afvis anmeldelserne' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Anmeldelserne er afvist.' })).toBeVisible();
  await expect(reportCard(moderator, text)).toHaveCount(0);
  // Other reported items are still there: the demo's advert.
  await expect(reportCard(moderator, 'Sælger billige solbriller og ure.')).toBeVisible();
  await expectNoReload(moderator, testInfo);
  await moderator.context().close();

  // The comment was never hidden and stays.
  await openInitiative(page, testInfo, INITIATIVE);
  await expect(commentsOf(page).getByRole('article').filter({ hasText: writer })).toContainText(text);
});

test('hiding without a reason is refused next to the field, and what is typed next stays', async ({ page }, testInfo) => {
  // The demo's advert; nothing is changed here.
  await openReportQueue(page, testInfo);
  const card = reportCard(page, 'Sælger billige solbriller og ure.');
  const hide = await openAnswer(card, 'Skjul');

  // A slow connection: whatever the page loads from the report queue after this waits until
  // the moderator has typed (with JavaScript; without it nothing loads after the page).
  let release!: () => void;
  const slow = new Promise<void>((resolve) => (release = resolve));
  let reloads = 0;
  await page.route('**/api/report_queue*', async (route) => {
    reloads += 1;
    await slow;
    await route.continue();
  });

  await hide.getByRole('button', { name: 'Skjul indholdet' }).click();
  const reason = card.getByLabel('Begrundelse');
  await expect(reason).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByRole('alert')).toContainText('Begrundelse: Skriv noget i feltet.');
  await expectNoReload(page, testInfo);

  // The moderator reads the message and writes the reason; then the connection catches up.
  await reason.fill('Reklame for en butik hører ikke hjemme her.');
  const landed = reloads > 0 ? page.waitForResponse('**/api/report_queue*') : Promise.resolve();
  release();
  await landed;
  if (jsEnabled(testInfo)) {
    // Lets the page draw what it loaded.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await expect(card.getByLabel('Begrundelse')).toHaveValue('Reklame for en butik hører ikke hjemme her.');
});
