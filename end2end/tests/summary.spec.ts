// A politician reads the engagement summary: opens it, chooses another period and a
// neighbourhood, and downloads a table as CSV. Citizens are not let in. JavaScript on and
// off (the choice is a GET form, so the address holds it either way).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'fs';
import { DEMO_PASSWORD, expectNoReload, logIn, register, uniqueEmail, visit } from './helpers';

test('a politician changes the period and the neighbourhood and downloads a table', async ({ page }, testInfo) => {
  await logIn(page, testInfo, 'politiker@demo.forsamling.dk', DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: 'Overblik' })).toBeVisible();
  await page.getByRole('link', { name: 'Overblik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overblik over deltagelsen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deltagelsestrappen' })).toBeVisible();
  // The demo's history lies within the last year, so the whole year shows real numbers.
  const periodSentence = page.getByText(/^Perioden .* sammenlignet med/);
  const thirtyDays = (await periodSentence.textContent()) ?? '';
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'De seneste 365 dage (et år)' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/period=year/);
  // The address changes before the new figures arrive; the form is drawn again with them,
  // so wait for them before choosing anything else in it.
  await expect(periodSentence).not.toHaveText(thirtyDays);
  const headline = page.getByRole('table', { name: 'Hovedtal' });
  // The demo has enough people in a year for the count to be shown as a number.
  const participants = headline.getByRole('row', { name: /^Deltagere/ });
  await expect(participants.getByRole('cell').first()).toHaveText(/^\d+$/);
  await expect(page.getByText('Alle initiativer i kommunen.')).toBeVisible();
  // Each chart is named by the sentence beside it.
  await expect(page.getByRole('img', { name: /Deltagere efter højeste trin/ })).toBeVisible();

  // Narrow it to where initiatives are held.
  await page.getByLabel('Hvor initiativet holdes').selectOption({ label: 'Hedemarken' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/neighbourhood=\d+/);
  await expect(page.getByLabel('Hvor initiativet holdes')).toHaveValue(/\d+/);
  // The page (and so its printout) says what it covers.
  await expect(page.getByText('Kun initiativer, der holdes i Hedemarken.')).toBeVisible();

  // Chosen dates: a wrong order is told next to the field, and the choice is kept.
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Valgte datoer' });
  await page.getByLabel('Fra dato').fill('2026-06-30');
  await page.getByLabel('Til og med dato').fill('2026-06-01');
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page.getByLabel('Til og med dato')).toHaveAccessibleDescription(/Slut skal være efter start/);
  await page.getByLabel('Til og med dato').fill('2026-12-31');
  await page.getByLabel('Fra dato').fill('2026-01-01');
  await page.getByRole('button', { name: 'Vis' }).click();
  // Dates in words on the page; the CSV keeps ISO dates.
  await expect(page.getByText(/Perioden 1. januar 2026 – 31. december 2026/)).toBeVisible();

  // Download the neighbourhood table.
  const downloading = page.waitForEvent('download');
  await page
    .locator('section', { has: page.getByRole('heading', { name: 'Efter bydel' }) })
    .getByRole('link', { name: 'Hent tabellen som CSV' })
    .click();
  const download = await downloading;
  // Still narrowed to Hedemarken, and the file's name says so.
  expect(download.suggestedFilename()).toMatch(/^forsamling-neighbourhoods-2026-01-01-2026-12-31-neighbourhood\d+\.csv$/);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  // The byte-order mark makes a spreadsheet read the file as UTF-8 (æ, ø, å).
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
  expect(lines[0]).toContain('Bydel');
  const hedemarken = lines.find((line) => line.includes('Hedemarken'));
  // From, to (ISO dates), the name, then the residents as a number.
  expect(hedemarken).toMatch(/^2026-01-01,2026-12-31,Hedemarken,\d+,/);
  expect(text).toContain('Herstedøster');
  expect(text).not.toContain('@demo.forsamling.dk');
  await expectNoReload(page, testInfo);
});

test('a citizen cannot read the summary or its tables', async ({ page, request }, testInfo) => {
  await register(page, testInfo, 'Jens', uniqueEmail('jens', testInfo));
  await expect(page.getByRole('link', { name: 'Overblik' })).toHaveCount(0);
  await visit(page, '/summary', testInfo);
  await expect(page.getByRole('alert')).toContainText('Du har ikke adgang');
  const csv = await page.request.get('/summary/csv/headline');
  expect(csv.status()).toBe(403);
  const anonymous = await request.get('/summary/csv/headline');
  expect(anonymous.status()).toBe(401);
});

