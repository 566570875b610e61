import { expect, test, type Page } from '@playwright/test';
import { openApp, presetPreferences, setPasscode, unlock } from './helpers';

/** Words that would tell a reader what kind of app this is, or what a stored thing is for. */
const TELLING = [
	'journal',
	'safetyPlan',
	'people',
	'practice',
	'goals',
	'stabilityChecks',
	'lifeAreas',
	'helpContacts',
	'grounding',
	'incident',
	'review',
	'backup'
];

/** The neutral area names an address may start with (DESIGN.md §2). */
const AREAS = ['/notes', '/plan', '/people', '/goals', '/practice', '/help', '/settings'];

function tellingWords(text: string): string[] {
	return TELLING.filter((word) => text.toLowerCase().includes(word.toLowerCase()));
}

/** An address without its neutral area name: what is left must not tell anything either. */
function beyondArea(href: string): string {
	const url = new URL(href);
	const area = AREAS.find((a) => url.pathname === a || url.pathname.startsWith(`${a}/`));
	return (area ? url.pathname.slice(area.length) : url.pathname) + url.search + url.hash;
}

/**
 * What a reader of the device's storage sees without the passcode: every database, store, index
 * and record as stored (encrypted bytes shown only by their length), localStorage, sessionStorage.
 */
async function readableAtRest(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const parts: string[] = [];
		const shown = (value: unknown) =>
			JSON.stringify(value, (_key, v) =>
				v instanceof Uint8Array || v instanceof ArrayBuffer ? `<${v.byteLength} bytes>` : v
			);
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const name of [...db.objectStoreNames]) {
				const store = db.transaction(name).objectStore(name);
				const rows = await new Promise<unknown[]>((resolve, reject) => {
					const request = store.getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				parts.push(`store ${name} [${[...store.indexNames].join(', ')}]: ${shown(rows)}`);
			}
			db.close();
		}
		for (const [label, storage] of [
			['localStorage', localStorage],
			['sessionStorage', sessionStorage]
		] as const) {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i)!;
				parts.push(`${label} ${key}=${storage.getItem(key)}`);
			}
		}
		return parts.join('\n');
	});
}

test('with a passcode and the vault locked, no store, stored key or visited address tells what the app is for', async ({
	page
}) => {
	test.setTimeout(120_000);
	const visited = new Set<string>();
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) visited.add(frame.url());
	});
	const step = async () => visited.add(page.url());
	const PASSCODE = 'quiet river stones';
	// Opening an address loads the page again, and a fresh page starts locked.
	const go = async (path: string) => {
		await page.goto(path);
		await unlock(page, PASSCODE);
		await step();
	};

	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, PASSCODE);
	await step();

	// A plan with one thing in it, and a date to look at it again.
	await go('/plan');
	await page.getByRole('link', { name: 'Build my plan' }).click();
	await step();
	await page.getByLabel('In your own words').fill('When the phone rings late');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByTestId('plan-item')).toHaveCount(1);
	await step();
	await go('/plan');
	await page.getByLabel('Look at this again on').fill('2020-01-01');
	await page.getByLabel('Look at this again on').blur();
	// Home through the app's own link: opening an address again would lock before the save ends.
	const home = page.getByRole('link', { name: 'Waypoint', exact: true });
	await home.click();
	await expect(page.getByTestId('plan-review-due')).toBeVisible();
	await step();

	// Backup reminders on; the home screen's note leads to where a backup file is saved.
	await go('/settings');
	await page.getByLabel('Remind me to save a backup').selectOption({ label: 'Every 2 weeks' });
	await home.click();
	await page.getByTestId('backup-due').getByRole('link').click();
	await step();
	const form = page.getByTestId('backup-make');
	await form.getByLabel('A passphrase for the new backup').fill('orange kite river lamp quietly');
	await form.getByLabel('Type the backup passphrase again').fill('orange kite river lamp quietly');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save backup file' }).click();
	await downloading;
	await expect(page.getByText(/The file is saved in your downloads/)).toBeVisible();
	await expect(page.getByText(/^Last backup:/)).toBeVisible();
	await step();

	// Something that happened, written from the notes screen's own link (reached through the
	// app's menu, so the backup's date finishes saving).
	await page.getByRole('link', { name: 'Notes', exact: true }).click();
	await step();
	await page.getByRole('link', { name: 'Write down something that happened' }).click();
	await step();
	await page.getByLabel('What happened').fill('Something I want on record.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await step();

	await go('/');
	await expect(page.getByTestId('backup-due')).toHaveCount(0);
	await step();

	await page.getByTestId('lock-now').click();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	await step();

	const stored = await readableAtRest(page);
	expect(stored).toContain('store meta');
	expect.soft(tellingWords(stored), stored).toEqual([]);

	const addresses = [...visited].filter((href) => href.startsWith('http://localhost'));
	expect(addresses.length).toBeGreaterThan(5);
	const telling = addresses.filter((href) => tellingWords(beyondArea(href)).length > 0);
	expect(telling, addresses.join('\n')).toEqual([]);
});
