import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('a step kept on home shows while the first-run welcome is still open', async ({ page }) => {
	await openApp(page, '/goals/edit');
	await page.getByLabel('My goal, in my own words').fill('A place of my own');
	await page.getByLabel('A new step').fill('Ask about the housing list');
	await page.getByRole('button', { name: 'Add step' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	const goal = page.getByTestId('goal').filter({ hasText: 'A place of my own' });
	await goal.getByRole('checkbox', { name: /^Keep on home.*Ask about the housing list/ }).check();

	await page.getByRole('link', { name: 'Waypoint', exact: true }).click();
	await expect(page.getByTestId('welcome')).toBeVisible();
	await expect(page.getByTestId('kept-steps')).toContainText('Ask about the housing list');
});

test('choosing a prompt with a content note puts the note away', async ({ page }) => {
	await openApp(page, '/notes/write');
	await page.getByRole('button', { name: 'Choose a prompt' }).click();
	await page.getByLabel('Kind of prompt').selectOption('feelings');
	await page.getByRole('button', { name: /memory that keeps coming back/ }).click();
	const offered = page.getByRole('group', { name: 'Before you start' });
	await expect(offered).toBeVisible();
	await offered.getByRole('button', { name: 'Write about this' }).click();
	await expect(page.getByTestId('chosen-prompt')).toContainText('memory that keeps coming back');
	await expect(offered).toHaveCount(0);
});

test('the notes filter has a name of its own', async ({ page }) => {
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill('A few words.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/notes');
	await expect(page.getByRole('group', { name: 'Narrow down the notes' })).toHaveCount(1);
});
