// A citizen proposes an initiative and finds it under "my initiatives"; another citizen
// joins a published one, changes level and leaves. JavaScript on ("js") and off ("nojs").
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoReload, logIn, register, uniqueEmail, visit } from './helpers';

test('a citizen proposes an initiative and sees it waiting for review', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Ayşe', uniqueEmail('ayse', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  const title = `Gårdfest ${testInfo.project.name}`;
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beskrivelse').fill('Vi holder fest i gården.\n\nAlle naboer er velkomne.');
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: 'Arrangement' });
  await page.getByLabel('Bydel').selectOption({ label: 'Blokland' });
  await page.getByLabel(/Starter/).fill('2099-06-01T15:00');
  await page.getByLabel(/Slutter/).fill('2099-06-01T20:00');
  await page.getByLabel(/Sted/).fill('Gården ved blok 3');
  await page.getByLabel('Hvad har I brug for?').fill('En grill\nNogen der vil spille musik');
  await page.getByRole('button', { name: 'Send forslaget' }).click();

  await expect(page).toHaveURL(/\/my\/initiatives/);
  await expect(page.getByRole('status')).toContainText('Tak! Dit forslag er sendt');
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText('Venter på en medarbejder');
  await expectNoReload(page, testInfo);

  await card.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Kun du og kommunens medarbejdere kan se')).toBeVisible();
  await expect(page.getByText('Nogen der vil spille musik')).toBeVisible();
});

test('a proposal with mistakes comes back with the text kept', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Lars', uniqueEmail('lars', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  await page.getByLabel('Beskrivelse').fill('En <b>god</b> idé, men uden titel.');
  await page.getByLabel(/Starter/).fill('2099-06-01T15:00');
  await page.getByLabel(/Slutter/).fill('2099-06-01T14:00');
  await page.getByRole('button', { name: 'Send forslaget' }).click();

  await expect(page.getByRole('alert')).toContainText('Der er fejl i formularen');
  await expect(page.getByLabel('Titel')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await expect(page.getByLabel(/Slutter/)).toHaveAccessibleDescription(/Slut skal være efter start/);
  await expect(page.getByLabel('Hvad slags initiativ er det?')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Beskrivelse')).toHaveValue('En <b>god</b> idé, men uden titel.');
  await expect(page.getByLabel(/Starter/)).toHaveValue('2099-06-01T15:00');
  await expectNoReload(page, testInfo);
});

test('a citizen joins a published initiative, changes level and leaves', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Ole', uniqueEmail('ole', testInfo));
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Loppemarked i Hedemarken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Loppemarked i Hedemarken' })).toBeVisible();

  // Every open level is offered with the policy's meaning beside it.
  await expect(page.getByRole('radio', { name: 'Aktiv deltagelse' })).toHaveAccessibleDescription(/bager en kage/);
  await page.getByRole('radio', { name: 'Aktiv deltagelse' }).check();
  await page.getByRole('button', { name: 'Meld mig til' }).click();
  await expect(page.getByRole('status')).toHaveText('Du er med. Tak!');
  await expect(page.getByText('Du er med som: Aktiv deltagelse.')).toBeVisible();
  await expectNoReload(page, testInfo);

  // As an active participant, offer to take a need, then take the offer back.
  const tables = page.getByRole('listitem').filter({ hasText: 'Borde og stole' });
  await tables.getByRole('button', { name: 'Jeg tager den' }).click();
  await expect(tables.getByText('Du har tilbudt at tage den. Tak!')).toBeVisible();
  await tables.getByRole('button', { name: 'Jeg tager den ikke alligevel' }).click();
  await expect(tables.getByRole('button', { name: 'Jeg tager den', exact: true })).toBeVisible();

  await page.getByRole('radio', { name: 'Medskabende deltagelse' }).check();
  await page.getByRole('button', { name: 'Skift måde' }).click();
  await expect(page.getByText('Du er med som: Medskabende deltagelse.')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Det er jeg med i' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Loppemarked i Hedemarken' })).toContainText(
    'Du er med som: Medskabende deltagelse.',
  );
  await page.getByRole('link', { name: 'Loppemarked i Hedemarken' }).click();

  await page.getByRole('button', { name: 'Meld mig fra' }).click();
  await expect(page.getByRole('status')).toHaveText('Du er meldt fra.');
  await expect(page.getByRole('button', { name: 'Meld mig til' })).toBeVisible();
  await expectNoReload(page, testInfo);
});

