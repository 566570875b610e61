// Takes screenshots of the main screens in light and dark, English and Arabic, phone and desktop,
// for people to look at (not a test). Run after the build: node scripts/screenshots.mjs [folder]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = 4180;
const origin = `http://localhost:${PORT}`;
const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
for (let i = 0; i < 100; i++) {
	try {
		if ((await fetch(origin)).ok) break;
	} catch {
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 860 } };
const shots = [
	['home-first-run', '/', {}],
	['home', '/', { welcomed: true }],
	['notes', '/notes', { welcomed: true }],
	['write', '/notes/write', { welcomed: true }],
	['settings', '/settings', { welcomed: true }],
	['plan-edit', '/plan/edit?step=8', { welcomed: true }],
	['help', '/help', { welcomed: true }]
];
try {
	for (const language of ['en', 'ar']) {
		for (const theme of ['light', 'dark']) {
			for (const [size, viewport] of Object.entries(sizes)) {
				for (const [name, path, preferences] of shots) {
					const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
					await context.addInitScript(
						(value) => {
							localStorage.setItem('waypoint.preferences', JSON.stringify(value));
						},
						{ ...preferences, language, theme }
					);
					const page = await context.newPage();
					await page.goto(origin + path);
					await page.locator('#main').waitFor();
					await page.waitForTimeout(300);
					await page.screenshot({ path: `${out}/${name}-${language}-${theme}-${size}.png` });
					await context.close();
				}
			}
		}
	}
} finally {
	await browser.close();
	process.kill(-server.pid);
}
console.log(`Screenshots in ${out}`);
