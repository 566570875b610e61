import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Pure rules: plain TypeScript that never reaches for Svelte, the database or the app runtime.
		files: ['src/lib/**/*.ts'],
		ignores: [
			'src/lib/**/*.svelte.ts',
			'src/lib/**/*.repo.ts',
			'src/lib/**/*.spec.ts',
			'src/lib/db/**',
			'src/lib/quick-exit/quick-exit.ts',
			'src/lib/settings/wipe.ts',
			'src/lib/shell/start.ts',
			'src/lib/vault/keyring.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'Pure modules do not import Svelte.' },
						{
							group: ['dexie'],
							message: 'Only src/lib/db and *.repo.ts files touch the database.'
						},
						{ group: ['$app/*'], message: 'Pure modules do not depend on the SvelteKit runtime.' }
					]
				}
			]
		}
	},
	{
		// Features never talk to IndexedDB or WebCrypto themselves: they go through the storage layer.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**', 'src/lib/vault/**', 'src/**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['dexie'], message: 'Read and write through src/lib/db/repository.ts.' },
						{
							group: ['$lib/vault/crypto'],
							message: 'Only the vault and the storage layer encrypt.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'indexedDB', message: 'Read and write through src/lib/db/repository.ts.' }
			],
			'no-restricted-properties': [
				'error',
				{ object: 'crypto', property: 'subtle', message: 'Only the vault encrypts.' }
			]
		}
	}
);
