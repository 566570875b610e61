import { describe, expect, it } from 'vitest';
import { announceLock } from '$lib/vault/lock-events';
import { moment } from './moment.svelte';

describe('"I need a moment"', () => {
	it('closes when the vault locks', () => {
		expect.assertions(2);
		moment.open = true;
		expect(moment.open).toBe(true);
		announceLock();
		expect(moment.open).toBe(false);
	});
});
