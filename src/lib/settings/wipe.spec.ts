import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { Repository } from '$lib/db/repository';
import { vault } from '$lib/vault/vault.svelte';
import { wipeEverything } from './wipe';

// Deleting the database is interrupted (the tab closed, the browser stopped it): only what
// happened before that counts.
vi.mock('$lib/db/db', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/db/db')>()),
	deleteDatabase: vi.fn(async () => {
		throw new Error('Interrupted');
	})
}));
vi.mock('./preferences.svelte', () => ({ preferences: { reset: vi.fn() } }));

const CANARY = 'canary-wipe-9c2d';
const notes = new Repository<{ body: string }>('journal', (data) =>
	data && typeof (data as { body?: unknown }).body === 'string' ? (data as { body: string }) : null
);
let db: WaypointDatabase;

beforeEach(async () => {
	db = new WaypointDatabase('wipe-test');
	useDatabaseForTests(db);
	await vault.load();
});

describe('delete everything', () => {
	it('destroys the key first: interrupted after that, no record can be opened again', async () => {
		await notes.save({ body: `one ${CANARY}` });
		await vault.setPasscode('quiet river stones');
		await notes.save({ body: `two ${CANARY}` });

		await expect(wipeEverything()).rejects.toThrow('Interrupted');

		// The records are still there, sealed, but nothing can open them any more.
		const rows = await db.journal.toArray();
		expect(rows).toHaveLength(2);
		expect(JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? [...v] : v))).not.toContain(
			CANARY
		);
		// Coming back to the app: no vault to unlock, and every record is damaged.
		await vault.load();
		expect(vault.status).toBe('open');
		await expect(vault.unlock('quiet river stones')).rejects.toThrow();
		expect((await notes.list()).map((entry) => entry.damaged)).toEqual([true, true]);
	});
});
