// A moderator suspends a citizen from the account page the report card links to: the
// citizen sees why on every page and cannot comment; the moderator lifts it and the citizen
// can take part again. JavaScript on and off.
import { expect, test } from '@playwright/test';
import {
  anotherPerson,
  commentsOf,
  expectNoReload,
  openInitiative,
  openReportQueue,
  postComment,
  register,
  reportCard,
  reportComment,
  stamp,
  uniqueEmail,
  visit,
} from './helpers';

// A newly registered citizen is suspended, never a demo account other tests use.
const INITIATIVE = 'Loppemarked i Hedemarken';
const SUSPENDED = 'Din konto er suspenderet. Du kan læse med, men ikke skrive, foreslå eller melde dig til.';

test('a moderator suspends a citizen, who cannot comment until it is lifted', async ({ browser, page }, testInfo) => {
  // Three people, each in a browser of their own.
  test.slow();
  const unique = stamp(testInfo);
  const citizen = `Troels ${unique}`;
  const rude = `I er nogle klovne allesammen (${unique})`;
  const reason = `Grove kommentarer om andre brugere (${unique}).`;
  await register(page, testInfo, citizen, uniqueEmail('troels', testInfo));
  await openInitiative(page, testInfo, INITIATIVE);
  await postComment(page, rude);

  const neighbour = await anotherPerson(browser, testInfo);
  await register(neighbour, testInfo, 'Nabo', uniqueEmail('nabo', testInfo));
  await openInitiative(neighbour, testInfo, INITIATIVE);
  await reportComment(neighbour, rude, 'Han kalder os klovne.');
  await neighbour.context().close();

  // From the report card to the writer's account.
  const moderator = await anotherPerson(browser, testInfo);
  await openReportQueue(moderator, testInfo);
  await reportCard(moderator, rude).getByRole('link', { name: 'Om skribenten og suspension' }).click();
  await expect(moderator.getByRole('heading', { level: 1, name: `Konto: ${citizen}` })).toBeVisible();
  await expect(moderator.getByText('Kontoen har aldrig været suspenderet.')).toBeVisible();

  const suspend = moderator.getByRole('region', { name: 'Suspender kontoen' });
  await suspend.getByRole('radio', { name: '7 døgn' }).check();
  await suspend.getByLabel('Begrundelse').fill(reason);
  await suspend.getByRole('button', { name: 'Suspender kontoen' }).click();
  await expect(
    moderator.getByRole('status').filter({ hasText: 'Kontoen er suspenderet, og personen har fået besked.' }),
  ).toBeVisible();
  const suspensions = moderator.getByRole('region', { name: 'Suspensioner' });
  await expect(suspensions.getByRole('listitem').filter({ hasText: 'Gælder nu' })).toContainText(reason);
  await expectNoReload(moderator, testInfo);

  // The citizen is told on every page, with the reason, and the comment form refuses.
  await openInitiative(page, testInfo, INITIATIVE);
  const banner = page.getByRole('status').filter({ hasText: SUSPENDED });
  await expect(banner).toContainText(reason);
  await expect(banner).toContainText('Suspensionen gælder til');
  const refused = `Undskyld, men I er stadig klovne (${unique})`;
  const comments = commentsOf(page);
  await comments.getByRole('textbox', { name: 'Din kommentar' }).fill(refused);
  await comments.getByRole('button', { name: 'Send kommentar' }).click();
  const answer = comments.getByRole('alert').filter({ hasText: SUSPENDED });
  await expect(answer.first()).toBeVisible();
  // Said once: two alerts with the same text are read out twice. Soft, so that the rest of
  // the path is still checked when it fails.
  await expect.soft(answer, 'the suspension message is shown once in the comments').toHaveCount(1);
  await expect(comments.getByRole('article').filter({ hasText: refused })).toHaveCount(0);
  await expectNoReload(page, testInfo);
  await page.getByRole('link', { name: 'Min konto' }).click();
  await expect(page.getByRole('status').filter({ hasText: SUSPENDED })).toContainText(reason);

  // The moderator lifts it.
  const lift = moderator.getByRole('region', { name: 'Ophæv suspensionen' });
  await lift.getByLabel('Note om valget').fill('Han har undskyldt over for naboerne.');
  await lift.getByRole('button', { name: 'Ophæv suspensionen' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Suspensionen er ophævet.' })).toBeVisible();
  await expect(suspensions.getByRole('listitem').filter({ hasText: reason })).toContainText('Ophævet');
  await expect(suspensions).not.toContainText('Gælder nu');
  await expect(moderator.getByRole('region', { name: 'Ophæv suspensionen' })).toHaveCount(0);
  await expectNoReload(moderator, testInfo);
  await moderator.context().close();

  // No banner any more, and the comment goes through.
  await openInitiative(page, testInfo, INITIATIVE);
  await expect(page.getByText('Din konto er suspenderet.')).toHaveCount(0);
  await postComment(page, `Undskyld for det, jeg skrev før (${unique})`);
  await expectNoReload(page, testInfo);
});

test('the suspend form asks for what is missing, next to its field', async ({ page }, testInfo) => {
  // The demo's advert writer, reached from the report card; nothing is changed here.
  await openReportQueue(page, testInfo);
  await reportCard(page, 'Sælger billige solbriller og ure.').getByRole('link', { name: 'Om skribenten og suspension' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Konto: Lars Nielsen' })).toBeVisible();
  const suspend = page.getByRole('region', { name: 'Suspender kontoen' });

  // A period but no reason: the reason is asked for, and the chosen period is kept.
  await suspend.getByRole('radio', { name: '30 døgn' }).check();
  await suspend.getByRole('button', { name: 'Suspender kontoen' }).click();
  await expect(suspend.getByRole('alert')).toContainText('Der er fejl i formularen');
  await expect(suspend.getByLabel('Begrundelse')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await expect(suspend.getByRole('radio', { name: '30 døgn' })).toBeChecked();
  await expectNoReload(page, testInfo);

  // Neither a period nor a reason: both are asked for, next to their fields.
  await visit(page, page.url().replace(/\?.*$/, ''), testInfo);
  await suspend.getByRole('button', { name: 'Suspender kontoen' }).click();
  await expect(suspend.getByRole('alert')).toContainText('Der er fejl i formularen');
  await expect(suspend.getByRole('group', { name: 'Hvor længe' })).toHaveAccessibleDescription(/\S/);
  await expect(suspend.getByLabel('Begrundelse')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await expect(page.getByText('Kontoen er suspenderet')).toHaveCount(0);
  await expectNoReload(page, testInfo);
});
