import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { Repository } from '$lib/db/repository';
import { DamagedDataError } from './crypto';
import { currentCodec } from './keyring';
import { FREE_ATTEMPTS } from './passcode';
import { vault } from './vault.svelte';

const notes = new Repository<{ body: string }>('journal', (data) =>
	data && typeof (data as { body?: unknown }).body === 'string' ? (data as { body: string }) : null
);
let db: WaypointDatabase;
let counter = 0;

beforeEach(async () => {
	db = new WaypointDatabase(`vault-state-test-${++counter}`);
	useDatabaseForTests(db);
	await vault.load();
});

afterEach(() => {
	vi.restoreAllMocks();
});

// Every passcode here costs a real Argon2id derivation (about half a second, more on a busy machine).
describe('changing the passcode and also replacing the key', { timeout: 60_000 }, () => {
	it('re-encrypts every record: the old data key opens none, the new passcode reads all', async () => {
		await notes.save({ body: 'written before the passcode' });
		await vault.setPasscode('first long phrase');
		await notes.save({ body: 'written after' });
		const oldCodec = currentCodec();

		await vault.changePasscode('first long phrase', 'second long phrase', true);

		for (const row of await db.journal.toArray()) {
			await expect(oldCodec.decode('journal', row)).rejects.toBeInstanceOf(DamagedDataError);
		}
		await vault.lock();
		expect((await vault.unlock('first long phrase')).ok).toBe(false);
		expect((await vault.unlock('second long phrase')).ok).toBe(true);
		const bodies = (await notes.list()).map((e) => (e.damaged ? null : e.data.body));
		expect(bodies.sort()).toEqual(['written after', 'written before the passcode']);
	});

	it('without replacing, the same data key stays (and the old one still opens records)', async () => {
		await vault.setPasscode('first long phrase');
		await notes.save({ body: 'kept' });
		const oldCodec = currentCodec();
		await vault.changePasscode('first long phrase', 'second long phrase');
		const [row] = await db.journal.toArray();
		await expect(oldCodec.decode('journal', row!)).resolves.toEqual({ body: 'kept' });
	});
});

describe('the wait after wrong tries', { timeout: 60_000 }, () => {
	it('moving the device clock forward does not skip it within a session', async () => {
		await vault.setPasscode('quiet river stones');
		await vault.lock();
		for (let i = 0; i < FREE_ATTEMPTS; i++) await vault.unlock(`wrong ${i}`);
		expect(await vault.waitBeforeNextTry()).toBeGreaterThan(0);

		const realNow = Date.now();
		vi.spyOn(Date, 'now').mockReturnValue(realNow + 60 * 60 * 1000);
		expect(await vault.waitBeforeNextTry()).toBeGreaterThan(0);
		expect((await vault.unlock('quiet river stones')).ok).toBe(false);
	});
});
