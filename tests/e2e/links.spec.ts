import { expect, test, type Page } from '@playwright/test';
import { openApp, presetPreferences } from './helpers';

/** Adds a person on the map by hand, as a person would. */
async function addPerson(page: Page, name: string, safety: RegExp) {
	await openApp(page, '/people');
	await page.getByRole('link', { name: 'Add a person' }).click();
	await page.getByLabel('Name or nickname').fill(name);
	await page.getByRole('radio', { name: safety }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/people$/);
}

test('a sentence from Practice can be for someone on the map, and reaches the plan without a safety note', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await addPerson(page, 'Rosa', /^Safe/);
	await addPerson(page, 'Marco', /^Not safe/);

	// The sentence builder offers everyone on the map: boundaries matter most with the unsafe ones.
	await openApp(page, '/practice/4');
	for (let step = 0; step < 2; step++) await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('Build my sentence');
	const picker = page.getByLabel('Who is this boundary with? (optional)');
	await expect(picker.locator('option')).toHaveText(['No one in particular', 'Marco', 'Rosa']);
	await picker.selectOption({ label: 'Marco' });
	await page.getByLabel('When you…').fill('call me at night');
	await page.getByLabel('I need…').fill('you to stop');
	await page.getByRole('button', { name: 'Keep this sentence' }).click();
	const kept = page.getByTestId('kept-script');
	await expect(kept).toContainText('For Marco');
	await kept.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(page.getByTestId('script-status')).toHaveText(
		'Added to your plan, under “Things I can say”.'
	);

	// Rosa helps, until she no longer feels safe: only her entry carries the gentle note.
	await page.goto('/plan/edit?step=4');
	await page.getByRole('button', { name: 'Choose from my people' }).click();
	await page.getByRole('button', { name: 'Add Rosa' }).click();
	await openApp(page, '/people');
	await page.getByRole('button', { name: /^Rosa\. Safe\./ }).click();
	await page.getByTestId('person-panel').getByRole('link', { name: 'Open Rosa' }).click();
	await page.getByRole('radio', { name: /^Not sure/ }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	// In the plan the sentence for Marco stands on its own: the note is only about helpers.
	await openApp(page, '/plan');
	await expect(page.getByTestId('no-longer-safe')).toHaveCount(1);
	const help = page.getByTestId('plan-section').filter({ hasText: 'People I can ask for help' });
	await expect(help.getByTestId('no-longer-safe')).toHaveCount(1);
	const say = page.getByTestId('plan-section').filter({ hasText: 'Things I can say' });
	await expect(say).toContainText('When you call me at night, I need you to stop.');
	await expect(say.getByTestId('no-longer-safe')).toHaveCount(0);
	await page.goto('/plan/edit?step=4');
	await expect(page.getByTestId('no-longer-safe')).toHaveCount(1);
	for (let step = 4; step < 8; step++) {
		await page.getByRole('button', { name: 'Next', exact: true }).click();
	}
	await expect(page.getByRole('heading', { name: 'Things I can say' })).toBeVisible();
	await expect(page.getByTestId('plan-item')).toContainText(['When you call me at night']);
	await expect(page.getByTestId('no-longer-safe')).toHaveCount(0);

	// After a reload the sentence still knows who it is for, by id, with the name from the map.
	await openApp(page, '/practice/4');
	await expect(page.getByTestId('kept-script')).toContainText('For Marco');
});
