// A proposal's way through review: a citizen proposes, a moderator sends it back with a
// reason, the citizen reads the reason and resubmits, the moderator publishes it under a
// goal, and it appears in the public list filtered by that goal. JavaScript on and off.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoReload, logIn, register, uniqueEmail, visit } from './helpers';

const SECOND_GOAL =
  'Målsætning 2: Albertslundere styrker deres evne til at deltage i eller blive repræsenteret i det demokratiske liv';

test('a proposal is sent back, resubmitted and published under a goal', async ({ browser, page }, testInfo) => {
  const title = `Borgermøde om stierne ${testInfo.project.name} ${Date.now()}`;
  await register(page, testInfo, 'Sofie', uniqueEmail('sofie', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beskrivelse').fill('Et møde om stierne.');
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: 'Forslag til byrådet' });
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page).toHaveURL(/\/my\/initiatives/);

  // The moderator, in a browser of their own, sends it back.
  const context = await browser.newContext({ javaScriptEnabled: testInfo.project.name === 'js' });
  const moderator = await context.newPage();
  await logIn(moderator, testInfo, 'moderator@demo.forsamling.dk', DEMO_PASSWORD);
  await expect(moderator.getByRole('link', { name: 'Forslag til behandling' })).toBeVisible();
  await moderator.getByRole('link', { name: 'Forslag til behandling' }).click();
  await moderator.getByRole('link', { name: title }).click();
  await moderator.getByRole('button', { name: 'Send forslaget tilbage' }).click();
  await expect(moderator.getByLabel('Begrundelse').first()).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await moderator.getByLabel('Begrundelse').first().fill('Skriv hvornår og hvor mødet skal være.');
  await moderator.getByRole('button', { name: 'Send forslaget tilbage' }).click();
  await expect(moderator.getByRole('status')).toContainText('Forslaget er sendt tilbage');

  // The citizen is told, reads the reason and resubmits.
  await visit(page, '/my/initiatives', testInfo);
  await page.getByRole('link', { name: 'Beskeder (1)' }).click();
  await expect(page.getByText('Skriv hvornår og hvor mødet skal være.')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`Åbn beskeden: Dit forslag “${title}” er sendt tilbage`) }).click();
  await expect(page.getByText('Skriv hvornår og hvor mødet skal være.')).toBeVisible();
  await page.getByRole('link', { name: 'Ret forslaget' }).click();
  await page.getByLabel('Beskrivelse').fill('Et møde om stierne, torsdag kl. 19 på rådhuset.');
  await page.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect(page.getByText('Venter på en medarbejder').first()).toBeVisible();

  // The moderator publishes it under the second goal; nothing is published without a goal.
  // (The moderators' own menu has the same link; this is the one in the main menu.)
  await moderator.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag til behandling' }).click();
  await moderator.getByRole('link', { name: title }).click();
  await expect(moderator.getByText('torsdag kl. 19')).toBeVisible();
  await moderator.getByRole('button', { name: 'Offentliggør initiativet' }).click();
  await expect(moderator.getByText('Vælg mindst én målsætning.').first()).toBeVisible();
  await moderator.getByLabel('Note om valget').fill('Et møde hvor borgerne bliver hørt.');
  await moderator.getByRole('checkbox', { name: SECOND_GOAL }).check();
  await moderator.getByRole('button', { name: 'Offentliggør initiativet' }).click();
  await expect(moderator.getByRole('status')).toContainText('Initiativet er offentliggjort');
  await context.close();

  // Everyone finds it under that goal.
  await visit(page, '/initiatives', testInfo);
  await page.getByLabel('Målsætning i fællesskabspolitikken').selectOption({ label: SECOND_GOAL });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectNoReload(page, testInfo);
});
