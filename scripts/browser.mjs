// What the benchmarks, screenshots, size budget and browser tests share: Debian's Chromium with
// flags that keep it from reaching the network on its own, and a preview server of the built app.
import { spawn } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/** Added to every port, so two checkouts can run their scripts and browser tests side by side. */
export const PORT_OFFSET = Number(process.env.PORT_OFFSET ?? 0);

/**
 * Serves the built app with `vite preview` on a port of its own (plus PORT_OFFSET), in a process
 * group that stop() ends. `ready` resolves once it answers.
 * @param {number} basePort
 */
export function startPreview(basePort) {
	const port = basePort + PORT_OFFSET;
	const origin = `http://localhost:${port}`;
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	const ready = (async () => {
		for (let i = 0; i < 100; i++) {
			try {
				if ((await fetch(origin)).ok) return;
			} catch {
				// Not up yet.
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		throw new Error('The preview server did not start.');
	})();
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid);
		} catch {
			// Already gone.
		}
	};
	return { origin, ready, stop };
}
