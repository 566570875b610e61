// Measures how long the quick exit takes, from a person's click (or third Shift) to the moment
// the navigation to the exit site starts, over many runs in a real Chromium. The target is 50 ms
// or less. A benchmark, not a test: it prints figures and always exits 0. Run after the build.
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PORT_OFFSET, startPreview } from './browser.mjs';

const PORT = 4176;
const origin = `http://localhost:${PORT + PORT_OFFSET}`;
const TARGET_MS = 50;
const ROUTES = ['/', '/settings', '/help', '/notes'];
const CLICK_RUNS = 40;
const KEY_RUNS = 20;
const EXIT_SITES = /^https:\/\/www\.bbc\.(co\.uk|com)\//;

const server = startPreview(PORT);

/** Runs in every page before the app: notes when the person acted and when the exit started. */
function instrument() {
	if (!localStorage.getItem('waypoint.preferences')) {
		localStorage.setItem('waypoint.preferences', '{"welcomed":true}');
	}
	// Capture phase on window, registered before the app's own listeners: the earliest a page
	// script can see the press. event.timeStamp (when the browser received the input) is kept too,
	// as it also counts any wait for a busy main thread before the listener ran.
	const mark = (event) => {
		window.__t0 = performance.now();
		window.__input = event.timeStamp;
	};
	window.addEventListener('pointerdown', mark, { capture: true });
	window.addEventListener('keyup', mark, { capture: true });
	// The button acts on click, after the release: split the press itself out of the click figure.
	window.addEventListener('pointerup', () => (window.__up = performance.now()), { capture: true });
	// The navigate event fires in the same task as location.replace(), before any network work.
	window.navigation?.addEventListener('navigate', (event) => {
		if (new URL(event.destination.url).origin === location.origin) return;
		window.__reportExit({
			start: window.__t0,
			input: window.__input,
			up: window.__up,
			navigateAt: performance.now()
		});
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
	browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	const context = await browser.newContext({ baseURL: origin });
	// The exit site is a stand-in: no run ever reaches the real network.
	await context.route(EXIT_SITES, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' })
	);
	let onExit = () => {};
	await context.exposeFunction('__reportExit', (timing) => onExit(timing));
	await context.addInitScript(instrument);

	/**
	 * One exit from `path`. A new tab each time: after an exit the app marks the tab (session
	 * storage) so that coming back opens the neutral home, which would otherwise redirect the route.
	 */
	async function run(path, act) {
		const page = await context.newPage();
		let timer;
		try {
			await page.goto(path);
			// Rendered only in the browser (ssr = false): #main means the app has started.
			await page.locator('#main').waitFor();
			if (new URL(page.url()).pathname !== path) throw new Error(`Opened ${page.url()}`);
			const reported = new Promise((resolve, reject) => {
				onExit = resolve;
				timer = setTimeout(() => reject(new Error(`No exit from ${path} within 5 s`)), 5000);
			});
			await act(page);
			const timing = await reported;
			await page.waitForURL(EXIT_SITES);
			return {
				fromListener: timing.navigateAt - timing.start,
				fromInput: timing.navigateAt - timing.input,
				fromRelease: timing.navigateAt - timing.up
			};
		} finally {
			clearTimeout(timer);
			await page.close();
		}
	}

	const click = async (page) => {
		const box = await page.locator('[data-testid="quick-exit"]').boundingBox();
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	};
	const shiftThrice = async (page) => {
		for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
	};

	const results = { click: [], key: [] };
	for (let i = 0; i < CLICK_RUNS; i++) {
		results.click.push(await run(ROUTES[i % ROUTES.length], click));
	}
	for (let i = 0; i < KEY_RUNS; i++) {
		results.key.push(await run(ROUTES[i % ROUTES.length], shiftThrice));
	}

	const lines = [
		`bench-quick-exit, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0].toFixed(1)}`,
		`routes ${ROUTES.join(' ')}, target ≤ ${TARGET_MS} ms from the press to the navigation start`
	];
	const over = [];
	for (const [name, label] of [
		['click', 'Exit button, pointerdown →'],
		['key', 'Shift ×3, last keyup →']
	]) {
		const fromListener = results[name].map((r) => r.fromListener);
		const fromInput = results[name].map((r) => r.fromInput);
		lines.push(`${label} navigate: ${summary(fromListener)}`);
		lines.push(`  same, from the input's own timestamp: ${summary(fromInput)}`);
		if (name === 'click') {
			const fromRelease = results.click.map((r) => r.fromRelease);
			lines.push(`  of which after the release (pointerup →): ${summary(fromRelease)}`);
		}
		if (percentile(fromListener, 50) > TARGET_MS) over.push(name);
	}
	console.log(['--- summary ---', ...lines, '---------------'].join('\n'));
	for (const name of over) {
		console.log(`OVER TARGET: the ${name} median is above ${TARGET_MS} ms.`);
	}
	if (!over.length) console.log(`Both medians are within the ${TARGET_MS} ms target.`);
} catch (error) {
	// A measurement, never a failing check: say what went wrong, and still exit 0.
	console.error(`The benchmark could not finish: ${error.message}`);
} finally {
	await browser?.close();
	server.stop();
}
