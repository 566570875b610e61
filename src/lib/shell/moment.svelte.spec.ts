import { describe, expect, it } from 'vitest';
import { announce } from '$lib/vault/vault-events';
import { moment } from './moment.svelte';

describe('"I need a moment"', () => {
	it('closes when the vault locks', () => {
		expect.assertions(2);
		moment.open = true;
		expect(moment.open).toBe(true);
		announce('locked');
		expect(moment.open).toBe(false);
	});
});
