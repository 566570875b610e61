import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/** The shell's routes, with neutral addresses. */
export const ROUTES = [
	'/',
	'/notes',
	'/plan',
	'/people',
	'/goals',
	'/practice',
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
