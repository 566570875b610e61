import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openApp, presetPreferences, setPasscode, unlock } from './helpers';

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

/** Opens "I need a moment", walks to the end of the calm place and types words there. */
async function calmWords(page: Page, words: string) {
	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await dialog.getByRole('button', { name: /Picture a calm place/ }).click();
	for (let step = 1; step <= 6; step++) {
		await dialog.getByRole('button', { name: 'Next', exact: true }).click();
	}
	await dialog.getByLabel('Some words for your calm place (optional)').fill(words);
	return dialog;
}

test('locking closes "I need a moment" and forgets the words typed in it', async ({ page }) => {
	const words = 'canary-lighthouse-meadow-204';
	await page.clock.install();
	await presetPreferences(page, { welcomed: true, autoLockMinutes: 1 });
	await openApp(page, '/');
	await setPasscode(page, 'paper boats drift');
	const dialog = await calmWords(page, words);

	// The person steps away with the dialog open; Waypoint locks itself.
	await page.clock.fastForward('01:10');
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	await expect(dialog).toHaveCount(0);
	await expect(page.getByText(words)).toHaveCount(0);
	expect(await page.content()).not.toContain(words);
	expect(
		await page.evaluate(
			(canary) =>
				[...document.querySelectorAll('textarea, input')].some((field) =>
					(field as HTMLInputElement).value.includes(canary)
				),
			words
		)
	).toBe(false);
	// The lock screen can be used: nothing sits over it.
	await unlock(page, 'paper boats drift');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.getByRole('button', { name: 'I need a moment' }).click();
	await expect(page.getByRole('button', { name: /Picture a calm place/ })).toBeVisible();
});

test('the cover on switching away hides "I need a moment" too, and Continue brings it back', async ({
	page
}) => {
	const words = 'canary-orchard-window-318';
	await presetPreferences(page, { welcomed: true, hideOnSwitch: true });
	await openApp(page, '/');
	const dialog = await calmWords(page, words);
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(page.getByTestId('switch-cover')).toBeVisible();
	await expect(dialog.getByLabel('Some words for your calm place (optional)')).toBeHidden();
	await expect(page.getByRole('heading', { name: 'A moment for you' })).toBeHidden();
	// The cover is on top of everything: what a click in its middle reaches is the cover.
	const onTop = await page.evaluate(() => {
		const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
		return !!hit?.closest('[data-testid="switch-cover"]');
	});
	expect(onTop).toBe(true);
	await expect(page.getByTestId('switch-cover').getByTestId('quick-exit')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
	});
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('switch-cover')).toHaveCount(0);
	await expect(dialog.getByLabel('Some words for your calm place (optional)')).toHaveValue(words);
});
