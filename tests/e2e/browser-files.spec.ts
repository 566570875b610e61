import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, expect, test, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/browser.mjs';
import { EXIT_SITES, presetPreferences, setPasscode, unlock } from './helpers';

const PASSCODE = 'moss lantern tide';

/** Text-like fields: the ones a person types words into. */
const TYPED =
	'input:not([type]), input[type="text"], input[type="search"], input[type="tel"], input[type="url"], input[type="email"], textarea';

/** Every regular file under a folder, with its path. */
function filesUnder(folder: string): string[] {
	const found: string[] = [];
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		const stat = lstatSync(path);
		if (stat.isDirectory()) found.push(...filesUnder(path));
		else if (stat.isFile()) found.push(path);
	}
	return found;
}

/**
 * Types a marker of its own into every visible, empty field in scope, as a person would, and
 * remembers where it went; a field in a form is then submitted with Enter.
 */
async function typeEverywhere(scope: Locator, where: string, markers: Map<string, string>) {
	// The fields as they are now (by id, as their labels name them): typing into one may add another
	// (a new step), which is not typed into.
	const ids = await scope.locator(TYPED).evaluateAll((fields) => fields.map((field) => field.id));
	expect(ids).not.toContain('');
	for (const id of ids) {
		const field = scope.locator(`[id="${id}"]`);
		if (!(await field.isVisible()) || !(await field.isEditable())) continue;
		if ((await field.inputValue()) !== '') continue;
		const marker = `qz${Math.random().toString(36).slice(2, 9).replace(/\d/g, 'k')}${markers.size}`;
		markers.set(marker, `${where} #${id}`);
		await field.click();
		await field.pressSequentially(marker);
		const inForm = await field.evaluate(
			(el) => el.tagName === 'INPUT' && (el as HTMLInputElement).form !== null
		);
		if (inForm) await field.press('Enter');
	}
}

/** Opens a screen by address; a new page load opens the lock screen first. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await unlock(page, PASSCODE);
}

/** Walks through a stepped screen, typing into every step, until there is no Next. */
async function everyStep(page: Page, where: string, markers: Map<string, string>) {
	const main = page.locator('#main');
	for (let step = 0; step < 20; step++) {
		await typeEverywhere(main, `${where} step ${step}`, markers);
		const add = main.getByRole('button', { name: 'Add', exact: true });
		if (await add.isVisible()) await add.click();
		const next = main.getByRole('button', { name: 'Next', exact: true });
		const skip = main.getByRole('button', { name: 'Skip this one' });
		if (await next.isVisible()) await next.click();
		else if (await skip.isVisible()) await skip.click();
		else return;
	}
}

test('nothing typed is left in the browser’s own files, in session restore or autofill', async ({
	baseURL
}) => {
	test.setTimeout(300_000);
	const profile = mkdtempSync(join(tmpdir(), 'waypoint-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		baseURL
	});
	const markers = new Map<string, string>();
	try {
		await context.route(EXIT_SITES, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<h1>Weather today</h1>' })
		);
		const page = context.pages()[0] ?? (await context.newPage());
		const main = page.locator('#main');
		await presetPreferences(page, { welcomed: true });
		await page.goto('/');
		await setPasscode(page, PASSCODE);

		// Notes: a note with its title and tags, a record of something that happened, a search.
		await open(page, '/notes/write');
		await typeEverywhere(main, 'note', markers);
		await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
		await open(page, '/notes');
		await page.getByRole('link', { name: 'Write down something that happened' }).click();
		await typeEverywhere(main, 'incident', markers);
		await expect(page.getByTestId('save-status')).toHaveText('Saved', { timeout: 15_000 });
		await open(page, '/notes');
		await typeEverywhere(main, 'notes list', markers);

		// People.
		await open(page, '/people/edit');
		await typeEverywhere(main, 'person', markers);
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible({
			timeout: 15_000
		});

		// Goals: a goal and its steps, a life area of one's own, a check with a note.
		await open(page, '/goals/edit');
		await typeEverywhere(main, 'goal', markers);
		await expect(page.getByTestId('editor-step')).toHaveCount(1);
		await open(page, '/goals/areas');
		await typeEverywhere(main, 'life areas', markers);
		await expect(page.getByTestId('own-area')).toHaveCount(1);
		await typeEverywhere(main, 'life areas', markers);
		await open(page, '/goals/check');
		await page.getByTestId('check-area').first().getByRole('radio').first().check();
		await typeEverywhere(main, 'check', markers);

		// Practice: every exercise, every step.
		for (let n = 1; n <= 7; n++) {
			await open(page, `/practice/${n}`);
			await everyStep(page, `practice ${n}`, markers);
		}

		// The plan, every part.
		await open(page, '/plan/edit');
		await everyStep(page, 'plan', markers);

		// Help: a contact of one's own.
		await open(page, '/help');
		await typeEverywhere(main, 'own contact', markers);
		await expect(page.getByTestId('own-contact')).toHaveCount(1);

		// "I need a moment": the calm place, its words kept.
		await page.getByRole('button', { name: 'I need a moment' }).click();
		const dialog = page.getByRole('dialog', { name: 'A moment for you' });
		await dialog.getByRole('button', { name: /Picture a calm place/ }).click();
		for (let step = 1; step <= 6; step++) {
			await dialog.getByRole('button', { name: 'Next', exact: true }).click();
		}
		await typeEverywhere(dialog, 'calm place', markers);
		await dialog.getByRole('button', { name: /Keep these words/ }).click();

		// Chromium writes its session files every few seconds: give it time, then leave.
		await page.waitForTimeout(12_000);
		await dialog.getByTestId('quick-exit').click();
		await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();
		await page.waitForTimeout(2_000);
	} finally {
		await context.close();
	}

	expect(markers.size).toBeGreaterThan(40);
	const files = filesUnder(profile);
	// The scan reads the stores that matter (a test that finds no session file proves nothing).
	const names = files.map((file) => relative(profile, file));
	expect(names.some((name) => /(^|\/)Sessions\/Session_/.test(name))).toBe(true);
	expect(names.some((name) => /(^|\/)Web Data$/.test(name))).toBe(true);
	const found: string[] = [];
	for (const file of files) {
		const bytes = readFileSync(file);
		for (const [marker, where] of markers) {
			if (
				bytes.includes(Buffer.from(marker, 'utf8')) ||
				bytes.includes(Buffer.from(marker, 'utf16le'))
			) {
				found.push(`${where} in ${relative(profile, file)}`);
			}
		}
	}
	rmSync(profile, { recursive: true, force: true });
	expect(found).toEqual([]);
});
