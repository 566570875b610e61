import { expect, test } from '@playwright/test';
import { openApp, presetPreferences } from './helpers';

test('after one visit, Waypoint starts and works with no network', async ({ page, context }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page);
	// The service worker has precached every file once it is active.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible();

	// A deep address opens from the cache too, straight to its screen.
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	// Another language, never loaded while online, is there offline as well.
	await page.getByTestId('language').first().selectOption('ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');

	// An address the app does not know falls back to the app shell rather than an error page.
	await page.goto('/somewhere-else');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.getByTestId('quick-exit')).toBeVisible();
});

test('the web app manifest makes Waypoint installable with a neutral name and icons', async ({
	page,
	request
}) => {
	await openApp(page);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({
		name: 'Waypoint',
		short_name: 'Waypoint',
		display: 'standalone',
		start_url: '/'
	});
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	const purposes = manifest.icons.map((icon: { purpose: string }) => icon.purpose);
	expect(purposes).toContain('maskable');
	for (const icon of manifest.icons as { src: string; type: string }[]) {
		const response = await request.get(icon.src);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain(icon.type.split('+')[0]);
	}
	// Chromium's own check: the manifest parses and is installable (CDP reports no errors).
	const session = await page.context().newCDPSession(page);
	const { errors } = await session.send('Page.getAppManifest');
	expect(errors).toEqual([]);
	const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
	// Test browsers run in an incognito profile, where Chromium never offers to install anything.
	const errorIds = installabilityErrors.map((error) => error.errorId);
	expect(errorIds.filter((id) => id !== 'in-incognito')).toEqual([]);
});
