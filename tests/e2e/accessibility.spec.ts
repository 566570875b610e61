import { expect, test } from '@playwright/test';
import { axeViolations, openApp, presetPreferences, ROUTES } from './helpers';

const LOOKS = [
	{ language: 'en', theme: 'light' },
	{ language: 'en', theme: 'dark' },
	{ language: 'ar', theme: 'light' },
	{ language: 'ar', theme: 'dark' }
];

/** The routes grouped by area (their first path segment), so each test stays short. */
const AREAS = new Map<string, string[]>();
for (const path of ROUTES) {
	const area = path.split(/[/?]/)[1] || 'home';
	AREAS.set(area, [...(AREAS.get(area) ?? []), path]);
}

for (const look of LOOKS) {
	for (const [area, paths] of AREAS) {
		test(`axe finds no violations on the ${area} screens (${look.language}, ${look.theme})`, async ({
			page
		}) => {
			await presetPreferences(page, { welcomed: true, ...look });
			for (const path of paths) {
				await openApp(page, path);
				await expect(page.locator('html')).toHaveAttribute('lang', look.language);
				expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
			}
		});
	}
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

test('axe finds no violations on the journal with notes in it (English light, Arabic dark)', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.locator('#entry-title').fill('A calm evening');
	await page.locator('#entry-body').fill('Tea, a walk, and a long call with my sister.');
	await page.locator('input[name="feeling"][value="calm"]').check();
	await page.locator('#tag-input').fill('home');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('save-status')).not.toBeEmpty();
	await page.goto('/notes/write?t=2');
	await page.locator('#incident-what').fill('Someone waited outside the door.');
	await page.locator('#incident-when').fill('2026-03-03T21:15');
	await expect(page.getByTestId('save-status')).not.toBeEmpty();
	for (const [language, theme] of [
		['en', 'light'],
		['ar', 'dark']
	]) {
		await page.evaluate(
			([language, theme]) =>
				localStorage.setItem(
					'waypoint.preferences',
					JSON.stringify({ welcomed: true, language, theme })
				),
			[language, theme]
		);
		await openApp(page, '/notes');
		await expect(page.getByTestId('entry')).toHaveCount(2);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByTestId('entry').last().click();
		await expect(page.locator('#entry-body')).toHaveValue(/Tea, a walk/);
		expect(await axeViolations(page)).toEqual([]);
		await openApp(page, '/notes/print');
		await page.locator('input[type="checkbox"]').first().check();
		await expect(page.getByTestId('printout')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	}
});
