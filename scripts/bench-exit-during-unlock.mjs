// Measures the quick exit while the vault is deriving its key (Argon2id, the slow part of
// unlocking): a passcode is set once, then each run opens the lock screen, starts an unlock, and
// taps Exit while the derivation runs. It prints, from the tap (the input's own timestamp), how
// long until the content is hidden (<html data-exiting>) and until the navigation starts.
// The target: hidden within 50 ms of the tap. A benchmark, not a test: it prints figures and
// always exits 0. Run after the build.
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PORT_OFFSET, startPreview } from './browser.mjs';

const PORT = 4177;
const origin = `http://localhost:${PORT + PORT_OFFSET}`;
const TARGET_MS = 50;
const RUNS = Number(process.env.RUNS ?? 15);
/** How long after the Unlock click to tap Exit: the derivation is under way by then. */
const TAP_AFTER_MS = 150;
const PASSCODE = 'quiet river morning bread';
const EXIT_SITES = /^https:\/\/www\.bbc\.(co\.uk|com)\//;

const server = startPreview(PORT);

/** Runs in every page before the app: notes the tap, the hiding and the navigation. */
function instrument() {
	if (!localStorage.getItem('waypoint.preferences')) {
		localStorage.setItem('waypoint.preferences', '{"welcomed":true}');
	}
	const timing = {};
	window.__timing = timing;
	window.addEventListener(
		'pointerdown',
		(event) => {
			if (event.target instanceof Element && event.target.closest('[data-testid="quick-exit"]')) {
				// When the browser received the tap, even if the main thread was busy then.
				timing.tap = event.timeStamp;
				// Still on the lock screen when the tap is handled: the unlock had not finished.
				timing.duringUnlock = !!document.querySelector('[data-testid="lock-screen"]');
			}
		},
		{ capture: true }
	);
	new MutationObserver(() => {
		if (document.documentElement.hasAttribute('data-exiting')) timing.hidden ??= performance.now();
	}).observe(document, {
		// The document itself: its <html> may not exist yet when this runs.
		subtree: true,
		attributes: true,
		attributeFilter: ['data-exiting']
	});
	window.navigation?.addEventListener('navigate', (event) => {
		if (new URL(event.destination.url).origin === location.origin) return;
		window.__reportExit({ ...timing, navigateAt: performance.now() });
	});
}

const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values) =>
	`median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, ` +
	`worst ${Math.max(...values).toFixed(1)} ms (n=${values.length})`;

let browser;
try {
	await server.ready;
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
	await context.route(EXIT_SITES, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' })
	);
	let onExit = () => {};
	await context.exposeFunction('__reportExit', (timing) => onExit(timing));
	await context.addInitScript(instrument);

	// Set the passcode once, through Settings, as a person would.
	const setup = await context.newPage();
	await setup.goto('/settings');
	const form = setup.getByTestId('passcode-setup');
	await form.getByLabel('New passcode').fill(PASSCODE);
	await form.getByLabel('Type it again').fill(PASSCODE);
	await setup.getByRole('button', { name: 'Set passcode' }).click();
	await setup.getByText('Your passcode is set.').waitFor({ timeout: 30_000 });
	await setup.close();

	const hidden = [];
	const navigated = [];
	let duringUnlock = 0;
	for (let i = 0; i < RUNS; i++) {
		// A new tab each time: after an exit the tab is marked to open a neutral home.
		const page = await context.newPage();
		let timer;
		try {
			await page.goto('/');
			await page.getByTestId('lock-screen').waitFor();
			await page.getByLabel('Passcode').fill(PASSCODE);
			const reported = new Promise((resolve, reject) => {
				onExit = resolve;
				timer = setTimeout(() => reject(new Error('No exit within 15 s')), 15_000);
			});
			// Handled below; if a step before fails, the timer must not end the process unhandled.
			reported.catch(() => undefined);
			const box = await page.locator('[data-testid="quick-exit"]').boundingBox();
			await page.getByRole('button', { name: 'Unlock' }).click();
			await new Promise((resolve) => setTimeout(resolve, TAP_AFTER_MS));
			// Not awaited: on a blocked main thread the click itself waits for the page.
			const tapped = page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
			const timing = await reported;
			await tapped.catch(() => undefined);
			if (timing.duringUnlock) duringUnlock++;
			hidden.push(timing.hidden - timing.tap);
			navigated.push(timing.navigateAt - timing.tap);
		} finally {
			clearTimeout(timer);
			await page.close();
		}
	}
	const lines = [
		`bench-exit-during-unlock, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(1)}`,
		`Exit tapped ${TAP_AFTER_MS} ms after Unlock (${duringUnlock} of ${RUNS} taps handled while still locked); target hidden ≤ ${TARGET_MS} ms`,
		`tap → hidden:     ${summary(hidden)}`,
		`tap → navigation: ${summary(navigated)}`
	];
	console.log(['--- summary ---', ...lines, '---------------'].join('\n'));
	if (percentile(hidden, 95) > TARGET_MS) {
		console.log(`OVER TARGET: p95 from tap to hidden is above ${TARGET_MS} ms.`);
	} else console.log(`Within the ${TARGET_MS} ms target.`);
} catch (error) {
	console.error(`The benchmark could not finish: ${error.message}`);
} finally {
	await browser?.close();
	server.stop();
}
