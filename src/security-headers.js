/** @typedef {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} CspDirectives */

/**
 * The one source of the protections only a server can give. svelte.config.js takes the
 * Content-Security-Policy directives from here for each page's <meta> tag; the build writes
 * build/_headers from here (vite.config.ts); `vite preview` (so `npm start` and the browser tests)
 * sends the same headers; deploy/ holds the Caddy and nginx snippets written from here
 * (`node scripts/write-deploy-snippets.mjs`, checked by src/security-headers.spec.ts).
 */

/**
 * What the app may load, as SvelteKit's `kit.csp.directives` takes them (keywords unquoted).
 * SvelteKit adds the hash of each page's inline start-up script to `script-src` in that page's
 * <meta> tag, so no other inline script runs.
 * @type {CspDirectives}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'manifest-src': ['self'],
	'worker-src': ['self'],
	'media-src': ['self'],
	'frame-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['none']
};

/**
 * The header's policy: the same directives, plus what a <meta> tag cannot say. A browser enforces
 * both policies, and a script runs only if each allows it. The page's inline start-up script has a
 * per-page hash that only its <meta> tag knows, so the header allows inline scripts and the <meta>
 * policy, stricter, allows only that hash. Workers and the service worker, which have no <meta>,
 * run no inline script at all.
 * @type {CspDirectives}
 */
const HEADER_CSP_DIRECTIVES = {
	...CSP_DIRECTIVES,
	'script-src': [...(CSP_DIRECTIVES['script-src'] ?? []), 'unsafe-inline'],
	// No other site may show Waypoint inside a frame (to trick a tap, or to watch it).
	'frame-ancestors': ['none']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'wasm-unsafe-eval', 'strict-dynamic']);

/** @param {CspDirectives} directives */
function policy(directives) {
	return Object.entries(directives)
		.map(([name, sources]) =>
			Array.isArray(sources)
				? [name, ...sources.map((s) => (KEYWORDS.has(s) ? `'${s}'` : s))].join(' ')
				: name
		)
		.join('; ');
}

/**
 * Powerful features no page of Waypoint uses, turned off for it and anything it could embed. The
 * clipboard stays for Waypoint itself (copying a number). A later feature that films or records
 * evidence can use `<input type="file" capture>`, which opens the device's own camera app and needs
 * no permission here; one that uses the camera inside the page changes `camera` to `(self)`.
 */
const PERMISSIONS = {
	accelerometer: '()',
	autoplay: '()',
	bluetooth: '()',
	camera: '()',
	'clipboard-read': '()',
	'clipboard-write': '(self)',
	'display-capture': '()',
	'encrypted-media': '()',
	fullscreen: '()',
	geolocation: '()',
	gyroscope: '()',
	hid: '()',
	'idle-detection': '()',
	'local-fonts': '()',
	magnetometer: '()',
	microphone: '()',
	midi: '()',
	payment: '()',
	'picture-in-picture': '()',
	'publickey-credentials-get': '()',
	'screen-wake-lock': '()',
	serial: '()',
	usb: '()',
	'web-share': '()',
	'xr-spatial-tracking': '()'
};

/** Every header, name and value, for every response (pages, scripts, styles, images). */
export const SECURITY_HEADERS = Object.freeze({
	'Content-Security-Policy': policy(HEADER_CSP_DIRECTIVES),
	// Files are only ever what their type says (a note's text can never be run as a script).
	'X-Content-Type-Options': 'nosniff',
	// Following a link (a help service, the exit site) never tells that site where it came from.
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': Object.entries(PERMISSIONS)
		.map(([feature, allow]) => `${feature}=${allow}`)
		.join(', '),
	// A page Waypoint opens, or that opened Waypoint, gets no handle on its window.
	'Cross-Origin-Opener-Policy': 'same-origin',
	// Other sites cannot load Waypoint's files into their own pages.
	'Cross-Origin-Resource-Policy': 'same-origin',
	// frame-ancestors for browsers too old to know it.
	'X-Frame-Options': 'DENY'
});

/** build/_headers: Netlify and Cloudflare Pages read it from the published folder. */
export function netlifyHeaders() {
	const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
	return `# Written by the build from src/security-headers.js; do not edit.\n/*\n${lines.join('\n')}\n`;
}

/** A Caddyfile snippet: `import /path/to/waypoint-headers.caddy` inside the site block. */
export function caddySnippet() {
	const lines = Object.entries(SECURITY_HEADERS).map(
		([name, value]) => `\t${name} ${JSON.stringify(value)}`
	);
	return [
		'# Written from src/security-headers.js by scripts/write-deploy-snippets.mjs; do not edit.',
		'# `import /path/to/waypoint-headers.caddy` inside the site block that serves build/.',
		'header {',
		...lines,
		'}',
		''
	].join('\n');
}

/**
 * An nginx snippet: `include` it in the server block. nginx drops every inherited add_header in a
 * location that adds its own, so include it again in any such location.
 */
export function nginxSnippet() {
	const lines = Object.entries(SECURITY_HEADERS).map(
		([name, value]) => `add_header ${name} "${value}" always;`
	);
	return [
		'# Written from src/security-headers.js by scripts/write-deploy-snippets.mjs; do not edit.',
		'# `include /path/to/waypoint-headers.conf;` in the server block that serves build/, and again',
		'# in any location block with add_header lines of its own (nginx does not inherit them there).',
		...lines,
		''
	].join('\n');
}
