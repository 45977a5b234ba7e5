// Initiatives in one's own calendar: a visitor downloads one initiative's calendar file, and
// a neighbour who joined an event makes the private address of their own calendar and finds
// the event there; a new address ends the old one. JavaScript on and off.
import { expect, test } from '@playwright/test';
import { expectNoReload, openInitiative, register, uniqueEmail, visit } from './helpers';
import { readFile } from 'node:fs/promises';

test('a visitor downloads an initiative for their calendar', async ({ page }, testInfo) => {
  await openInitiative(page, testInfo, 'Loppemarked i Hedemarken');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Føj til min kalender' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^initiativ-\d+\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('BEGIN:VTIMEZONE');
  expect(text).toContain('SUMMARY:Loppemarked i Hedemarken');
  expect(text).toMatch(/DTSTART;TZID=Europe\/Copenhagen:\d{8}T170000/);
  expect(text).toContain('STATUS:CONFIRMED');
  // The page is still the page: the file did not replace it.
  await expect(page.getByRole('heading', { level: 1, name: 'Loppemarked i Hedemarken' })).toBeVisible();
});

test('a neighbour subscribes to what they take part in, and can renew the address', async ({ page }, testInfo) => {
  test.slow();
  await register(page, testInfo, 'Yasmin', uniqueEmail('yasmin', testInfo));
  await openInitiative(page, testInfo, 'Loppemarked i Hedemarken');
  await page.getByRole('radio', { name: 'Observerende deltagelse' }).check();
  await page.getByRole('button', { name: 'Meld mig til' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Du er med. Tak!' })).toBeVisible();

  await visit(page, '/account', testInfo);
  const calendar = page.getByRole('region', { name: 'Din kalender' });
  await calendar.getByRole('button', { name: 'Lav en adresse til min kalender' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Din kalender har fået en ny adresse.' })).toBeVisible();
  const field = calendar.getByRole('textbox', { name: 'Adresse til din kalender' });
  await expect(field).toHaveValue(/\/calendar\/mine\/[0-9a-f]{64}\.ics$/);
  await expect(field).toHaveAccessibleDescription(/Del den ikke/);
  const address = await field.inputValue();
  const feed = await page.request.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const text = await feed.text();
  expect(text).toContain('X-WR-CALNAME:Forsamlingshuset: det er jeg med i');
  expect(text).toContain('SUMMARY:Loppemarked i Hedemarken');

  // A new address; the old one stops working.
  await calendar.getByRole('button', { name: /Lav en ny adresse/ }).click();
  await expect(field).not.toHaveValue(address);
  expect((await page.request.get(address)).status()).toBe(404);
  expect((await page.request.get(await field.inputValue())).status()).toBe(200);
  await expectNoReload(page, testInfo);
});