// The summary's wide tables scroll inside their own box; the page itself never scrolls
// sideways on a phone. (The visually hidden "fewer than 5" labels once escaped the tables'
// box and made the page 3,300 px wide, so that taps landed on the wrong element.)
for (const width of [320, 390]) {
  test(`the summary fits a ${width} px screen without sideways scrolling`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    await logIn(page, testInfo, 'politiker@demo.forsamling.dk', DEMO_PASSWORD);
    await expect(page.getByRole('link', { name: 'Overblik' })).toBeVisible();
    await visit(page, '/summary?period=year', testInfo);
    await expect(page.getByRole('heading', { name: 'Deltagelsestrappen' })).toBeVisible();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(widths.body).toBeLessThanOrEqual(widths.screen);
    // The meeting table is wider than the screen and scrolls in its own box.
    const meeting = page.locator('.table-scroll', { has: page.locator('table.matrix') }).first();
    await expect(meeting).toBeVisible();
    const box = await meeting.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  });
}

test('the summary prints with whose it is, the period in words and the rules', async ({ page }, testInfo) => {
  await logIn(page, testInfo, 'politiker@demo.forsamling.dk', DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: 'Overblik' })).toBeVisible();
  await visit(page, '/summary?period=custom&from=2025-12-01&to=2026-11-30', testInfo);
  await expect(page.getByText(/^Perioden 1\. december 2025 – 30\. november 2026, sammenlignet med/)).toBeVisible();
  if (testInfo.project.name === 'js') {
    // The print button opens the browser's dialog; it is there only when scripts run.
    await expect(page.getByRole('button', { name: 'Udskriv oversigten' })).toBeVisible();
  } else {
    await expect(page.getByRole('button', { name: 'Udskriv oversigten' })).toHaveCount(0);
  }
  await page.emulateMedia({ media: 'print' });
  // On paper the site's header is left out; the municipality's name is printed instead.
  await expect(page.locator('.summary-municipality')).toBeVisible();
  await expect(page.locator('.summary-municipality')).toHaveText('Albertslund Kommune');
  await expect(page.getByRole('button', { name: 'Udskriv oversigten' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Deltagelsestrappen' })).toBeVisible();
  await expect(page.getByText(/færre end 5/).first()).toBeAttached();
});

test('the last whole calendar year is compared with the year before, and a goal says what it cannot count', async ({ page }, testInfo) => {
  await logIn(page, testInfo, 'politiker@demo.forsamling.dk', DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: 'Overblik' })).toBeVisible();
  await visit(page, '/summary', testInfo);
  await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Det seneste hele kalenderår' });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/period=last-year/);
  // Calendar years in Copenhagen time; the previous period is the whole year before, not
  // 365 days.
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date())) - 1;
  await expect(
    page.getByText(`Perioden 1. januar ${year} – 31. december ${year}, sammenlignet med 1. januar ${year - 1} – 31. december ${year - 1}.`),
  ).toBeVisible();
  // The figures may be a few minutes old (they are precomputed); the page says when.
  await expect(page.getByText(/^Tallene er opgjort \d+\. [a-zæøå]+ \d{4} kl\. \d\d\.\d\d\./)).toBeVisible();

  // Under a goal, proposals never published have no goal: "proposed" and the review
  // figures say they cannot be counted instead of showing 0.
  await visit(page, '/summary?period=year', testInfo);
  await page.getByLabel('Målsætning i fællesskabspolitikken').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Vis' }).click();
  await expect(page).toHaveURL(/goal=\d+/);
  const proposed = page.getByRole('table', { name: 'Hovedtal' }).getByRole('row', { name: /^Foreslået/ });
  await expect(proposed.getByRole('cell').first()).toHaveText('kan ikke opgøres');
  await expect(page.getByText(/^Under en målsætning kan afgørelserne og ventetiden ikke opgøres/)).toBeVisible();
  const moderation = page.getByRole('table', { name: 'Behandling af forslag' });
  await expect(moderation.getByRole('row', { name: /^Offentliggjort/ }).getByRole('cell').first()).toHaveText(/^\d+$/);
  // The measures of meeting across are there with their rule.
  await expect(page.getByRole('row', { name: /^Chancen for, at to deltagere bor i hver sin bydel/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Meldt til eller gået et trin op/ })).toBeVisible();
});
