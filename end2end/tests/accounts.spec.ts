// A citizen's path through the account pages, with JavaScript on (project "js") and off
// (project "nojs"): register, log out, log in, a wrong password, change language, change
// name and password.
import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  PASSWORD,
  expectNoReload,
  jsEnabled,
  logIn,
  register,
  uniqueEmail,
  visit,
} from './helpers';

test('a new citizen registers, is logged in and sees the account', async ({ page }, testInfo) => {
  const email = uniqueEmail('mette', testInfo);
  await register(page, testInfo, 'Mette Jensen', email);
  await expectNoReload(page, testInfo);
  await expect(page.getByRole('heading', { level: 1, name: 'Min konto' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Min konto' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
});

test('registration errors stand next to their fields and keep what was typed', async ({ page }, testInfo) => {
  await visit(page, '/register', testInfo);
  await page.getByLabel('Navn', { exact: true }).fill('Aïcha <b>fed</b>');
  await page.getByLabel('E-mail', { exact: true }).fill('ikke-en-adresse');
  await page.getByLabel('Adgangskode', { exact: true }).fill('kort');
  await page.getByLabel('Gentag adgangskoden').fill('kort');
  await page.getByRole('button', { name: 'Opret konto' }).click();

  const email = page.getByLabel('E-mail', { exact: true });
  await expect(page.getByRole('alert')).toContainText('Der er fejl i formularen');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Skriv en e-mailadresse/);
  await expect(page.getByLabel('Adgangskode', { exact: true })).toHaveAccessibleDescription(/mindst 12 tegn/);
  // What was typed is still there, shown as text. The server never sends a password back:
  // after a plain post the field is empty; with JavaScript the page was never left.
  await expect(email).toHaveValue('ikke-en-adresse');
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Aïcha <b>fed</b>');
  await expect(page.getByLabel('Adgangskode', { exact: true })).toHaveValue(jsEnabled(testInfo) ? 'kort' : '');
  await expectNoReload(page, testInfo);

  // The summary links to the field.
  await page.getByRole('alert').getByRole('link', { name: /E-mail/ }).click();
  await expect(page).toHaveURL(/#field-email$/);
});

test('a citizen logs out and logs in again', async ({ page }, testInfo) => {
  const email = uniqueEmail('lars', testInfo);
  await register(page, testInfo, 'Lars', email);
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Log ind' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  await expectNoReload(page, testInfo);

  await logIn(page, testInfo, email, PASSWORD);
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Fælles om byen' })).toBeVisible();
  await expect(page.getByText('Velkommen tilbage, Lars.')).toBeVisible();
  await expectNoReload(page, testInfo);
});

test('a wrong password is refused with the email kept', async ({ page }, testInfo) => {
  await logIn(page, testInfo, 'borger@demo.forsamling.dk', 'helt forkert adgangskode');
  const password = page.getByLabel('Adgangskode');
  await expect(password).toHaveAccessibleDescription('E-mail eller adgangskode er forkert.');
  await expect(page.getByLabel('E-mail')).toHaveValue('borger@demo.forsamling.dk');
  await expect(password).toHaveValue(jsEnabled(testInfo) ? 'helt forkert adgangskode' : '');
  await expect(page.getByRole('button', { name: 'Log ud' })).toHaveCount(0);
  await expectNoReload(page, testInfo);
});

test('log-in from the account page returns there', async ({ page }, testInfo) => {
  await visit(page, '/account', testInfo);
  await expect(page.getByText('Du skal være logget ind')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Log ind' }).click();
  await page.getByLabel('E-mail').fill('mette@demo.forsamling.dk');
  await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).last().click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('mette@demo.forsamling.dk')).toBeVisible();
});

test('the language switch turns the site English and back', async ({ page }, testInfo) => {
  await visit(page, '/', testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Together for our town');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expectNoReload(page, testInfo);

  // The choice holds on the next page.
  await page.getByRole('link', { name: 'Create account' }).first().click();
  await expect(page.getByRole('heading', { name: 'Create account' })).toBeVisible();
  await expect(page.getByLabel('Repeat the password')).toBeVisible();

  await page.getByRole('button', { name: /Dansk/ }).click();
  await expect(page.getByRole('heading', { name: 'Opret konto' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test('a citizen changes name, neighbourhood and password', async ({ page }, testInfo) => {
  const email = uniqueEmail('ole', testInfo);
  await register(page, testInfo, 'Ole', email);
  await page.getByLabel('Navn', { exact: true }).fill('Ole Hansen');
  await page.getByLabel(/Bydel/).selectOption({ label: 'Hedemarken' });
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Dine oplysninger er gemt.');
  await expect(page.locator('dd').filter({ hasText: 'Hedemarken' })).toBeVisible();
  await expect(page.locator('dd').filter({ hasText: 'Ole Hansen' })).toBeVisible();

  await page.getByLabel('Nuværende adgangskode').fill('forkert adgangskode her');
  await page.getByLabel('Ny adgangskode', { exact: true }).fill('min nye lange adgangskode');
  await page.getByLabel('Gentag den nye adgangskode').fill('min nye lange adgangskode');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.getByLabel('Nuværende adgangskode')).toHaveAccessibleDescription(
    'Den nuværende adgangskode er forkert.',
  );

  await page.getByLabel('Nuværende adgangskode').fill(PASSWORD);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill('min nye lange adgangskode');
  await page.getByLabel('Gentag den nye adgangskode').fill('min nye lange adgangskode');
  await page.getByRole('button', { name: 'Skift adgangskode' }).click();
  await expect(page.getByRole('status')).toContainText('Din adgangskode er skiftet');
  await expectNoReload(page, testInfo);

  await page.getByRole('button', { name: 'Log ud' }).click();
  await logIn(page, testInfo, email, 'min nye lange adgangskode');
  await expect(page.getByRole('button', { name: 'Log ud' })).toBeVisible();
});

test('an unknown address shows a page that leads home', async ({ page }, testInfo) => {
  const response = await page.goto('/findes-ikke');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Siden findes ikke' })).toBeVisible();
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.getByRole('heading', { name: 'Fælles om byen' })).toBeVisible();
});

test('the keyboard reaches the skip link first and it moves to the content', async ({ page }, testInfo) => {
  await visit(page, '/', testInfo);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til indholdet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
