// A proposal to the council gets the municipality's answer: a citizen proposes it, a
// neighbour joins it as an observer, a moderator records the answer (a missing status is
// asked for first), and the neighbour finds it in their notifications and at the top of the
// initiative; the list finds it by its answer. JavaScript on and off.
import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  anotherPerson,
  expectAccessible,
  expectNoReload,
  jsEnabled,
  noScripts,
  propose,
  publishFromQueue,
  register,
  stamp,
  uniqueEmail,
  visit,
} from './helpers';

const FIRST_GOAL = 'Målsætning 1: Albertslundere er en del af givende mangfoldige fællesskaber';

test('a moderator answers a proposal and everyone taking part is told', async ({ browser, page }, testInfo) => {
  // Three people, each in a browser of their own.
  test.slow();
  const title = `Flere bænke ved søen ${stamp(testInfo)}`;
  const answerText = 'Byrådet har vedtaget forslaget. Der kommer fire nye bænke i foråret.';

  // A citizen proposes it to the council; a moderator publishes it.
  await register(page, testInfo, 'Hanne', uniqueEmail('hanne', testInfo));
  await propose(page, testInfo, title, 'Forslag til byrådet: flere bænke, så ældre kan holde pause.', 'Forslag til byrådet');
  const moderator = await anotherPerson(browser, testInfo);
  const reviewPath = await publishFromQueue(moderator, testInfo, title, FIRST_GOAL);

  // A neighbour joins as an observer; the page says an answer is awaited.
  const neighbour = await anotherPerson(browser, testInfo);
  await register(neighbour, testInfo, 'Bilal', uniqueEmail('bilal', testInfo));
  await visit(neighbour, '/initiatives', testInfo);
  await neighbour.getByRole('link', { name: title }).click();
  await expect(neighbour.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(neighbour.getByText('Kommunen har endnu ikke svaret.')).toBeVisible();
  await neighbour.getByRole('radio', { name: 'Observerende deltagelse' }).check();
  await neighbour.getByRole('button', { name: 'Meld mig til' }).click();
  await expect(neighbour.getByRole('status').filter({ hasText: 'Du er med. Tak!' })).toBeVisible();

  // The moderator records the answer; without a status the form asks for one and keeps the text.
  await visit(moderator, reviewPath, testInfo);
  const form = moderator.getByRole('region', { name: 'Kommunens svar' });
  await form.getByLabel('Svaret', { exact: true }).fill(answerText);
  await form.getByLabel('Dato for svaret').fill('2026-12-01');
  await form.getByLabel('Link til referatet').fill('https://albertslund.dk/referat/7');
  await form.getByRole('button', { name: 'Gem svaret' }).click();
  await expect(form.getByRole('alert')).toContainText('Der er fejl i formularen');
  await expect(form.getByLabel('Status', { exact: true })).toHaveAccessibleDescription(/Vælg en af mulighederne/);
  await expect(form.getByLabel('Svaret', { exact: true })).toHaveValue(answerText);
  await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Vedtaget' });
  await form.getByRole('button', { name: 'Gem svaret' }).click();
  await expect(
    moderator.getByRole('status').filter({ hasText: 'Svaret er gemt, og alle, der er med, har fået besked.' }),
  ).toBeVisible();
  await expect(form.getByLabel('Status', { exact: true })).toHaveValue('adopted');
  await expectNoReload(moderator, testInfo);
  await moderator.context().close();

  // The neighbour is told, and finds the answer at the top of the initiative.
  await visit(neighbour, '/my/participation', testInfo);
  await neighbour.getByRole('link', { name: /^Beskeder \(\d+\)$/ }).click();
  const told = `Kommunen har svaret på “${title}”: Vedtaget.`;
  await expect(neighbour.getByRole('listitem').filter({ hasText: told })).toBeVisible();
  await neighbour.getByRole('button', { name: `Åbn beskeden: ${told}` }).click();
  await expect(neighbour.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const answer = neighbour.getByRole('region', { name: 'Kommunens svar' });
  await expect(answer).toContainText('Vedtaget');
  await expect(answer).toContainText(answerText);
  await expect(answer.getByRole('link', { name: 'Læs referatet fra mødet' })).toHaveAttribute(
    'href',
    'https://albertslund.dk/referat/7',
  );
  await neighbour.context().close();

  // Anyone finds it in the list by its answer.
  await visit(page, '/initiatives', testInfo);
  await page.getByLabel('Kommunens svar').selectOption({ label: 'Vedtaget' });
  await page.getByRole('search').getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/answer=adopted/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('Kommunens svar: Vedtaget');
});

test('the answer and its form have no WCAG 2.1 AA violations', async ({ browser, page }, testInfo) => {
  // The demo's year of history has one answered proposal to the council.
  // axe runs in the page, so scripts stay on; without JavaScript the page's own are blocked.
  const readerContext = await browser.newContext({ javaScriptEnabled: true });
  const reader = await readerContext.newPage();
  if (!jsEnabled(testInfo)) await noScripts(reader);
  await reader.goto('/initiatives?answer=partly_adopted');
  await reader.getByRole('link', { name: 'Ungeråd: hvad mangler byen?' }).click();
  await expect(reader.getByRole('region', { name: 'Kommunens svar' })).toContainText('Delvist vedtaget');
  await expectAccessible(reader);
  const path = new URL(reader.url()).pathname;
  await readerContext.close();

  const moderatorContext = await browser.newContext({ javaScriptEnabled: true });
  const moderator = await moderatorContext.newPage();
  if (!jsEnabled(testInfo)) await noScripts(moderator);
  await moderator.goto('/login');
  await moderator.getByLabel('E-mail').fill('moderator@demo.forsamling.dk');
  await moderator.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await moderator.getByRole('button', { name: 'Log ind' }).last().click();
  await expect(moderator.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await moderator.goto(`/moderation${path}`);
  const form = moderator.getByRole('region', { name: 'Kommunens svar' });
  await expect(form.getByLabel('Status', { exact: true })).toHaveValue('partly_adopted');
  // A date in the future is refused next to the field; nothing else is lost.
  await form.getByLabel('Dato for svaret').fill('2999-01-01');
  await form.getByRole('button', { name: 'Gem svaret' }).click();
  await expect(form.getByLabel('Dato for svaret')).toHaveAccessibleDescription(/Datoen må ikke ligge ude i fremtiden/);
  await expectAccessible(moderator);
  await moderatorContext.close();
  void page;
});
