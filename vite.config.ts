import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
