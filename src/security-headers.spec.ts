import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import svelteConfig from '../svelte.config.js';
import { SNIPPETS } from '../scripts/write-deploy-snippets.mjs';
import {
	CSP_DIRECTIVES,
	SECURITY_HEADERS,
	caddySnippet,
	netlifyHeaders,
	nginxSnippet
} from './security-headers.js';

const REQUIRED = [
	'Content-Security-Policy',
	'X-Content-Type-Options',
	'Referrer-Policy',
	'Permissions-Policy',
	'Cross-Origin-Opener-Policy'
];

describe('security headers', () => {
	it('has every protection a server must give, with a strict value', () => {
		for (const name of REQUIRED) expect(Object.keys(SECURITY_HEADERS)).toContain(name);
		const csp = SECURITY_HEADERS['Content-Security-Policy'];
		expect(csp).toContain("frame-ancestors 'none'");
		expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
		expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
		expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
		for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'payment']) {
			expect(SECURITY_HEADERS['Permissions-Policy']).toContain(`${feature}=()`);
		}
	});

	it('the header policy says everything the pages say, and the pages take theirs from here', () => {
		expect(svelteConfig.kit?.csp?.directives).toBe(CSP_DIRECTIVES);
		const header = new Map(
			SECURITY_HEADERS['Content-Security-Policy'].split('; ').map((d) => {
				const [name, ...sources] = d.split(' ');
				return [name, sources];
			})
		);
		for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
			const quoted = (sources as string[]).map((s) => (s.endsWith(':') ? s : `'${s}'`));
			// The header may add to script-src only what the <meta> policy still narrows (its hashes).
			const extra = name === 'script-src' ? ["'unsafe-inline'"] : [];
			expect(header.get(name), name).toEqual([...quoted, ...extra]);
		}
	});

	it('every host format carries every header, exactly', () => {
		for (const text of [netlifyHeaders(), caddySnippet(), nginxSnippet()]) {
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
				expect(text).toContain(name);
				expect(text).toContain(value);
			}
		}
		expect(netlifyHeaders()).toMatch(/^\/\*$/m);
		expect(nginxSnippet().match(/^add_header .* always;$/gm)).toHaveLength(
			Object.keys(SECURITY_HEADERS).length
		);
	});

	it('the snippets in deploy/ are the ones this source writes (run scripts/write-deploy-snippets.mjs)', () => {
		for (const [path, write] of Object.entries(SNIPPETS)) {
			expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path).toBe(write());
		}
	});
});
