import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Input types that hold no typed words: choices, files and buttons. */
const NOT_TYPED = '/^(checkbox|radio|range|color|file|hidden|submit|reset|button|image)$/';

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
		// Traces outside the vault. Back after an exit must never reach Waypoint, so moving inside the
		// app replaces the history entry (links do through app.html). And a field's words stay out of
		// the browser's own files (session restore, autofill), which autocomplete="off" keeps them from.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/**/*.spec.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"CallExpression[callee.name='goto']:not(:has(Property[key.name='replaceState'][value.value=true]))",
					message:
						'Move with goto(url, { replaceState: true }): a new history entry lets Back return here after an exit.'
				},
				{
					selector:
						"ImportSpecifier[imported.name='pushState'], MemberExpression[property.name='pushState']",
					message: 'Use replaceState: a new history entry lets Back return here after an exit.'
				},
				{
					selector: "SvelteAttribute[key.name='data-sveltekit-replacestate']",
					message: 'Links replace the history entry once, for the whole app, in src/app.html.'
				},
				{
					selector: `SvelteElement[name.name=/^(input|textarea)$/]:not(:has(SvelteAttribute[key.name='type'] > SvelteLiteral[value=${NOT_TYPED}])):not(:has(SvelteAttribute[key.name='autocomplete'] > SvelteLiteral[value='off']))`,
					message:
						'Give every field a person types into autocomplete="off": without it, Chromium keeps the words in its session-restore and autofill files, outside the vault.'
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
