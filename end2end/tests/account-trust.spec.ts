// What makes an account trustworthy, with JavaScript on and off: the address confirmed from
// the email the tests' own mail server received, a forgotten password reset from another
// email, the person's data downloaded, the account deleted, and an English-speaking
// initiator told of a request by email in English.
import { expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import {
  PASSWORD,
  confirmFromMail,
  linkIn,
  logIn,
  mailCount,
  mailTo,
  register,
  registerOnly,
  uniqueEmail,
  visit,
} from './helpers';

const NEW_PASSWORD = 'en helt ny og lang adgangskode';

test('register, confirm from the email, log out, forget the password, reset it from the email, log in', async ({ page }, testInfo) => {
  const email = uniqueEmail('glemsom', testInfo);
  await registerOnly(page, testInfo, 'Gitte Glemsom', email);
  // Not confirmed yet: logging in works, and says to confirm first.
  const confirmation = await mailTo(email, 1);
  expect(confirmation.subject).toContain('Bekræft');
  await confirmFromMail(page, testInfo, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // The link works once.
  await visit(page, linkIn(confirmation, '/confirm/'), testInfo);
  await expect(page.getByText('Linket er allerede brugt.')).toBeVisible();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Log ind' })).toBeVisible();

  await visit(page, '/login', testInfo);
  await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
  await expect(page.getByRole('heading', { name: 'Glemt adgangskode' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.getByRole('status')).toContainText('Hvis der er en konto med denne adresse');

  const reset = await mailTo(email, 2);
  expect(reset.body).toContain('Hvis det ikke var dig');
  await visit(page, linkIn(reset, '/password/reset/'), testInfo);
  await expect(page.getByRole('heading', { name: 'Vælg en ny adgangskode' })).toBeVisible();
  // A mismatch is said next to the field, and nothing changes.
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Gentag den nye adgangskode').fill('noget helt andet her');
  await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
  await expect(page.getByLabel('Gentag den nye adgangskode')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Gentag den nye adgangskode').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByRole('status').filter({ hasText: 'Din nye adgangskode er gemt' })).toBeVisible();

  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, testInfo, email, PASSWORD);
  await expect(page.getByLabel('Adgangskode')).toHaveAccessibleDescription('E-mail eller adgangskode er forkert.');
  await logIn(page, testInfo, email, NEW_PASSWORD);
  await expect(page.getByText('Velkommen tilbage, Gitte Glemsom.')).toBeVisible();
});

test('a stranger asking for a reset of an unknown address gets the same answer and no email', async ({ page }, testInfo) => {
  const nobody = uniqueEmail('ingen', testInfo);
  await visit(page, '/password/forgot', testInfo);
  await page.getByLabel('E-mail').fill(nobody);
  await page.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.getByRole('status')).toContainText('Hvis der er en konto med denne adresse');
  await page.waitForTimeout(500);
  expect(await mailCount(nobody)).toBe(0);
});

test('asking for too many links is refused with a translated message, and the form keeps the address', async ({ page }, testInfo) => {
  // At most three emails with a link to one address an hour (the default), whoever asks.
  const email = uniqueEmail('mange', testInfo);
  for (let n = 0; n < 3; n++) {
    await visit(page, '/password/forgot', testInfo);
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send mig et link' }).click();
    await expect(page.getByRole('status')).toContainText('Hvis der er en konto med denne adresse');
  }
  await visit(page, '/password/forgot', testInfo);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Send mig et link' }).click();
  await expect(page.getByRole('alert')).toContainText('Du har gjort det for mange gange lige nu.');
  await expect(page.getByLabel('E-mail')).toHaveValue(email);

  // The same in English. Switching language reloads the page without JavaScript, so ask again.
  await page.getByRole('button', { name: /English/ }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('alert')).toContainText('You have done this too many times just now.');
  await expect(page.getByLabel('Email')).toHaveValue(email);
});

test('a citizen downloads everything the platform holds about them', async ({ page }, testInfo) => {
  const email = uniqueEmail('data', testInfo);
  await register(page, testInfo, 'Dorte Data', email);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hent mine data' }).click(),
  ]);
  const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(data.profile.email).toBe(email);
  expect(data.profile.display_name).toBe('Dorte Data');
  expect(data.sessions.length).toBeGreaterThan(0);
  // Nothing secret: no password hash, no session key.
  expect(JSON.stringify(data)).not.toMatch(/argon2|password_hash/);
});

test('a citizen deletes the account, and can no longer log in', async ({ page }, testInfo) => {
  const email = uniqueEmail('farvel', testInfo);
  await register(page, testInfo, 'Frede Farvel', email);
  const password = page.getByLabel('Din adgangskode (for at bekræfte)');
  await password.fill('ikke min adgangskode');
  await page.getByRole('button', { name: 'Slet min konto' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Din adgangskode (for at bekræfte)').fill(PASSWORD);
  await page.getByRole('button', { name: 'Slet min konto' }).click();
  await expect(page.getByRole('status')).toContainText('Din konto er slettet.');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Log ind' })).toBeVisible();

  await logIn(page, testInfo, email, PASSWORD);
  await expect(page.getByLabel('Adgangskode')).toHaveAccessibleDescription('E-mail eller adgangskode er forkert.');
});

test('an English-speaking initiator is told of a request to join as initiator in English', async ({ page }, testInfo) => {
  // Ayşe (a demo account that reads English) runs the language café.
  const name = `Kasper ${testInfo.project.name} ${Date.now().toString(36)}`;
  await register(page, testInfo, name, uniqueEmail('kasper', testInfo));
  await visit(page, '/initiatives', testInfo);
  await page.getByRole('link', { name: 'Sprogcafé for nye albertslundere' }).click();
  await page.getByRole('button', { name: 'Bed om at blive initiativtager' }).click();
  await expect(page.getByText('Du har bedt om at blive initiativtager.')).toBeVisible();

  const deadline = Date.now() + 20_000;
  let told;
  while (!told && Date.now() < deadline) {
    const count = await mailCount('ayse@demo.forsamling.dk');
    for (let n = 1; n <= count && !told; n++) {
      const mail = await mailTo('ayse@demo.forsamling.dk', n);
      if (mail.subject.includes(name)) told = mail;
    }
    if (!told) await page.waitForTimeout(200);
  }
  expect(told, 'an email to Ayşe about the request').toBeTruthy();
  expect(told!.subject).toBe(`${name} would like to be an initiator of “Sprogcafé for nye albertslundere” with you. Answer on the initiative's page.`);
  expect(told!.body).toContain('Hello Ayşe');
  expect(told!.list_unsubscribe).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\//);
});