test('a visitor is asked to log in to take part', async ({ page }, testInfo) => {
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' }).click();
  await page.getByRole('link', { name: 'Log ind for at være med' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
});

test('a visitor searches and filters the list, and the address keeps the filters', async ({ page }, testInfo) => {
  await visit(page, '/initiatives', testInfo);
  await page.getByLabel('Søg').fill('loppemarkeder');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/q=loppemarkeder/);
  await expect(page.getByRole('link', { name: 'Loppemarked i Hedemarken' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' })).toHaveCount(0);
  await expectNoReload(page, testInfo);

  await page.getByLabel('Søg').fill('');
  await page.getByLabel('Bydel').selectOption({ label: 'Hele byen' });
  await page.getByLabel('Slags').selectOption({ label: 'Fast aktivitet' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/neighbourhood=town/);
  await expect(page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Loppemarked i Hedemarken' })).toHaveCount(0);

  // The address alone brings back the same list, for sharing.
  await page.goto(page.url());
  await expect(page.getByLabel('Slags')).toHaveValue('activity');
  await expect(page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' })).toBeVisible();

  // Filter by the policy's second goal: only the language café is tied to it.
  await visit(page, '/initiatives', testInfo);
  await page
    .getByLabel('Målsætning i fællesskabspolitikken')
    .selectOption({
      label: 'Målsætning 2: Albertslundere styrker deres evne til at deltage i eller blive repræsenteret i det demokratiske liv',
    });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/goal=\d+/);
  await expect(page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' })).toHaveCount(0);
  await expectNoReload(page, testInfo);

  // The detail page names its goals and links to the list filtered by each.
  await page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' }).click();
  await page.getByRole('link', { name: /^Målsætning 1: Albertslundere er en del af/ }).click();
  await expect(page.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' })).toBeVisible();
  await expect(page.getByLabel('Målsætning i fællesskabspolitikken')).toHaveValue(/\d+/);
});

test('an initiator withdraws an initiative with a reason', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Pia', uniqueEmail('pia', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  const title = `Aflyses ${testInfo.project.name}`;
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beskrivelse').fill('Det bliver nok ikke til noget.');
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: 'Idé til byen' });
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await page.getByRole('link', { name: title }).click();

  await page.getByRole('button', { name: 'Træk tilbage' }).click();
  await expect(page.getByLabel('Begrundelse')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await page.getByLabel('Begrundelse').fill('Vi fandt ikke et lokale.');
  await page.getByRole('button', { name: 'Træk tilbage' }).click();
  await expect(page.getByText('Initiativet er trukket tilbage.')).toBeVisible();
  await expect(page.getByText('Vi fandt ikke et lokale.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Træk tilbage' })).toHaveCount(0);
  await expectNoReload(page, testInfo);
});

test('an author edits a waiting proposal', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Nora', uniqueEmail('nora', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  const title = `Første udkast ${testInfo.project.name}`;
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Beskrivelse').fill('Et udkast.');
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: 'Idé til byen' });
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await page.getByRole('link', { name: title }).click();

  await page.getByRole('link', { name: 'Ret forslaget' }).click();
  await expect(page.getByLabel('Titel')).toHaveValue(title);
  await expect(page.getByLabel('Hvad slags initiativ er det?')).toHaveValue('idea');
  await page.getByLabel('Titel').fill('');
  await page.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect(page.getByLabel('Titel')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await expect(page.getByLabel('Beskrivelse')).toHaveValue('Et udkast.');

  const better = `Bedre titel ${testInfo.project.name}`;
  await page.getByLabel('Titel').fill(better);
  await page.getByRole('button', { name: 'Gem ændringerne' }).click();
  await expect(page.getByRole('status')).toHaveText('Dine ændringer er gemt.');
  await expect(page.getByRole('heading', { level: 1, name: better })).toBeVisible();
  await expectNoReload(page, testInfo);
});

test('a participant asks to become an initiator and an initiator accepts', async ({ browser, page }, testInfo) => {
  const name = `Rasmus ${testInfo.project.name}`;
  await register(page, testInfo, name, uniqueEmail('rasmus', testInfo));
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' }).click();
  await page.getByRole('button', { name: 'Bed om at blive initiativtager' }).click();
  await expect(page.getByText('Du har bedt om at blive initiativtager.')).toBeVisible();
  await expectNoReload(page, testInfo);

  // Mette, who started it, answers in her own browser.
  const mette = await browser.newPage();
  await logIn(mette, testInfo, 'mette@demo.forsamling.dk', DEMO_PASSWORD);
  await expect(mette.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await visit(mette, '/initiatives', testInfo);
  await mette.getByRole('link', { name: 'Fællesspisning i Kanalens Kvarter' }).click();
  const request = mette.getByRole('listitem').filter({ hasText: name });
  await request.getByRole('button', { name: 'Sig ja' }).click();
  await expect(mette.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
  await expect(mette.locator('dd').filter({ hasText: name })).toBeVisible();
  await mette.close();

  await page.reload();
  await expect(page.getByText('Du er med som: Initiativtager.')).toBeVisible();
});

test('a citizen reports an initiative with a reason', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Kim', uniqueEmail('kim', testInfo));
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' }).click();
  await page.getByText('Anmeld initiativet til kommunen').click();
  const report = page.locator('details').filter({ hasText: 'Anmeld initiativet til kommunen' });
  await report.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await expect(report.getByLabel('Hvad er der galt?')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await report.getByLabel('Hvad er der galt?').fill('Det ligner reklame.');
  await report.getByRole('button', { name: 'Send anmeldelsen' }).click();
  await expect(page.getByRole('status')).toHaveText('Tak. En medarbejder ser på din anmeldelse.');
});
