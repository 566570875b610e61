import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, openApp, presetPreferences } from './helpers';

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
		await form.getByLabel('A passphrase for the new backup').fill(passphrase);
		await form.getByLabel('Type the backup passphrase again').fill(passphrase);
	} else {
		await page.getByLabel('Save without a passphrase').check();
		await expect(page.getByTestId('plain-warning')).toContainText(
			'anyone who finds the file can read'
		);
	}
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save backup file' }).click();
	const download = await downloading;
	// A neutral name: nothing about the app or a backup.
	expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.dat$/);
	await expect(page.getByText('The file is saved in your downloads as notes-')).toBeVisible();
	return (await download.path())!;
}

test('export with a passphrase, delete everything, import: everything is back and identical', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await writeInEveryCapability(page);
	const before = await personalRows(page);
	const file = await saveBackup(page, 'orange kite river lamp quietly');
	const text = readFileSync(file, 'utf8');
	expect(text).not.toContain('Backed up note');
	expect(text).not.toContain('The lake at dawn');

	await page.getByLabel('To confirm, type DELETE').fill('DELETE');
	await page.getByTestId('delete-everything').click();
	await expect(page.getByTestId('welcome')).toBeVisible();
	await page.goto('/settings');

	// A wrong passphrase: a calm message, and nothing changes.
	await page.setInputFiles('#backup-file', file);
	await page.locator('#backup-open-passphrase').fill('orange kite river lamp quiet');
	await page.getByRole('button', { name: 'Open the backup' }).click();
	await expect(page.getByText('That passphrase didn’t open this backup.')).toBeVisible({
		timeout: 20_000
	});
	expect(Object.values(JSON.parse(await personalRows(page))).flat()).toEqual([]);

	await page.locator('#backup-open-passphrase').fill('orange kite river lamp quietly');
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

test('a six-digit PIN is refused for a backup, calmly; one made for you saves and restores', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill('Kept safe in a file');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.goto('/settings');
	const form = page.getByTestId('backup-make');
	let downloads = 0;
	page.on('download', () => downloads++);
	await form.getByLabel('A passphrase for the new backup').fill('284913');
	await form.getByLabel('Type the backup passphrase again').fill('284913');
	await form.getByRole('button', { name: 'Save backup file' }).click();
	await expect(form.getByRole('status')).not.toContainText('Preparing');
	expect(downloads).toBe(0);
	await expect(form.getByRole('status')).toContainText(
		'An ordinary computer could guess it in about'
	);
	await expect(form.getByRole('status')).toContainText('A backup file needs a stronger one.');
	expect(downloads).toBe(0);
	await expect(form).toContainText('guessed at on another computer');

	await form.getByRole('button', { name: 'Make one for me' }).click();
	const shown = form.getByTestId('generated-passphrase');
	await expect(shown).toHaveText(/^[a-z]+( [a-z]+){5}$/);
	const passphrase = (await shown.textContent())!.trim();
	await expect(form).toContainText('Write it down exactly as shown');
	await expect(form).toContainText('The clipboard keeps it');
	expect(await axeViolations(page)).toEqual([]);
	const downloading = page.waitForEvent('download');
	await form.getByRole('button', { name: 'Save backup file' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.dat$/);
	const text = readFileSync((await download.path())!, 'utf8');
	const header = text.replace(/"[A-Za-z0-9+/]{16,}={0,2}"/g, '""').toLowerCase();
	expect(header).not.toContain('waypoint');
	expect(header).not.toContain('backup');
	expect(text).not.toContain('Kept safe in a file');

	await page.getByLabel('To confirm, type DELETE').fill('DELETE');
	await page.getByTestId('delete-everything').click();
	await expect(page.getByTestId('welcome')).toBeVisible();
	await page.goto('/settings');
	await page.setInputFiles('#backup-file', (await download.path())!);
	await page.locator('#backup-open-passphrase').fill(passphrase);
	await page.getByRole('button', { name: 'Open the backup' }).click();
	await expect(page.getByTestId('backup-contents')).toContainText('1 note', { timeout: 20_000 });
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByText('Done. 1 item was added.')).toBeVisible();
	await page.goto('/notes');
	await expect(page.getByTestId('entry')).toContainText('Kept safe in a file');
});

test('in Arabic, the passphrase made for you is letters and digits in groups', async ({ page }) => {
	await presetPreferences(page, { welcomed: true, language: 'ar' });
	await openApp(page, '/settings');
	const form = page.getByTestId('backup-make');
	await form.getByTestId('make-passphrase').click();
	await expect(form.getByTestId('generated-passphrase')).toHaveText(
		/^[2-9a-km-np-z]{4}(-[2-9a-km-np-z]{4}){3}$/
	);
	await expect(form.getByTestId('generated-passphrase')).toHaveAttribute('dir', 'ltr');
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
