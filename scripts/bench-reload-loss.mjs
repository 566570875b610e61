// Measures the window of typing that a reload can still lose: a note is typed, one more word is
// added, and the page is reloaded after a chosen pause; did the word survive? Repeated for several
// pauses, without and with a passcode, in a real Chromium. A benchmark, not a test: it prints
// figures and always exits 0. Run after the build.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PORT_OFFSET, startPreview } from './browser.mjs';

const PORT = 4177;
const origin = `http://localhost:${PORT + PORT_OFFSET}`;
const PAUSES_MS = [0, 10, 25, 50, 100, 200, 400, 600];
const RUNS = Number(process.env.RUNS ?? 6);
const PASSCODE = 'a long quiet passphrase';

const server = startPreview(PORT);

async function setPasscode(page) {
	await page.goto(`${origin}/settings`);
	const form = page.getByTestId('passcode-setup');
	await form.getByLabel('New passcode').fill(PASSCODE);
	await form.getByLabel('Type it again').fill(PASSCODE);
	await page.getByRole('button', { name: 'Set passcode' }).click();
	await page.getByText('Your passcode is set.').waitFor({ timeout: 30_000 });
}

async function unlockIfLocked(page) {
	const lock = page.getByTestId('lock-screen');
	if (!(await lock.isVisible())) return;
	await page.getByLabel('Passcode').fill(PASSCODE);
	await page.getByRole('button', { name: 'Unlock' }).click();
	await lock.waitFor({ state: 'hidden', timeout: 30_000 });
}

/** One try: returns true when the word typed just before the reload was kept. */
async function tryOnce(page, pauseMs, run, withPasscode) {
	await page.goto(`${origin}/notes/write`);
	await page.locator('#main').waitFor();
	await unlockIfLocked(page);
	const words = page.getByLabel('Your words');
	await words.fill(`note ${run}`);
	await page.getByTestId('save-status').getByText('Saved').waitFor();
	const last = ` last${run}`;
	await words.pressSequentially(last);
	if (pauseMs) await page.waitForTimeout(pauseMs);
	await page.reload({ waitUntil: 'commit' });
	await page.locator('#main').waitFor();
	if (withPasscode) await unlockIfLocked(page);
	await words.waitFor();
	await page.waitForTimeout(50);
	return (await words.inputValue()).endsWith(last);
}

let browser;
try {
	await server.ready;
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	for (const withPasscode of [false, true]) {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			if (!localStorage.getItem('waypoint.preferences')) {
				localStorage.setItem('waypoint.preferences', '{"welcomed":true}');
			}
		});
		const page = await context.newPage();
		await page.goto(origin);
		if (withPasscode) await setPasscode(page);
		console.log(withPasscode ? 'With a passcode:' : 'Without a passcode:');
		let window = -1;
		for (const pause of PAUSES_MS) {
			let kept = 0;
			for (let run = 0; run < RUNS; run++)
				if (await tryOnce(page, pause, run, withPasscode)) kept++;
			console.log(
				`  reload ${String(pause).padStart(3)} ms after the last key: ${kept}/${RUNS} kept`
			);
			if (kept < RUNS) window = pause;
		}
		console.log(
			window < 0
				? '  window of loss: none seen at any pause measured'
				: `  window of loss: words typed up to about ${window} ms before a reload could be lost`
		);
		await context.close();
	}
} finally {
	await browser?.close();
	server.stop();
}
