import { expect, test } from '@playwright/test';
import { axeViolations, openApp, presetPreferences } from './helpers';

test('"I need a moment" from the editor while typing: a breathing round, then back, draft intact', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	const words = page.getByLabel('Your words');
	await words.pressSequentially('I was in the middle of writing', { delay: 5 });
	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await dialog.getByRole('button', { name: /Breathe slowly/ }).click();
	await dialog.getByLabel('Even (in 4, out 4)').check();
	await dialog.getByRole('button', { name: 'Start' }).click();
	await expect(dialog.getByText('Breathe in')).toBeVisible();
	await expect(dialog.getByTestId('breathing-shape')).toBeVisible();
	await expect(dialog.getByText('Breathe out')).toBeVisible({ timeout: 6_000 });
	await expect(dialog.getByText('Round 2 of 5')).toBeVisible({ timeout: 6_000 });
	expect(await dialog.getByTestId('breathing-count').innerText()).toMatch(/^[1-4]$/);
	expect(await axeViolations(page)).toEqual([]);
	await dialog.getByRole('button', { name: 'Stop' }).click();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(words).toHaveValue('I was in the middle of writing');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
});

test('5-4-3-2-1 grounding works with the keyboard alone, and saves nothing', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await page.getByRole('button', { name: 'I need a moment' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: /Notice what is around me/ }).focus();
	await page.keyboard.press('Enter');
	for (const [count, answer] of [
		['five', 'window, cup, plant, door, lamp'],
		['four', 'floor'],
		['three', 'rain'],
		['two', 'soap'],
		['one', 'tea']
	]) {
		await expect(dialog.getByTestId('senses-step')).toContainText(count!);
		await expect(dialog.getByTestId('senses-step')).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.type(answer!);
		await page.keyboard.press('Tab');
		if (count !== 'five') await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveText('Next');
		await page.keyboard.press('Enter');
	}
	await expect(dialog.getByText('You noticed what is around you')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await dialog.getByRole('button', { name: 'Back to where I was' }).focus();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	const stored = await page.evaluate(async () => {
		const dbs = await indexedDB.databases();
		return JSON.stringify(dbs) + JSON.stringify(localStorage);
	});
	expect(stored).not.toContain('window, cup');
});

test('with reduced motion, breathing uses words and a count, with no animation', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, motion: 'reduce' });
	await openApp(page, '/');
	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await dialog.getByRole('button', { name: /Breathe slowly/ }).click();
	await dialog.getByRole('button', { name: 'Start' }).click();
	await expect(dialog.getByText('Breathe in')).toBeVisible();
	await expect(dialog.getByTestId('breathing-count')).toHaveText(/^[1-4]$/);
	await expect(dialog.getByTestId('breathing-shape')).toHaveCount(0);
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('the calm place: a short guided picture, and the person’s own words kept if they like', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar', theme: 'dark' });
	await openApp(page, '/');
	await page.locator('header button').first().click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('.tool').nth(2).click();
	for (let step = 1; step <= 6; step++) {
		await expect(dialog.getByTestId('calm-step')).toBeVisible();
		await dialog.getByTestId('calm-step').locator('xpath=following-sibling::button').click();
	}
	await dialog.locator('#calm-words').fill('شاطئ هادئ عند الغروب');
	await dialog
		.locator('#calm-words')
		.locator('xpath=../following-sibling::div//button')
		.first()
		.click();
	await expect(dialog.getByRole('status')).not.toBeEmpty();
	expect(await axeViolations(page)).toEqual([]);
	await page.reload();
	await page.locator('header button').first().click();
	await page.getByRole('dialog').locator('.tool').nth(2).click();
	for (let step = 1; step <= 6; step++) {
		await page
			.getByRole('dialog')
			.getByTestId('calm-step')
			.locator('xpath=following-sibling::button')
			.click();
	}
	await expect(page.getByRole('dialog').locator('#calm-words')).toHaveValue('شاطئ هادئ عند الغروب');
});
