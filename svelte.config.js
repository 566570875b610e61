import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/security-headers.js';

/**
 * Content-Security-Policy: the app may talk only to its own origin. SvelteKit writes the hashes of
 * its own inline start-up script into each prerendered page, so no inline script runs otherwise.
 * The directives come from src/security-headers.js, which also gives the server's headers.
 */
const csp = {
	mode: /** @type {const} */ ('hash'),
	directives: CSP_DIRECTIVES
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		csp,
		// Absolute asset paths: a deep link served from the offline shell must still find its files.
		paths: { relative: false },
		// The service worker is registered by the app itself so that updates wait for the person.
		serviceWorker: { register: false },
		files: { assets: 'static' },
		version: { pollInterval: 0 }
	}
};

export default config;
