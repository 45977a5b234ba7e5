// What a moderator does with a published initiative: move it to another of the policy's
// goals with a reason, mark it carried out, and find both in the audit log, filtered by
// action. The initiators are told, and the public page shows the new state. JavaScript on
// and off.
//
// Each test publishes an initiative of its own first: marking a demo initiative carried out
// would close it for the other tests.
import { expect, test } from '@playwright/test';
import {
  anotherPerson,
  expectNoReload,
  propose,
  publishFromQueue,
  register,
  stamp,
  uniqueEmail,
  visit,
} from './helpers';

const FIRST_GOAL = 'Målsætning 1: Albertslundere er en del af givende mangfoldige fællesskaber';
const SECOND_GOAL =
  'Målsætning 2: Albertslundere styrker deres evne til at deltage i eller blive repræsenteret i det demokratiske liv';

test('a moderator changes the goals, marks it carried out, and the log lists both', async ({ browser, page }, testInfo) => {
  // Three people, each in a browser of their own.
  test.slow();
  const title = `Lektiecafé i Herstedvester ${stamp(testInfo)}`;
  const goalsReason = 'Caféen handler mest om at give børnene en stemme i skolen og kommunen.';
  const carriedOutNote = 'Caféen er kørt hele foråret. Tak til alle frivillige!';

  // A citizen proposes it; a moderator publishes it under the first goal.
  await register(page, testInfo, 'Nadia', uniqueEmail('nadia', testInfo));
  await propose(page, testInfo, title, 'Hjælp til lektier hver tirsdag på biblioteket.', 'Fast aktivitet');
  const moderator = await anotherPerson(browser, testInfo);
  await publishFromQueue(moderator, testInfo, title, FIRST_GOAL);

  // Later the moderator finds it again through the log of what was done.
  const moderatorPages = moderator.getByRole('navigation', { name: 'Moderatorernes sider' });
  await moderatorPages.getByRole('link', { name: 'Log over handlinger' }).click();
  const log = moderator.getByRole('table', { name: 'Log over handlinger' });
  await expect(log.getByRole('row').filter({ hasText: title })).toContainText('Offentliggjorde');
  await log.getByRole('link', { name: title }).click();
  await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(moderator.getByText('Status: Offentligt')).toBeVisible();

  // Change the goals: with none ticked and no reason, both are asked for.
  const goals = moderator.getByRole('region', { name: 'Skift målsætninger' });
  await expect(goals.getByRole('checkbox', { name: FIRST_GOAL })).toBeChecked();
  await goals.getByRole('checkbox', { name: FIRST_GOAL }).uncheck();
  await goals.getByRole('button', { name: 'Gem målsætningerne' }).click();
  await expect(goals.getByRole('alert')).toContainText('Der er fejl i formularen');
  await expect(goals.getByRole('group', { name: /Hvilke af fællesskabspolitikkens målsætninger/ })).toHaveAccessibleDescription(
    /Vælg mindst én målsætning/,
  );
  await expect(goals.getByLabel('Begrundelse')).toHaveAccessibleDescription(/Skriv noget i feltet/);
  await goals.getByRole('checkbox', { name: SECOND_GOAL }).check();
  await goals.getByLabel('Begrundelse').fill(goalsReason);
  await goals.getByRole('button', { name: 'Gem målsætningerne' }).click();
  await expect(
    moderator.getByRole('status').filter({ hasText: 'Målsætningerne er ændret, og initiativtagerne har fået besked.' }),
  ).toBeVisible();
  await expect(goals.getByRole('checkbox', { name: SECOND_GOAL })).toBeChecked();
  await expect(goals.getByRole('checkbox', { name: FIRST_GOAL })).not.toBeChecked();

  // Mark it carried out.
  const carryOut = moderator.getByRole('region', { name: 'Marker som gennemført' });
  await carryOut.getByLabel('Note om valget').fill(carriedOutNote);
  await carryOut.getByRole('button', { name: 'Marker som gennemført' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Initiativet er markeret som gennemført.' })).toBeVisible();
  await expect(moderator.getByText('Status: Gennemført')).toBeVisible();
  await expect(moderator.getByRole('region', { name: 'Marker som gennemført' })).toHaveCount(0);

  // The log lists both, newest first, with who and why; filtered by action, only one.
  await moderatorPages.getByRole('link', { name: 'Log over handlinger' }).click();
  const rows = log.getByRole('row').filter({ hasText: title });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Markerede som gennemført');
  await expect(rows.nth(0)).toContainText(carriedOutNote);
  await expect(rows.nth(1)).toContainText('Ændrede målsætninger');
  await expect(rows.nth(1)).toContainText(goalsReason);
  await expect(rows.nth(1)).toContainText('Mads Moderator');
  await expect(rows.nth(2)).toContainText('Offentliggjorde');

  await moderator.getByLabel('Handling', { exact: true }).selectOption({ label: 'Markerede som gennemført' });
  await moderator.getByRole('button', { name: 'Vis' }).click();
  await expect(moderator).toHaveURL(/action=carry_out/);
  await expect(moderator.getByLabel('Handling', { exact: true })).toHaveValue('carry_out');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Markerede som gennemført');
  await expect(log).not.toContainText('Ændrede målsætninger');
  await expect(log).not.toContainText('Offentliggjorde');

  await moderator.getByLabel('Handling', { exact: true }).selectOption({ label: 'Ændrede målsætninger' });
  await moderator.getByRole('button', { name: 'Vis' }).click();
  await expect(moderator).toHaveURL(/action=change_goals/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(goalsReason);
  await expect(log).not.toContainText('Markerede som gennemført');
  await expectNoReload(moderator, testInfo);
  await moderator.context().close();

  // The initiator is told of both, with the reason.
  await visit(page, '/my/initiatives', testInfo);
  await page.getByRole('link', { name: /^Beskeder \(\d+\)$/ }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: `Kommunens begrundelse: ${goalsReason}` }),
  ).toContainText(`Kommunen har ændret, hvilke målsætninger "${title}" hører under.`);
  await expect(page.getByRole('listitem').filter({ hasText: `"${title}" er markeret som gennemført.` })).toContainText(
    carriedOutNote,
  );

  // Everyone sees on the initiative's page that it was carried out, and under which goal.
  await page.getByRole('button', { name: `Åbn beskeden: "${title}" er markeret som gennemført. Tak for indsatsen!` }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const visitor = await browser.newPage({ javaScriptEnabled: testInfo.project.name === 'js' });
  await visitor.goto(new URL(page.url()).pathname);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole('link', { name: SECOND_GOAL })).toBeVisible();
  await expect(visitor.getByRole('link', { name: FIRST_GOAL })).toHaveCount(0);
  await expect(visitor.getByRole('main')).toContainText('Gennemført');
  await visitor.close();
});
