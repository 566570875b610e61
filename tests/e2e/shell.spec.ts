import { expect, test } from '@playwright/test';
import { openApp, presetPreferences, ROUTES } from './helpers';

test('the shell loads with a welcome, the areas and a way out', async ({ page }) => {
	await openApp(page);
	await expect(page).toHaveTitle('Waypoint');
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Waypoint' })).toBeVisible();
	await expect(page.getByTestId('quick-exit')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I need a moment' })).toBeVisible();
	for (const name of ['Notes', 'Plan', 'People', 'Goals', 'Practice', 'Help', 'Settings']) {
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })
		).toBeVisible();
	}
	await page.getByRole('button', { name: 'Maybe later' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible();
});

test('every area opens at its neutral address with its own screen', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	for (const path of ROUTES) {
		await openApp(page, path);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page).toHaveTitle('Waypoint');
		// Every area is built: no screen is a placeholder, and no text key shows instead of words
		// (i18next shows a missing key as its dotted name, e.g. "library.notOpened").
		await expect(page.getByText('still being built')).toHaveCount(0);
		await expect(page.locator('#main')).not.toContainText(
			/returned an object|\b[a-z]+\.[a-z]+[A-Z]\w*/
		);
	}
});

test('moving between areas does not pile up history entries', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page);
	const before = await page.evaluate(() => history.length);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
	await expect(page).toHaveURL(/\/notes$/);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Settings' })
		.click();
	await expect(page).toHaveURL(/\/settings$/);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('"I need a moment" opens over the screen and closes back to it', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/settings');
	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('quick-exit')).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('switching to Arabic sets the language and direction, and the layout mirrors', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openApp(page);
	const width = 390;
	const brandBefore = await page.locator('.brand').boundingBox();
	expect(brandBefore!.x).toBeLessThan(width / 2);

	await page.getByTestId('language').first().selectOption('ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('header nav a').first()).toHaveText(/[\u0600-\u06FF]/);

	// The header's start (the app name) moves to the right; the quick exit keeps its corner.
	const brandAfter = await page.locator('.brand').boundingBox();
	expect(brandAfter!.x + brandAfter!.width).toBeGreaterThan(width / 2);
	const exit = await page.getByTestId('quick-exit').boundingBox();
	expect(exit!.x + exit!.width).toBeGreaterThan(width - 20);
	expect(exit!.y).toBeLessThan(20);

	// The choice is kept on the device and applied at the next start.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('theme, text size and motion apply before the first paint', async ({ page }) => {
	await presetPreferences(page, {
		welcomed: true,
		theme: 'dark',
		textSize: 'larger',
		motion: 'reduce'
	});
	// Records the attributes the moment they are first set, and whether any of <body> existed yet.
	await page.addInitScript(() => {
		new MutationObserver((_records, observer) => {
			const root = document.documentElement;
			if (!root?.hasAttribute('data-motion')) return;
			(window as unknown as { firstLook: object }).firstLook = {
				theme: root.getAttribute('data-theme'),
				textSize: root.getAttribute('data-text-size'),
				motion: root.getAttribute('data-motion'),
				bodyParsed: document.body !== null
			};
			observer.disconnect();
		}).observe(document, { attributes: true, subtree: true });
	});
	await openApp(page);
	expect(await page.evaluate(() => (window as unknown as { firstLook: object }).firstLook)).toEqual(
		{
			theme: 'dark',
			textSize: 'larger',
			motion: 'reduce',
			bodyParsed: false
		}
	);
	const background = await page.evaluate(
		() => getComputedStyle(document.documentElement).backgroundColor
	);
	expect(background).toBe('rgb(18, 24, 25)');
});

test('settings change the look at once and keep it', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/settings');
	await page.getByLabel('High contrast').check();
	await page.getByLabel('Largest').check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await expect(page.getByLabel('High contrast')).toBeChecked();
});
