import { expect, test } from '@playwright/test';
import { openApp, presetPreferences } from './helpers';

// A reload or a closed tab must not take the last words with it. Before, a save waited for a
// 400 ms pause in typing, and words typed in that pause were lost (0 of 4 kept at 100 ms).
test('words typed a moment before a reload are still there after it', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	const words = page.getByLabel('Your words');
	await words.fill('The first line.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await words.pressSequentially(' And one more.');
	await page.waitForTimeout(100);
	await page.reload();
	await expect(words).toHaveValue('The first line. And one more.');
});
