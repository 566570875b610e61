import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browser.mjs';
import { EXIT_SITES, openApp, presetPreferences, setPasscode, unlock } from './helpers';

// Playwright turns the back/forward cache off by default; a person's browser has it on.
test.use({
	launchOptions: {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		ignoreDefaultArgs: ['--disable-back-forward-cache']
	}
});

const CANARY = 'canary-still-pond-7730';
const PASSCODE = 'amber gate pillow';

/** Stands in for the exit destination and for an everyday page on another site. */
async function standIns(page: Page) {
	await page.route(EXIT_SITES, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<title>Weather</title><h1>Weather today</h1>'
		})
	);
	await page.route('https://example.org/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Recipes</title><h1>Recipes</h1>' })
	);
}

function inWaypoint(page: Page, origin: string) {
	return new URL(page.url()).origin === origin;
}

/** Moves through the app the way a person does: links, and screens that move on after saving. */
async function walkThroughTheApp(page: Page) {
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Notes' }).click();
	await page.getByRole('link', { name: 'Write something new' }).click();
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByTestId('entry')).toContainText(CANARY);

	await nav.getByRole('link', { name: 'People' }).click();
	await page.getByRole('link', { name: 'Add a person' }).click();
	await page.getByLabel('Name or nickname').fill(`${CANARY} person`);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/people$/);

	await nav.getByRole('link', { name: 'Goals' }).click();
	await page.getByRole('link', { name: 'Take a check' }).click();
	await page.getByTestId('check-area').first().getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/goals$/);

	await nav.getByRole('link', { name: 'Practice' }).click();
	await nav.getByRole('link', { name: 'Help' }).click();
	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog', { name: 'A moment for you' });
	await dialog.getByRole('button', { name: /Picture a calm place/ }).click();
	for (let step = 1; step <= 6; step++) {
		await dialog.getByRole('button', { name: 'Next', exact: true }).click();
	}
	await dialog.getByRole('button', { name: 'Look at my plan' }).click();
	await expect(page).toHaveURL(/\/plan$/);
	await nav.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

/** Presses Back until the tab's history runs out; returns what each step showed. */
async function backUntilTheStart(page: Page, origin: string, look: () => Promise<void>) {
	const seen: string[] = [];
	for (let i = 0; i < 12; i++) {
		const before = page.url();
		await page.goBack();
		if (page.url() === before) break;
		seen.push(page.url());
		if (inWaypoint(page, origin)) await look();
	}
	return seen;
}

test('after moving through the app and an exit, Back never shows Waypoint again', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	await presetPreferences(page, { welcomed: true });
	await standIns(page);
	await openApp(page, '/');
	await walkThroughTheApp(page);
	await page.getByTestId('quick-exit').click();
	await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();

	const seen = await backUntilTheStart(page, origin, async () => {
		await expect(page.locator('#main')).toBeVisible();
	});
	expect(seen.filter((url) => new URL(url).origin === origin)).toEqual([]);
});

test('with a passcode, Back after an exit shows at most the lock screen', async ({
	page,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	await presetPreferences(page, { welcomed: true });
	await standIns(page);
	await openApp(page, '/');
	await setPasscode(page, PASSCODE);
	await walkThroughTheApp(page);
	await page.getByTestId('quick-exit').click();
	await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();

	await backUntilTheStart(page, origin, async () => {
		await expect(page.getByTestId('lock-screen')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
		expect(await page.content()).not.toContain(CANARY);
	});
});

test.describe('with the back/forward cache on, as in everyday browsing', () => {
	test('with a passcode, leaving without Exit and coming Back shows the lock screen, and the page kept nothing', async ({
		page
	}) => {
		await presetPreferences(page, { welcomed: true });
		await standIns(page);
		// What the page held at the moment the browser brought it back from its cache.
		const restored: string[] = [];
		page.on('console', (message) => {
			if (message.text().startsWith('restored:')) restored.push(message.text());
		});
		await page.addInitScript((canary) => {
			window.addEventListener(
				'pageshow',
				(event) => {
					if (!event.persisted) return;
					const fields = [...document.querySelectorAll('input, textarea')] as HTMLInputElement[];
					const shown =
						document.body.innerText.includes(canary) ||
						fields.some((field) => field.value.includes(canary));
					const kept = document.documentElement.outerHTML.includes(canary);
					console.log(`restored: shown ${shown}, kept ${kept}`);
				},
				true
			);
		}, CANARY);
		await openApp(page, '/');
		await setPasscode(page, PASSCODE);
		await page.goto('/notes/write');
		await unlock(page, PASSCODE);
		await page.getByLabel('Your words').fill(CANARY);
		await expect(page.getByTestId('save-status')).toHaveText('Saved');

		// Not the Exit button: the person (or someone else) simply goes to another page in this tab.
		await page.goto('https://example.org/recipes');
		await expect(page.getByRole('heading', { name: 'Recipes' })).toBeVisible();
		await page.goBack();
		await expect(page.getByTestId('lock-screen')).toBeVisible();
		await expect(page.getByText(CANARY)).toHaveCount(0);
		// The page did come back from the cache (else this test would prove nothing), empty.
		expect(restored).toEqual(['restored: shown false, kept false']);

		// The note itself was saved before the page was put away.
		await unlock(page, PASSCODE);
		await page.goto('/notes');
		await unlock(page, PASSCODE);
		await expect(page.getByTestId('entry')).toContainText(CANARY);
	});
});
