import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/** The shell's routes, with neutral addresses. */
export const ROUTES = [
	'/',
	'/notes',
	'/notes/write',
	'/notes/write?t=2',
	'/notes/print',
	'/plan',
	'/plan/edit',
	'/plan/print',
	'/plan/versions',
	'/people',
	'/people/edit',
	'/people/history',
	'/goals',
	'/goals/check',
	'/goals/change',
	'/goals/edit',
	'/goals/areas',
	'/practice',
	'/practice/1',
	'/practice/2',
	'/practice/3',
	'/practice/4',
	'/practice/5',
	'/practice/6',
	'/practice/7',
	'/help',
	'/settings'
];

/** Stand-ins for the exit destinations, so no test ever reaches the real sites. */
export const EXIT_SITES = /^https:\/\/www\.bbc\.(co\.uk|com)\//;

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Sets preferences before the app starts, as a returning person would have them. */
export async function presetPreferences(page: Page, preferences: Record<string, unknown>) {
	await page.addInitScript((value) => {
		if (!localStorage.getItem('waypoint.preferences')) {
			localStorage.setItem('waypoint.preferences', JSON.stringify(value));
		}
	}, preferences);
}

/** Opens a route and waits until the app has started. */
export async function openApp(page: Page, path = '/') {
	await page.goto(path);
	await expect(page.locator('#main')).toBeVisible();
}

/** Runs axe-core in the page and returns the violations, each with the elements involved. */
export async function axeViolations(page: Page) {
	// Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an inline <script>.
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (o: object) => Promise<{
						violations: { id: string; help: string; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		const result = await axe.run({
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
			}
		});
		return result.violations.map((v) => ({
			id: v.id,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
	});
}

/** Sets a passcode through Settings, as a person would. */
export async function setPasscode(page: Page, passcode: string) {
	await page.goto('/settings');
	const form = page.getByTestId('passcode-setup');
	await form.getByLabel('New passcode', { exact: true }).fill(passcode);
	await form.getByLabel('Type the new passcode again').fill(passcode);
	await page.getByRole('button', { name: 'Set passcode' }).click();
	await expect(page.getByText('Your passcode is set.')).toBeVisible({ timeout: 20_000 });
}

/** Unlocks from the lock screen. */
export async function unlock(page: Page, passcode: string) {
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	await page.getByLabel('Passcode').fill(passcode);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByTestId('lock-screen')).toBeHidden({ timeout: 20_000 });
}

/**
 * Everything this origin keeps on the device, read raw from inside the page: every IndexedDB
 * database and store (bytes shown as text), localStorage, sessionStorage and Cache Storage.
 */
export async function everythingStored(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const parts: string[] = [];
		const bytes = (value: unknown) =>
			JSON.stringify(value, (_key, v) =>
				v instanceof Uint8Array || v instanceof ArrayBuffer
					? new TextDecoder('latin1').decode(v)
					: v
			);
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of [...db.objectStoreNames]) {
				const rows = await new Promise<unknown[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				parts.push(`${info.name}/${store}: ${bytes(rows)}`);
			}
			db.close();
		}
		for (const storage of [localStorage, sessionStorage]) {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i)!;
				parts.push(`${key}=${storage.getItem(key)}`);
			}
		}
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				parts.push(`${request.url}: ${await (await cache.match(request))!.text()}`);
			}
		}
		return parts.join('\n');
	});
}

/**
 * What this origin keeps, by name only, one line each: `local KEY`, `session KEY`,
 * `database NAME/STORE ROWS` (rows counted) and `cache NAME ORIGIN` (each origin a cache holds).
 */
export async function storedNames(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const lines = new Set<string>();
		for (const info of await indexedDB.databases()) {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(info.name!);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of [...db.objectStoreNames]) {
				const rows = await new Promise<number>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).count();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				lines.add(`database ${info.name}/${store} ${rows}`);
			}
			db.close();
		}
		for (const [kind, storage] of [
			['local', localStorage],
			['session', sessionStorage]
		] as const) {
			for (let i = 0; i < storage.length; i++) lines.add(`${kind} ${storage.key(i)}`);
		}
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) {
				lines.add(`cache ${name} ${new URL(request.url).origin}`);
			}
		}
		return [...lines];
	});
}

/**
 * The accessible name of every form control a screen reader reaches (input, select, textarea),
 * in page order, as axe-core computes it. A radio button is heard with its group's name (its
 * fieldset's legend), so that name comes first: "Theme › Same as this device".
 */
export async function controlNames(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(() => {
		type Node = unknown;
		const axe = (
			window as unknown as {
				axe: {
					setup: () => void;
					teardown: () => void;
					utils: { getNodeFromTree: (element: Element) => Node };
					commons: {
						text: { accessibleText: (element: Element) => string };
						dom: { isVisibleToScreenReaders: (node: Node) => boolean };
					};
				};
			}
		).axe;
		axe.setup();
		try {
			return [...document.querySelectorAll('input:not([type="hidden"]), select, textarea')]
				.filter((element) =>
					axe.commons.dom.isVisibleToScreenReaders(axe.utils.getNodeFromTree(element))
				)
				.map((element) => {
					const name = axe.commons.text.accessibleText(element).trim();
					const group =
						element instanceof HTMLInputElement && element.type === 'radio'
							? element.closest('fieldset, [role="radiogroup"]')
							: null;
					return group ? `${axe.commons.text.accessibleText(group).trim()} › ${name}` : name;
				});
		} finally {
			axe.teardown();
		}
	});
}
