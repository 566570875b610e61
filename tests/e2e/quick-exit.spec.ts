import { expect, test, type Page } from '@playwright/test';
import { EXIT_SITES, openApp, presetPreferences, ROUTES } from './helpers';

interface SeenAtExit {
	exiting: boolean;
	visibility: string;
	text: string;
}

/**
 * Stands in for the exit destination, and reports what the page showed at the moment the navigation
 * away started (the Navigation API's navigate event fires in the same task as location.replace).
 */
async function stubDestination(page: Page): Promise<{ seen: Promise<SeenAtExit> }> {
	let resolveSeen!: (value: SeenAtExit) => void;
	const seen = new Promise<SeenAtExit>((resolve) => (resolveSeen = resolve));
	await page.exposeFunction('reportExit', (value: SeenAtExit) => resolveSeen(value));
	await page.addInitScript(() => {
		const report = (window as unknown as { reportExit: (v: object) => void }).reportExit;
		(window as unknown as { navigation: EventTarget }).navigation.addEventListener(
			'navigate',
			(event) => {
				const url = (event as Event & { destination: { url: string } }).destination.url;
				if (new URL(url).origin === location.origin) return;
				report({
					exiting: document.documentElement.hasAttribute('data-exiting'),
					visibility: getComputedStyle(document.body).visibility,
					text: document.body.innerText
				});
			}
		);
	});
	await page.route(EXIT_SITES, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>Weather</title><h1>Weather today</h1>'
		})
	);
	return { seen };
}

async function expectLeftFor(page: Page, seen: Promise<SeenAtExit>) {
	const atExit = await seen;
	expect(atExit.exiting).toBe(true);
	expect(atExit.text).toBe('');
	await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();
	expect(page.url()).toMatch(EXIT_SITES);
}

test.describe('quick exit on every screen', () => {
	for (const path of ROUTES) {
		test(`the button leaves ${path}, hiding everything before the navigation starts`, async ({
			page
		}) => {
			await presetPreferences(page, { welcomed: true });
			const { seen } = await stubDestination(page);
			await openApp(page, path);
			const button = page.getByTestId('quick-exit');
			const box = (await button.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
			await button.click();
			await expectLeftFor(page, seen);
		});

		test(`Shift three times leaves ${path}`, async ({ page }) => {
			await presetPreferences(page, { welcomed: true });
			const { seen } = await stubDestination(page);
			await openApp(page, path);
			await page.keyboard.press('Shift');
			await page.keyboard.press('Shift');
			await expect(page.locator('[aria-live="polite"]').first()).toHaveText(
				'Shift pressed. Press Shift once more to exit this page.'
			);
			await page.keyboard.press('Shift');
			await expectLeftFor(page, seen);
		});
	}
});

test('the first thing the keyboard reaches is the quick exit link', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	const { seen } = await stubDestination(page);
	await openApp(page, '/settings');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText(
		'Exit this page now (or press Shift three times)'
	);
	await page.keyboard.press('Enter');
	await expectLeftFor(page, seen);
});

test('typing capitals in a text box does not leave', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	let left = false;
	await page.route(EXIT_SITES, (route) => {
		left = true;
		return route.abort();
	});
	await openApp(page, '/settings');
	const field = page.getByLabel('Name shown on the browser tab');
	await field.click();
	await field.pressSequentially('My Shopping List For Today ABC');
	await page.waitForTimeout(300);
	expect(left).toBe(false);
	await expect(field).toHaveValue('My Shopping List For Today ABC');
});

test('the quick exit goes where the person chose', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await page.route('https://example.org/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<h1>Recipes</h1>' })
	);
	await openApp(page, '/settings');
	await page.getByLabel('Website that opens when you exit').fill('example.org/recipes');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Exit will now open https://example.org/recipes')).toBeVisible();
	await page.getByTestId('quick-exit').click();
	await expect(page).toHaveURL('https://example.org/recipes');
});

test('after an exit, Back shows nothing that was on screen', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await stubDestination(page);
	const canary = 'canary-quiet-harbour-5521';
	// Two entries of the app in this tab's history, as after opening it and then a bookmark.
	await openApp(page, '/');
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill(canary);
	await page.getByTestId('quick-exit').click();
	await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible();
	expect(new URL(page.url()).pathname).toBe('/');
	expect(await page.content()).not.toContain(canary);
	await expect(page.getByText(canary)).toHaveCount(0);
});

test('the exit also works inside a dialog', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	const { seen } = await stubDestination(page);
	await openApp(page, '/');
	await page.getByRole('button', { name: 'I need a moment' }).click();
	await page.getByRole('dialog').getByTestId('quick-exit').click();
	await expectLeftFor(page, seen);
});

test('"cover when I switch away" hides the screen as soon as the page is hidden', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, hideOnSwitch: true });
	await openApp(page, '/settings');
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(page.getByTestId('switch-cover')).toBeVisible();
	await expect(page.locator('.shell-content')).toBeHidden();
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
	});
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('without the option, switching away covers nothing', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/settings');
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	await expect(page.getByTestId('switch-cover')).toHaveCount(0);
});
