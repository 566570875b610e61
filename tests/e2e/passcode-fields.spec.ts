import { expect, test, type Locator } from '@playwright/test';
import { openApp, presetPreferences, setPasscode } from './helpers';

// Browsers may offer to save a passcode, and a saved password can sync to an account someone else
// reads. Every passcode field carries the hints that keep password managers away, sits in no
// <form> (whose submit is what save prompts follow), and setting one says to choose "Never".

async function expectQuietFields(fields: Locator, expected: number) {
	await expect(fields).toHaveCount(expected);
	for (const field of await fields.all()) {
		await expect(field).toHaveAttribute('autocomplete', 'off');
		await expect(field).toHaveAttribute('data-1p-ignore', '');
		await expect(field).toHaveAttribute('data-lpignore', 'true');
		await expect(field).toHaveAttribute('spellcheck', 'false');
		expect(await field.evaluate((input) => input.closest('form') === null)).toBe(true);
	}
}

test('every passcode field keeps password managers away, and setting one says "Never"', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/settings');
	const setup = page.getByTestId('passcode-setup');
	await expectQuietFields(setup.locator('input[type="password"]'), 2);
	await expect(setup.getByTestId('never-save')).toHaveText(
		'If the browser offers to save this passcode, choose “Never”. Saved passwords can be synced to an account that someone else may be able to read.'
	);
	await expect(setup.getByText(/cannot stop someone who copies this browser’s data/)).toBeVisible();
	// Shown as text, the fields keep their hints.
	await setup.getByLabel('Show passcode').check();
	await expectQuietFields(setup.locator('input[type="text"]'), 2);

	await setPasscode(page, 'quiet river stones');
	const change = page.getByTestId('passcode-change');
	await expectQuietFields(change.locator('input[type="password"]'), 3);
	await expect(change.getByTestId('never-save')).toBeVisible();
	await expect(change.getByLabel('Also replace the key')).not.toBeChecked();

	await page.reload();
	await expectQuietFields(page.getByTestId('lock-screen').locator('input[type="password"]'), 1);
});

test('Enter still unlocks, with no form to submit', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await setPasscode(page, 'quiet river stones');
	await page.reload();
	await page.getByLabel('Passcode').fill('quiet river stones');
	await page.getByLabel('Passcode').press('Enter');
	await expect(page.getByTestId('lock-screen')).toBeHidden({ timeout: 20_000 });
});

test('the backup passphrase fields keep password managers away too, and Enter still works', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill('A note for the file.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/settings');
	const make = page.getByTestId('backup-make');
	await expectQuietFields(make.locator('input[type="password"]'), 2);
	const phrase = 'orange kite river lamp quietly';
	await make.locator('input[type="password"]').nth(0).fill(phrase);
	await make.locator('input[type="password"]').nth(1).fill(phrase);
	const downloading = page.waitForEvent('download');
	await make.locator('input[type="password"]').nth(1).press('Enter');
	const file = (await (await downloading).path())!;

	await page.setInputFiles('#backup-file', file);
	await expectQuietFields(page.locator('#backup-open-passphrase'), 1);
	await page.locator('#backup-open-passphrase').fill(phrase);
	await page.locator('#backup-open-passphrase').press('Enter');
	await expect(page.getByTestId('backup-contents')).toContainText('1 note', { timeout: 20_000 });
});
