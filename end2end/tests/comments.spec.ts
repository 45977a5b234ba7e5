// Citizens talk about an initiative: comment, reply, edit, delete, report, and (with
// JavaScript) see others' new comments arrive without reloading. JavaScript on and off.
import { expect, test } from '@playwright/test';
import { anotherPerson, commentsOf, expectNoReload, jsEnabled, postComment, register, uniqueEmail, visit, waitUntilStarted } from './helpers';

// Each project writes on its own initiative, so that one run's comments do not change the
// page the other is working on.
const OWN_INITIATIVE: Record<string, string> = {
  js: 'Sprogcafé for nye albertslundere',
  nojs: 'Loppemarked i Hedemarken',
};

test('a citizen comments, replies, edits and deletes', async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  await register(page, testInfo, `Bo ${project}`, uniqueEmail('bo', testInfo));
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: OWN_INITIATIVE[project] }).click();
  const comments = page.getByRole('region', { name: /Kommentarer/ });

  // An empty comment comes back with the message next to the field.
  await comments.getByRole('button', { name: 'Send kommentar' }).click();
  await expect(comments.getByLabel('Din kommentar')).toHaveAccessibleDescription(/Skriv noget i feltet/);

  const text = `Jeg tager kage med (${project} ${Date.now()})`;
  await comments.getByLabel('Din kommentar').fill(text);
  await comments.getByRole('button', { name: 'Send kommentar' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Din kommentar er sendt.' })).toBeVisible();
  const thread = comments.getByRole('listitem').filter({ hasText: text });
  await expect(thread.getByRole('article').first()).toContainText(`Bo ${project}`);
  await expectNoReload(page, testInfo);

  // Reply to it.
  await thread.getByText('Svar', { exact: true }).click();
  await thread.getByLabel('Dit svar').fill('Og jeg tager saftevand med.');
  await thread.getByRole('button', { name: 'Send svar' }).click();
  await expect(thread.getByRole('list', { name: `Svar til Bo ${project}` })).toContainText(
    'Og jeg tager saftevand med.',
  );

  // Edit it: a mistake first, then the fix; the page says it was edited.
  const mine = thread.getByRole('article').first();
  await mine.getByText('Ret', { exact: true }).click();
  await mine.getByLabel('Din kommentar').fill('');
  await mine.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(mine.getByLabel('Din kommentar')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  const edited = `${text}, og kaffe`;
  await mine.getByLabel('Din kommentar').fill(edited);
  await mine.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Din kommentar er rettet.' })).toBeVisible();
  const editedThread = comments.getByRole('listitem').filter({ hasText: edited });
  await expect(editedThread.getByRole('article').first()).toContainText('redigeret');

  // Delete it: the reply stays, under a placeholder.
  await editedThread.getByRole('article').first().getByText('Slet', { exact: true }).click();
  await editedThread.getByRole('button', { name: 'Ja, slet kommentaren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Din kommentar er slettet.' })).toBeVisible();
  const kept = comments.getByRole('listitem').filter({ hasText: 'Og jeg tager saftevand med.' }).first();
  await expect(kept).toContainText('Kommentaren er slettet.');
  await expect(comments).not.toContainText(edited);
  await expectNoReload(page, testInfo);
});

test('a citizen reports a comment with a reason', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Rikke', uniqueEmail('rikke', testInfo));
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' }).click();
  const question = page.getByRole('article').filter({ hasText: 'Må man tage sine børn med?' });
  await question.getByText('Anmeld', { exact: true }).click();
  await question.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await expect(question.getByLabel('Hvad er der galt?')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await question.getByLabel('Hvad er der galt?').fill('Personlige oplysninger om børn.');
  await question.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tak. En medarbejder ser på din anmeldelse.' })).toBeVisible();
  await expectNoReload(page, testInfo);
});

test('a visitor reads the conversation and is asked to log in to join it', async ({ page }, testInfo) => {
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' }).click();
  const comments = page.getByRole('region', { name: /Kommentarer/ });
  const soup = comments.getByRole('listitem').filter({ hasText: 'stor gryde suppe' });
  await expect(soup.getByRole('list', { name: 'Svar til Lars' })).toContainText('Lav gerne en uden kød');
  await expect(soup).toContainText('Initiativtager');
  await expect(comments.getByRole('link', { name: 'Log ind for at kommentere' })).toBeVisible();
  await expect(comments.getByRole('button', { name: 'Send kommentar' })).toHaveCount(0);
});

test('new comments appear without reloading', async ({ browser, page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'without JavaScript a page shows what was there when it loaded');
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' }).click();
  await expect(page.getByRole('region', { name: /Kommentarer/ })).toBeVisible();

  const neighbour = await anotherPerson(browser, testInfo);
  await register(neighbour, testInfo, 'Nabo', uniqueEmail('nabo', testInfo));
  await visit(neighbour, '/initiatives/1', testInfo);
  const text = `Vi kommer også! (${Date.now()})`;
  await postComment(neighbour, text);
  await neighbour.context().close();

  await expect(page.getByRole('article').filter({ hasText: text })).toBeVisible({ timeout: 25_000 });
  await expectNoReload(page, testInfo);
});

test('a comment typed while the page is still loading is kept when it starts', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'without JavaScript the page never starts; the plain form keeps the text');
  await register(page, testInfo, 'Utålmodig', uniqueEmail('utaalmodig', testInfo));
  // Hold the WebAssembly back until the text is typed, as on a slow connection.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.wasm(\?.*)?$/, async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/initiatives/1');
  const text = `Skrevet før siden var klar (${Date.now()})`;
  await commentsOf(page).getByRole('textbox', { name: 'Din kommentar' }).fill(text);
  release();
  await waitUntilStarted(page);
  await expect(commentsOf(page).getByRole('textbox', { name: 'Din kommentar' })).toHaveValue(text);
  await page.unroute(/\.wasm(\?.*)?$/);
  await postComment(page, text);
});
