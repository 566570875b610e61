import { expect, test, type Page } from '@playwright/test';
import { controlNames, openApp, presetPreferences, ROUTES, setPasscode } from './helpers';

// A screen reader names each field by its label: two fields with the same name on one screen
// cannot be told apart.

/** Every name that more than one control on the screen has. */
async function repeatedNames(page: Page): Promise<string[]> {
	const names = await controlNames(page);
	return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

/** Saves a backup sealed with a passphrase made on the device; returns the file's path. */
async function sealedBackup(page: Page): Promise<string> {
	await page.getByTestId('make-passphrase').click();
	await expect(page.getByTestId('generated-passphrase')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save backup file' }).click();
	return (await (await downloading).path())!;
}

/** Chooses a sealed file for restoring, so the field for its passphrase shows. */
async function chooseForRestore(page: Page, file: string) {
	await page.locator('input[type="file"]').setInputFiles(file);
	await expect(page.locator('#backup-open-passphrase')).toBeVisible();
}

test('in Settings, no two fields have the same name, with or without a passcode', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/settings');
	// Setting a passcode and making a backup, side by side.
	await expect(page.getByTestId('passcode-setup')).toBeVisible();
	expect(await repeatedNames(page)).toEqual([]);

	const file = await sealedBackup(page);
	await page.getByRole('button', { name: 'Type my own instead' }).click();
	await chooseForRestore(page, file);
	expect(await repeatedNames(page)).toEqual([]);

	// With a passcode: changing it, making a backup and opening one, side by side.
	await setPasscode(page, 'quiet river stones');
	await expect(page.getByTestId('passcode-change')).toBeVisible();
	expect(await repeatedNames(page)).toEqual([]);
	await chooseForRestore(page, file);
	expect(await repeatedNames(page)).toEqual([]);
});

test('on every screen, no two fields have the same name', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	for (const route of ROUTES) {
		await openApp(page, route);
		expect({ route, repeated: await repeatedNames(page) }).toEqual({ route, repeated: [] });
	}
});
