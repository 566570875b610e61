// Takes screenshots of the main screens in light and dark, English and Arabic, phone and desktop,
// for people to look at (not a test). Run after the build: node scripts/screenshots.mjs [folder]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreview } from './browser.mjs';

const PORT = 4180;
const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const server = startPreview(PORT);
const { origin } = server;
await server.ready;

const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 860 } };
const shots = [
	['home-first-run', '/', {}],
	['home', '/', { welcomed: true }],
	['notes', '/notes', { welcomed: true }],
	['write', '/notes/write', { welcomed: true }],
	['settings', '/settings', { welcomed: true }],
	['plan-edit', '/plan/edit?step=8', { welcomed: true }],
	['help', '/help', { welcomed: true }],
	['goals-check', '/goals/check', { welcomed: true }],
	['goals-edit', '/goals/edit?area=legal', { welcomed: true }],
	['people', '/people', { welcomed: true }],
	['person-edit', '/people/edit', { welcomed: true }],
	['practice', '/practice', { welcomed: true }],
	['practice-script', '/practice/4', { welcomed: true }]
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
	server.stop();
}
console.log(`Screenshots in ${out}`);
