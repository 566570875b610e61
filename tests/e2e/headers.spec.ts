import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS, netlifyHeaders } from '../../src/security-headers.js';
import { openApp } from './helpers';

const expected: [string, string][] = Object.entries(SECURITY_HEADERS).map(([name, value]) => [
	name.toLowerCase(),
	value
]);

test('every page and every file the app loads carries the server headers', async ({
	page,
	baseURL
}) => {
	const responses: { url: string; headers: Record<string, string> }[] = [];
	page.on('response', (response) => {
		if (new URL(response.url()).origin === new URL(baseURL!).origin) {
			responses.push({ url: response.url(), headers: response.headers() });
		}
	});
	await openApp(page, '/');
	await openApp(page, '/notes');
	await openApp(page, '/settings');
	const kinds = new Set(responses.map(({ url }) => new URL(url).pathname.split('.').at(-1)));
	// Pages, scripts, styles and images at least; and what the browser fetches on its own.
	for (const kind of ['/notes', 'js', 'css', 'svg']) expect([...kinds]).toContain(kind);
	expect(responses.length).toBeGreaterThan(10);
	for (const path of ['/manifest.webmanifest', '/service-worker.js', '/prefs.js']) {
		const response = await page.request.get(path);
		expect(response.ok(), path).toBe(true);
		responses.push({ url: path, headers: response.headers() });
	}
	for (const { url, headers } of responses) {
		for (const [name, value] of expected) expect(headers[name], `${name} on ${url}`).toBe(value);
		expect(headers['access-control-allow-origin'], url).toBeUndefined();
	}
	// The same headers the build wrote for the host.
	expect(readFileSync('build/_headers', 'utf8')).toBe(netlifyHeaders());
});

test('another site cannot show Waypoint inside a frame', async ({ page, baseURL }) => {
	// A page on another origin (its own port on this machine) that tries to frame the app.
	const elsewhere = createServer((_request, response) => {
		response.setHeader('Content-Type', 'text/html');
		response.end(`<!doctype html><title>elsewhere</title><iframe src="${baseURL}/notes"></iframe>`);
	});
	await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
	try {
		const { port } = elsewhere.address() as AddressInfo;
		await page.goto(`http://127.0.0.1:${port}/`);
		// The frame has finished (loaded or refused) before the page's own load event.
		const frame = page.frames().find((f) => f !== page.mainFrame())!;
		expect(frame).toBeDefined();
		// The browser shows its own error page in the frame instead of the app.
		expect(frame.url()).not.toBe(`${baseURL}/notes`);
		expect(await frame.locator('#main').count()).toBe(0);
	} finally {
		elsewhere.close();
	}
});

test('with the header, only the page’s own start-up script runs inline; no console errors', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await openApp(page, '/');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.head.append(script);
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	// The refusal of that script is the one error expected; nothing about the headers themselves.
	expect(errors.filter((e) => !/inline script/i.test(e))).toEqual([]);
	expect(errors).toHaveLength(1);
	expect(errors.some((e) => /Permissions-Policy|Unrecognized feature/.test(e))).toBe(false);
});
