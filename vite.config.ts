import { writeFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS, netlifyHeaders } from './src/security-headers.js';

/**
 * The server's protections from src/security-headers.js: the build writes them to build/_headers
 * (for the host), and `vite preview` (npm start, the browser tests) sends them on every response.
 * Vite's own `preview.headers` only reaches the files Vite serves itself, not SvelteKit's pages.
 */
function securityHeaders(): Plugin {
	let writeAfterAdapter = false;
	return {
		name: 'waypoint-security-headers',
		configResolved(config) {
			// SvelteKit runs the adapter at the end of its server build; this runs after it.
			writeAfterAdapter = config.command === 'build' && !!config.build.ssr;
		},
		closeBundle: {
			sequential: true,
			order: 'post',
			handler() {
				if (writeAfterAdapter) writeFileSync('build/_headers', netlifyHeaders());
			}
		},
		configurePreviewServer(server) {
			// Added before SvelteKit's own handlers, so pages, assets and 404s all carry them.
			server.middlewares.use((_req, res, next) => {
				for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
				// Vite's preview lets any site read the files (CORS); a static host does not.
				res.removeHeader('Access-Control-Allow-Origin');
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), securityHeaders()],
	server: { fs: { allow: ['locales'] } },
	build: {
		target: 'es2022',
		reportCompressedSize: false,
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts'],
		// Argon2 derivations are slow on purpose; a busy CI machine must not turn that into a failure.
		testTimeout: 20_000,
		expect: { requireAssertions: true }
	}
});
