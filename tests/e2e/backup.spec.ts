import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, presetPreferences } from './helpers';

/** The personal tables exactly as stored (ids, dates and content), to compare before and after. */
async function personalRows(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('waypoint');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const out: Record<string, unknown> = {};
		for (const store of [...db.objectStoreNames].filter((name) => name !== 'meta')) {
			out[store] = await new Promise((resolve) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result);
			});
		}
		db.close();
		return JSON.stringify(out);
	});
}

async function writeInEveryCapability(page: Page) {
	await openApp(page, '/notes/write');
	await page.getByLabel('Title (optional)').fill('Backed up note');
	await page.getByLabel('Your words').fill('A note with café and أمل in it.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/notes/write?t=2');
	await page.getByLabel('What happened').fill('Something I want on record.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/help');
	await page.getByLabel('Name', { exact: true }).fill('Sam, my case worker');
	await page.getByRole('button', { name: 'Add contact' }).click();
	await expect(page.getByTestId('own-contact')).toHaveCount(1);
	await page.getByRole('button', { name: 'I need a moment' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('button', { name: /Picture a calm place/ }).click();
	for (let i = 0; i < 6; i++) await dialog.getByRole('button', { name: 'Next' }).click();
	await dialog.getByLabel('Some words for your calm place (optional)').fill('The lake at dawn');
	await dialog.getByRole('button', { name: 'Keep these words' }).click();
	await expect(dialog.getByText('Your words are kept.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await page.goto('/plan/edit?step=9');
	await page.getByLabel('In your own words').fill('My children, and the sea');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByTestId('plan-item')).toHaveCount(1);
}

async function saveBackup(page: Page, passphrase: string | null): Promise<string> {
	await page.goto('/settings');
	if (passphrase) {
		const form = page.getByTestId('backup-make');
		await form.getByLabel('A passphrase for the backup').fill(passphrase);
		await form.getByLabel('Type it again').fill(passphrase);
	} else {
		await page.getByLabel('Save without a passphrase').check();
		await expect(page.getByTestId('plain-warning')).toContainText(
			'anyone who finds the file can read'
		);
	}
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save backup file' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^waypoint-backup-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByText('The backup file is saved')).toBeVisible();
	return (await download.path())!;
}

test('export with a passphrase, delete everything, import: everything is back and identical', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await writeInEveryCapability(page);
	const before = await personalRows(page);
	const file = await saveBackup(page, 'orange kite river');
	const text = readFileSync(file, 'utf8');
	expect(text).not.toContain('Backed up note');
	expect(text).not.toContain('The lake at dawn');

	await page.getByLabel('To confirm, type DELETE').fill('DELETE');
	await page.getByTestId('delete-everything').click();
	await expect(page.getByTestId('welcome')).toBeVisible();
	await page.goto('/settings');

	// A wrong passphrase: a calm message, and nothing changes.
	await page.setInputFiles('#backup-file', file);
	await page.locator('#backup-open-passphrase').fill('orange kite rivers');
	await page.getByRole('button', { name: 'Open the backup' }).click();
	await expect(page.getByText('That passphrase didn’t open this backup.')).toBeVisible({
		timeout: 20_000
	});
	expect(Object.values(JSON.parse(await personalRows(page))).flat()).toEqual([]);

	await page.locator('#backup-open-passphrase').fill('orange kite river');
	await page.getByRole('button', { name: 'Open the backup' }).click();
	const contents = page.getByTestId('backup-contents');
	await expect(contents).toContainText('2 notes', { timeout: 20_000 });
	await expect(contents).toContainText('1 calm place description');
	await expect(contents).toContainText('1 contact of your own');
	await expect(contents).toContainText('1 safety plan version');
	await page.getByLabel('Replace what is here with the backup').check();
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByText('Done. 5 items were restored.')).toBeVisible();
	// Every record back with the same id, dates and content.
	expect(JSON.parse(await personalRows(page))).toEqual(JSON.parse(before));
	await page.goto('/notes');
	await expect(page.getByTestId('entry')).toHaveCount(2);
});

test('a plain export contains the content and carries the warning', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await writeInEveryCapability(page);
	const text = readFileSync(await saveBackup(page, null), 'utf8');
	expect(text).toContain('Backed up note');
	expect(text).toContain('The lake at dawn');
	expect(text).toContain('Sam, my case worker');
	expect(text).toContain('My children, and the sea');
});

test('a foreign or cut-off file gets a calm message and changes nothing', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await writeInEveryCapability(page);
	const text = readFileSync(await saveBackup(page, null), 'utf8');
	// Taken after the backup: saving one keeps its date (for the reminder) in the vault.
	const before = await personalRows(page);
	await page.setInputFiles('#backup-file', {
		name: 'photo.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"not":"ours"}')
	});
	await expect(page.getByText('This doesn’t look like a Waypoint backup file.')).toBeVisible();
	await page.setInputFiles('#backup-file', {
		name: 'cut.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, text.length / 2))
	});
	await expect(page.getByText('This backup file seems to be incomplete')).toBeVisible();
	// Every record back with the same id, dates and content.
	expect(JSON.parse(await personalRows(page))).toEqual(JSON.parse(before));
});

test('a full disk while saving keeps the text on screen and says what to do', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await page.addInitScript(() => {
		// Stands in for a full disk: every write fails as Chromium fails it.
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { diskFull?: boolean }).diskFull) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await openApp(page, '/notes/write');
	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
	await page.getByLabel('Your words').fill('Words that must not be lost');
	await expect(page.getByText('This device is out of space')).toBeVisible();
	await expect(page.getByLabel('Your words')).toHaveValue('Words that must not be lost');
	// Space is freed: the next change saves everything.
	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
	await page.getByLabel('Your words').press('End');
	await page.getByLabel('Your words').pressSequentially('.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/notes');
	await expect(page.getByTestId('entry')).toContainText('Words that must not be lost.');
});

test('when the browser blocks storage, a clear explanation shows instead of a broken app', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await page.goto('/notes');
	await expect(page.getByTestId('storage-problem')).toContainText(
		'Waypoint can’t keep your things in this browser right now'
	);
	await expect(page.getByTestId('quick-exit')).toBeVisible();
});

test('a newer version opened in another tab: this tab goes on without losing anything', async ({
	page,
	context
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill('First words');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	// Another tab upgrades the database, adding a table, as a newer version of the app would.
	const other = await context.newPage();
	await other.goto('/prefs.js');
	const version = await other.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('waypoint', 1000);
				request.onupgradeneeded = () => request.result.createObjectStore('future');
				request.onsuccess = () => {
					resolve(request.result.version);
					request.result.close();
				};
				request.onerror = () => reject(request.error);
			})
	);
	expect(version).toBe(1000);
	await page.getByLabel('Your words').fill('First words, and more');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.reload();
	await expect(page.getByLabel('Your words')).toHaveValue('First words, and more');
});
