import { expect, test } from '@playwright/test';
import { axeViolations, openApp, presetPreferences, ROUTES } from './helpers';

const LOOKS = [
	{ language: 'en', theme: 'light' },
	{ language: 'en', theme: 'dark' },
	{ language: 'ar', theme: 'light' },
	{ language: 'ar', theme: 'dark' }
];

for (const look of LOOKS) {
	test(`axe finds no violations on any screen (${look.language}, ${look.theme})`, async ({
		page
	}) => {
		await presetPreferences(page, { welcomed: true, ...look });
		for (const path of ROUTES) {
			await openApp(page, path);
			await expect(page.locator('html')).toHaveAttribute('lang', look.language);
			expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
		}
	});
}

test('axe finds no violations on the first-run welcome, in English and Arabic', async ({
	page
}) => {
	for (const language of ['en', 'ar']) {
		await page.context().clearCookies();
		await presetPreferences(page, { language });
		await openApp(page, '/');
		await expect(page.getByTestId('welcome')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	}
});

test('axe finds no violations in the high-contrast theme, with "I need a moment" open', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, theme: 'contrast' });
	await openApp(page, '/');
	await page.getByRole('button', { name: 'I need a moment' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
