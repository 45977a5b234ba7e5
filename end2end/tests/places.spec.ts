// Places and the waiting list, and the similar initiatives offered while proposing. An
// organiser limits an event to one place; a neighbour takes it, the next goes on the
// waiting list, and when the first leaves the one waiting moves up and is told. JavaScript
// on and off.
import { expect, test } from '@playwright/test';
import {
  anotherPerson,
  expectAccessibleAsShown,
  expectNoReload,
  jsEnabled,
  mailTo,
  propose,
  publishFromQueue,
  register,
  stamp,
  uniqueEmail,
  visit,
} from './helpers';

const FIRST_GOAL = 'Målsætning 1: Albertslundere er en del af givende mangfoldige fællesskaber';

test('a full event puts the next on the waiting list, who moves up when someone leaves', async ({ browser, page }, testInfo) => {
  test.slow();
  const title = `Madlavning for to ${stamp(testInfo)}`;

  // The organiser proposes an event, a moderator publishes it, and the organiser limits it
  // to one place.
  await register(page, testInfo, 'Ole', uniqueEmail('ole', testInfo));
  await propose(page, testInfo, title, 'Vi laver mad sammen i fælleskøkkenet.', 'Arrangement');
  const moderator = await anotherPerson(browser, testInfo);
  await publishFromQueue(moderator, testInfo, title, FIRST_GOAL);
  await moderator.context().close();
  await visit(page, '/my/initiatives', testInfo);
  await page.getByRole('link', { name: title }).click();
  const places = page.getByRole('region', { name: 'Pladser' });
  await places.getByLabel('Antal pladser').fill('0');
  await places.getByRole('button', { name: 'Gem pladserne' }).click();
  await expect(places.getByLabel('Antal pladser')).toHaveAccessibleDescription(/Skriv et helt tal fra 1/);
  await places.getByLabel('Antal pladser').fill('1');
  await places.getByRole('button', { name: 'Gem pladserne' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Antallet af pladser er gemt.' })).toBeVisible();
  await expect(page.getByText('0 af 1 plads er taget.')).toBeVisible();
  await expectNoReload(page, testInfo);
  await expectAccessibleAsShown(page, testInfo);
  const initiativePath = new URL(page.url()).pathname;

  // The first neighbour takes the place.
  const first = await anotherPerson(browser, testInfo);
  await register(first, testInfo, 'Frida', uniqueEmail('frida', testInfo));
  await visit(first, initiativePath, testInfo);
  await first.getByRole('radio', { name: 'Aktiv deltagelse' }).check();
  await first.getByRole('button', { name: 'Meld mig til' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Du er med. Tak!' })).toBeVisible();
  await expect(first.getByText('1 af 1 plads er taget.')).toBeVisible();

  // The next is told it is full before joining, and goes on the waiting list.
  const next = await anotherPerson(browser, testInfo);
  const nextEmail = uniqueEmail('nikolaj', testInfo);
  await register(next, testInfo, 'Nikolaj', nextEmail);
  await visit(next, initiativePath, testInfo);
  await expect(next.getByText(/Der er ikke flere ledige pladser/)).toBeVisible();
  await next.getByRole('radio', { name: 'Aktiv deltagelse' }).check();
  await next.getByRole('button', { name: 'Meld mig til' }).click();
  await expect(next.getByRole('status').filter({ hasText: 'du står nu på ventelisten' })).toBeVisible();
  await expect(
    next.getByText('Du står som nummer 1 på ventelisten til at være med som: Aktiv deltagelse.'),
  ).toBeVisible();
  await expect(next.getByText('1 står på ventelisten.')).toBeVisible();
  await expectNoReload(next, testInfo);
  await expectAccessibleAsShown(next, testInfo);

  // The first leaves; the one waiting takes the place at once and is told.
  await first.getByRole('button', { name: 'Meld mig fra' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Du er meldt fra.' })).toBeVisible();
  await first.context().close();
  const mail = await mailTo(nextEmail, 2);
  expect(mail.subject).toContain(title);
  await visit(next, '/my/participation', testInfo);
  await next.getByRole('link', { name: /^Beskeder \(\d+\)$/ }).click();
  const told = `Der er blevet en plads til dig i “${title}”, og du er nu med.`;
  await next.getByRole('button', { name: `Åbn beskeden: ${told}` }).click();
  await expect(next.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(next.getByText('Du er med som: Aktiv deltagelse.')).toBeVisible();
  await expect(next.getByText('1 af 1 plads er taget.')).toBeVisible();
  await next.context().close();
});

test('similar initiatives are offered while proposing, and nothing typed is lost', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Signe', uniqueEmail('signe', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  const description = 'Et marked, hvor børn kan sælge deres gamle legetøj.';
  await page.getByLabel('Beskrivelse').fill(description);
  await page.getByLabel('Titel').fill('Loppemarked for børn');
  const check = page.getByRole('button', { name: 'Se, om der er noget, der ligner' });
  if (jsEnabled(testInfo)) {
    // The list follows the title as it is typed; the page's script needs no check step.
    await expect(check).toHaveCount(0);
  } else {
    await check.click();
    await expect(page).toHaveURL(/\/initiatives\/new\?/);
  }
  const offer = page.getByRole('region', { name: 'Måske kan du være med i …' });
  await expect(offer.getByRole('link', { name: /Loppemarked i Hedemarken/ })).toBeVisible();
  await expect(offer.getByRole('link', { name: /Loppemarked i Hedemarken/ })).toHaveAttribute('target', '_blank');
  await expect(page.getByLabel('Titel')).toHaveValue('Loppemarked for børn');
  await expect(page.getByLabel('Beskrivelse')).toHaveValue(description);
  await expectNoReload(page, testInfo);
  await expectAccessibleAsShown(page, testInfo);

  // A title like nothing published offers nothing.
  await page.getByLabel('Titel').fill('Xylofonkoncert');
  if (!jsEnabled(testInfo)) {
    await check.click();
    await expect(page.getByText('Vi fandt ikke noget, der ligner. Du kan sende dit forslag.')).toBeVisible();
  }
  await expect(offer).toHaveCount(0);

  // The proposal is still sent as written.
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: 'Arrangement' });
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page).toHaveURL(/\/my\/initiatives/);
  await expect(page.getByRole('link', { name: 'Xylofonkoncert' })).toBeVisible();
});

test('a recurring activity shows its rule and next time, and an end is asked for', async ({ page }, testInfo) => {
  await register(page, testInfo, 'Rasmus', uniqueEmail('rasmus', testInfo));
  await visit(page, '/initiatives/new', testInfo);
  await page.getByLabel('Titel').fill(`Strikkeklub ${stamp(testInfo)}`);
  await page.getByLabel('Beskrivelse').fill('Vi strikker og drikker kaffe.');
  await page.getByLabel('Hvad slags initiativ er det?').selectOption({ label: 'Fast aktivitet' });
  await page.getByLabel('Starter').fill('2027-03-02T17:00');
  await page.getByLabel('Gentages').selectOption({ label: 'Hver uge' });
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.getByLabel('Sidste gang, senest')).toHaveAccessibleDescription(/En gentagelse skal have en ende/);
  await expect(page.getByLabel('Gentages')).toHaveValue('weekly');
  await page.getByLabel('Sidste gang, senest').fill('2027-05-25');
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page).toHaveURL(/\/my\/initiatives/);
  await page.getByRole('link', { name: /Strikkeklub/ }).click();
  await expect(page.getByText('Hver tirsdag til og med 25. maj 2027')).toBeVisible();
  await expect(page.getByText(/Næste gang: 2\. marts 2027/)).toBeVisible();
  await expectAccessibleAsShown(page, testInfo);
});
