import { expect, test } from '@playwright/test';
import {
	everythingStored,
	openApp,
	presetPreferences,
	setPasscode,
	storedNames,
	unlock
} from './helpers';

const CANARY = 'canary-9c41-lilac-ferry';
const PASSCODE = 'quiet river stones';

test('with a passcode, nothing personal is readable at rest, and unlocking brings it back', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	// Written before the passcode exists: setting one must encrypt it too.
	await page.getByLabel('Your words').fill(`before the passcode ${CANARY}`);
	await page.getByLabel('Tags (optional)').fill(`tag-${CANARY}`);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	expect(await everythingStored(page)).toContain(CANARY);

	await setPasscode(page, PASSCODE);
	await page.goto('/notes/write');
	await unlock(page, PASSCODE);
	await page.getByLabel('Title (optional)').fill(`title ${CANARY}`);
	await page.getByLabel('Your words').fill(`after the passcode ${CANARY}`);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');

	await page.reload();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Waypoint is locked' })).toBeVisible();
	expect(await page.content()).not.toContain(CANARY);
	const stored = await everythingStored(page);
	expect(stored).toContain('waypoint/r1'); // the journal's store (schema.ts)
	expect(stored).not.toContain(CANARY);
	expect(stored).not.toContain('afternoon');

	// A wrong passcode: a calm message and still nothing personal on screen.
	await page.getByLabel('Passcode').fill('quiet river stone');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(
		page.getByText('That passcode didn’t open it. Take your time and try again.')
	).toBeVisible({
		timeout: 15_000
	});
	expect(await page.content()).not.toContain(CANARY);

	await unlock(page, PASSCODE);
	await page.goto('/notes');
	await unlock(page, PASSCODE);
	const entries = page.getByTestId('entry');
	await expect(entries).toHaveCount(2);
	await expect(entries.first()).toContainText(`title ${CANARY}`);
	await expect(entries.nth(1)).toContainText(`before the passcode ${CANARY}`);
});

test('locking drops everything from the screen; the lock screen is neutral and has a way out', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, PASSCODE);
	await page.goto('/notes/write');
	await unlock(page, PASSCODE);
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.getByTestId('lock-now').click();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await page.content()).not.toContain(CANARY);
	const words = (await page.locator('body').innerText()).toLowerCase();
	for (const word of ['traffick', 'abuse', 'exploit', 'victim', 'sex'])
		expect(words).not.toContain(word);
	await expect(page.getByTestId('quick-exit')).toBeVisible();
	await expect(page.getByTestId('language')).toBeVisible();
	await page.getByTestId('language').selectOption('ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('after five wrong tries, each try waits a little longer; nothing is wiped', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, '58120497');
	await page.reload();
	for (let i = 0; i < 5; i++) {
		await page.getByLabel('Passcode').fill('000000');
		await page.getByRole('button', { name: 'Unlock' }).click();
		await expect(page.getByLabel('Passcode')).toHaveValue('', { timeout: 15_000 });
	}
	await expect(page.getByText(/Please wait \d+ seconds? before trying again/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 10_000 });
	await unlock(page, '58120497');
});

test('change the passcode, then remove it after a warning', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await setPasscode(page, '111222333');

	await page.getByLabel('Current passcode').fill('111222333');
	const change = page.getByTestId('passcode-change');
	await change.getByLabel('New passcode', { exact: true }).fill('new passphrase here');
	await change.getByLabel('Type the new passcode again').fill('new passphrase here');
	await page.getByRole('button', { name: 'Change passcode' }).click();
	await expect(page.getByText('Your passcode has been changed.')).toBeVisible({ timeout: 20_000 });

	await page.reload();
	await unlock(page, 'new passphrase here');
	await expect(
		page.getByText(/Anyone who opens Waypoint on this device could then read them/)
	).toBeVisible();
	await page.getByLabel('Current passcode').fill('new passphrase here');
	await page.getByRole('button', { name: 'Remove passcode' }).click();
	await expect(page.getByText('The passcode has been removed.')).toBeVisible({ timeout: 20_000 });
	await page.reload();
	await expect(page.getByTestId('lock-screen')).toHaveCount(0);
	await page.goto('/notes');
	await expect(page.getByTestId('entry')).toContainText(CANARY);
});

test('change the passcode and also replace the key: everything still opens with the new one', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await setPasscode(page, PASSCODE);

	const change = page.getByTestId('passcode-change');
	await change.getByLabel('Current passcode').fill(PASSCODE);
	await change.getByLabel('New passcode', { exact: true }).fill('new passphrase here');
	await change.getByLabel('Type the new passcode again').fill('new passphrase here');
	await change.getByLabel('Also replace the key').check();
	await expect(change.getByText(/someone may have known the old passcode/)).toBeVisible();
	await page.getByRole('button', { name: 'Change passcode' }).click();
	await expect(page.getByText('Your passcode has been changed.')).toBeVisible({ timeout: 20_000 });
	expect(await everythingStored(page)).not.toContain(CANARY);

	await page.goto('/notes');
	await unlock(page, 'new passphrase here');
	await expect(page.getByTestId('entry')).toContainText(CANARY);
});

test('delete everything needs the typed word, then returns to a first visit', async ({ page }) => {
	await presetPreferences(page, { welcomed: true, theme: 'dark' });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/settings');
	await page.getByLabel('To confirm, type DELETE').fill('delete please');
	await page.getByTestId('delete-everything').click();
	await expect(page.getByText('Type DELETE exactly to confirm.')).toBeVisible();
	await page.getByLabel('To confirm, type DELETE').fill('DELETE');
	await page.getByTestId('delete-everything').click();
	await expect(page.getByTestId('welcome')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
	expect(await everythingStored(page)).not.toContain(CANARY);
	await page.goto('/notes');
	await expect(page.getByText('Nothing here yet.')).toBeVisible();
});

test('Waypoint locks itself after the chosen time without use', async ({ page }) => {
	await page.clock.install();
	await presetPreferences(page, { welcomed: true, autoLockMinutes: 1 });
	await openApp(page, '/');
	await setPasscode(page, PASSCODE);
	await page.goto('/notes/write');
	await unlock(page, PASSCODE);
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.clock.fastForward('00:50');
	await expect(page.getByTestId('lock-screen')).toHaveCount(0);
	await page.clock.fastForward('00:20');
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await page.content()).not.toContain(CANARY);
});

test('after delete everything, nothing of Waypoint is left in storage but its offline files', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, theme: 'dark' });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill(CANARY);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.evaluate(() => sessionStorage.setItem('waypoint.test', '1'));
	await page.goto('/settings');
	await page.getByLabel('To confirm, type DELETE').fill('DELETE');
	await page.getByTestId('delete-everything').click();
	await expect(page.getByTestId('welcome')).toBeVisible();

	// Read at once, before any full load: the preset above would store preferences again. What
	// may stay: the service worker's copy of the app's own files (Waypoint still opens offline), and
	// the database the app opens again as it starts, as on a first visit: its stores, each empty.
	const origin = new URL(page.url()).origin;
	const left = await storedNames(page);
	expect(
		left.filter(
			(line) =>
				!/^database waypoint\/\w+ 0$/.test(line) &&
				!(/^cache workbox-precache-v2-\S+ /.test(line) && line.endsWith(` ${origin}`))
		)
	).toEqual([]);
});
