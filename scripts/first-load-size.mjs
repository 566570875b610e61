// Reports the gzip size of the JavaScript the first screen loads, measured in a real Chromium
// against the built app, and fails above the budget (DESIGN.md §6: 100 KB). Run after the build.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreview } from './browser.mjs';

const BUDGET_BYTES = 100 * 1000;
const PORT = 4175;

const server = startPreview(PORT);
const { origin } = server;

let browser;
try {
	await server.ready;
	browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	// No service worker: the first visit of a new person, with nothing cached.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const scripts = new Map();
	page.on('response', async (response) => {
		const url = response.url();
		if (!url.startsWith(origin) || !/\.m?js(\?|$)/.test(url)) return;
		scripts.set(url, gzipSync(await response.body(), { level: 9 }).length);
	});
	await page.goto(origin, { waitUntil: 'networkidle' });
	await page.getByTestId('welcome').waitFor();
	await page.waitForLoadState('networkidle');

	const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
	const rows = [...scripts.entries()].sort((a, b) => b[1] - a[1]);
	for (const [url, size] of rows) {
		console.log(`${(size / 1000).toFixed(1).padStart(7)} kB  ${url.slice(origin.length)}`);
	}
	console.log(
		`First screen JavaScript: ${(total / 1000).toFixed(1)} kB gzip in ${rows.length} files (budget ${BUDGET_BYTES / 1000} kB).`
	);
	if (total > BUDGET_BYTES) {
		console.error('Over budget: load the extra code only when a screen needs it.');
		process.exitCode = 1;
	}
} finally {
	await browser?.close();
	server.stop();
}
