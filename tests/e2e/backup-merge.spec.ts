import { expect, test } from '@playwright/test';
import { openApp, presetPreferences } from './helpers';

// "Add to what is here" must never lose words: where the device and the file disagree about the
// same note, both versions stay, and the preview and the message say so.
test('adding a backup keeps both versions of a note that changed since', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill('Words from before the backup.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	const address = page.url();

	await page.goto('/settings');
	await page.getByLabel('Save without a passphrase').check();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save backup file' }).click();
	const file = (await (await downloading).path())!;

	await page.goto(address);
	await page.getByLabel('Your words').fill('Words written after the backup.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');

	await page.goto('/settings');
	await page.setInputFiles('#backup-file', file);
	await expect(page.getByTestId('merge-preview')).toHaveText(
		'1 item is on this device in a different form. Both versions will be kept side by side, so you can choose later.'
	);
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByTestId('restore-status')).toContainText(
		'Done. 1 item was here in a different form: both versions are kept side by side.'
	);

	await page.goto('/notes');
	await expect(page.getByTestId('entry')).toHaveCount(2);
	await expect(
		page.getByTestId('entry').filter({ hasText: 'Words from before the backup.' })
	).toHaveCount(1);
	await expect(
		page.getByTestId('entry').filter({ hasText: 'Words written after the backup.' })
	).toHaveCount(1);
});
