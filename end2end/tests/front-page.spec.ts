// The front page's week: what is coming up in the next seven days, and joining one of
// them with one click at the level one chooses. JavaScript on and off.
import { expect, test } from '@playwright/test';
import { register, uniqueEmail, visit } from './helpers';

const SOON = 'Sprogcafé for nye albertslundere';

test('the front page shows the week ahead and joins with one click', async ({ page }, testInfo) => {
  await visit(page, '/', testInfo);
  const week = page.getByRole('region', { name: 'Det sker den næste uge' });
  const card = week.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SOON }) });
  await expect(card).toBeVisible();
  // The demo's other initiatives start later than a week from now.
  await expect(week.getByRole('heading', { name: 'Loppemarked i Hedemarken' })).toHaveCount(0);
  await expect(card.getByRole('link', { name: 'Log ind for at være med' })).toBeVisible();

  await register(page, testInfo, 'Rasmus', uniqueEmail('rasmus', testInfo));
  await visit(page, '/', testInfo);
  const ways = card.getByRole('group', { name: `Vær med i “${SOON}” som` });
  await expect(ways.getByRole('button')).toHaveText([
    'Observerende deltagelse',
    'Aktiv deltagelse',
    'Medskabende deltagelse',
  ]);
  await ways.getByRole('button', { name: 'Aktiv deltagelse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SOON })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Du er med. Tak!' })).toBeVisible();
  await expect(page.getByText('Du er med som: Aktiv deltagelse.')).toBeVisible();

  await visit(page, '/', testInfo);
  await expect(card.getByText('Du er med som: Aktiv deltagelse.')).toBeVisible();
  await expect(card.getByRole('group')).toHaveCount(0);
});
