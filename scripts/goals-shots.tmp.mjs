import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreview } from './browser.mjs';
const out = process.argv[2] ?? '/tmp/shots-goals';
const only = process.argv[3];
mkdirSync(out, { recursive: true });
const server = startPreview(4190);
await server.ready;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const day = 86400000;
const now = Date.now();
const checks = [
	{ takenAt: now - 70 * day, ratings: [{ area: 'housing', level: 1 }, { area: 'money', level: 2 }, { area: 'legal', level: 2, note: 'Passport still with him' }] },
	{ takenAt: now - 35 * day, ratings: [{ area: 'housing', level: 2 }, { area: 'money', level: 3 }, { area: 'legal', level: 2 }, { area: 'safety', level: 3 }] },
	{ takenAt: now - 2 * day, ratings: [{ area: 'housing', level: 3 }, { area: 'money', level: 2 }, { area: 'legal', level: 3 }, { area: 'safety', level: 3 }] }
];
const goals = [
	{ area: 'legal', title: 'Get my papers back', why: 'So I can rent a room in my own name', state: 'active', steps: [
		{ id: 'a', text: 'Find out which office replaces a birth certificate', doneAt: now - day },
		{ id: 'b', text: 'Call the office on Monday morning', date: '2026-12-01', inView: true },
		{ id: 'c', text: 'Ask my advocate to come with me' }] },
	{ area: 'transport', title: 'A bus pass', why: '', state: 'resting', since: now, steps: [{ id: 'd', text: 'Ask about lower fares' }] }
];
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 860 } };
const shots = [['goals', '/goals'], ['change', '/goals/change'], ['check', '/goals/check'], ['edit', '/goals/edit?area=legal'], ['areas', '/goals/areas'], ['home', '/']];
try {
	for (const language of ['en', 'ar']) for (const theme of ['light', 'dark']) for (const [size, viewport] of Object.entries(sizes)) {
		const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
		await context.addInitScript((v) => localStorage.setItem('waypoint.preferences', JSON.stringify(v)), { welcomed: true, language, theme });
		const page = await context.newPage();
		await page.goto(server.origin + '/goals');
		await page.locator('#main').waitFor();
		await page.evaluate(async ({ checks, goals }) => {
			const db = await new Promise((res, rej) => { const r = indexedDB.open('waypoint'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
			const put = (store, rows) => new Promise((res, rej) => { const tx = db.transaction(store, 'readwrite'); for (const row of rows) tx.objectStore(store).put(row); tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
			await put('stabilityChecks', checks.map((c, i) => ({ id: 'c' + i, createdAt: c.takenAt, updatedAt: c.takenAt, format: 1, plain: c })));
			await put('goals', goals.map((g, i) => ({ id: 'g' + i, createdAt: i, updatedAt: i, format: 1, plain: g })));
			db.close();
		}, { checks, goals });
		for (const [name, path] of shots) {
			if (only && name !== only) continue;
			await page.goto(server.origin + path);
			await page.locator('#main').waitFor();
			await page.waitForTimeout(400);
			await page.screenshot({ path: `${out}/${name}-${language}-${theme}-${size}.png`, fullPage: true });
		}
		await context.close();
	}
} finally { await browser.close(); server.stop(); }
console.log('done');
