import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Two tabs of the app in one test: each a fresh copy of the modules (its own vault, keyring and
 * database connection) over the same IndexedDB, as two tabs of one browser are.
 */
interface Tab {
	vault: (typeof import('./vault.svelte'))['vault'];
	notes: import('$lib/db/repository').Repository<{ body: string }>;
	subscribe: (typeof import('./vault-events'))['subscribe'];
}

const CANARY = 'canary-tab-4b1e';
let name = '';
let counter = 0;
const tabs: { close(): void }[] = [];

async function openTab(): Promise<Tab> {
	vi.resetModules();
	const { WaypointDatabase, useDatabaseForTests } = await import('$lib/db/db');
	const { Repository } = await import('$lib/db/repository');
	const { vault } = await import('./vault.svelte');
	const { subscribe } = await import('./vault-events');
	const db = new WaypointDatabase(name);
	useDatabaseForTests(db);
	tabs.push(db);
	await vault.load();
	const notes = new Repository<{ body: string }>('journal', (data) =>
		data && typeof (data as { body?: unknown }).body === 'string'
			? (data as { body: string })
			: null
	);
	return { vault, notes, subscribe };
}

/** Every stored byte, as someone copying the database would see it. */
async function rawJournal(): Promise<string> {
	const { WaypointDatabase } = await import('$lib/db/db');
	const db = new WaypointDatabase(name);
	const rows = await db.journal.toArray();
	db.close();
	return JSON.stringify(rows, (_key, value) =>
		value instanceof Uint8Array ? new TextDecoder().decode(value) : value
	);
}

beforeEach(() => {
	name = `tabs-test-${++counter}`;
});

afterEach(() => {
	vi.unstubAllGlobals();
	for (const tab of tabs.splice(0)) tab.close();
});

// Every passcode here costs a real Argon2id derivation (about half a second, more on a busy machine).
describe('a change in one tab, when the other tab has not heard of it', { timeout: 60_000 }, () => {
	// No BroadcastChannel: only the check inside each save's transaction protects.
	beforeEach(() => vi.stubGlobal('BroadcastChannel', undefined));

	it('a tab opened before a passcode was set never saves plain text after it', async () => {
		const first = await openTab();
		const second = await openTab();
		await first.vault.setPasscode('quiet river stones');
		await expect(second.notes.save({ body: CANARY })).rejects.toMatchObject({
			problem: 'locked'
		});
		expect(await rawJournal()).not.toContain(CANARY);
		// The refused write makes that tab take the vault as it now is.
		await vi.waitFor(() => expect(second.vault.status).toBe('locked'));
	});

	it('a tab still unlocked after the passcode was removed writes nothing nobody can open', async () => {
		const first = await openTab();
		await first.vault.setPasscode('quiet river stones');
		const second = await openTab();
		await second.vault.unlock('quiet river stones');
		await first.notes.save({ body: 'kept' });
		await first.vault.removePasscode('quiet river stones');
		await expect(second.notes.save({ body: 'stale key' })).rejects.toMatchObject({
			problem: 'locked'
		});
		await vi.waitFor(() => expect(second.vault.status).toBe('open'));
		const listed = await second.notes.list();
		expect(listed.map((e) => (e.damaged ? 'damaged' : e.data.body))).toEqual(['kept']);
	});

	it('a stale tab cannot remove records either', async () => {
		const first = await openTab();
		const saved = await first.notes.save({ body: 'mine' });
		const second = await openTab();
		await first.vault.setPasscode('quiet river stones');
		await expect(second.notes.remove(saved.id)).rejects.toMatchObject({ problem: 'locked' });
		await first.vault.lock();
		await first.vault.unlock('quiet river stones');
		expect((await first.notes.list()).map((e) => !e.damaged && e.data.body)).toEqual(['mine']);
	});
});

describe('every open tab hears about it at once', { timeout: 60_000 }, () => {
	it('a lock (or quick exit) in one tab locks the other, saving its draft first', async () => {
		const first = await openTab();
		await first.vault.setPasscode('quiet river stones');
		const second = await openTab();
		await second.vault.unlock('quiet river stones');
		second.subscribe('lock-coming', () => second.notes.save({ body: `draft ${CANARY}` }));
		await first.vault.lock();
		await vi.waitFor(() => expect(second.vault.status).toBe('locked'));
		await vi.waitFor(async () => expect(await rawJournal()).toContain('sealed'));
		expect(await rawJournal()).not.toContain(CANARY);
		await second.vault.unlock('quiet river stones');
		expect((await second.notes.list()).map((e) => !e.damaged && e.data.body)).toEqual([
			`draft ${CANARY}`
		]);
	});

	it('setting a passcode in one tab locks the other', async () => {
		const first = await openTab();
		const second = await openTab();
		expect(second.vault.status).toBe('open');
		await first.vault.setPasscode('quiet river stones');
		await vi.waitFor(() => expect(second.vault.status).toBe('locked'));
	});

	it('changing the passcode in one tab locks the other', async () => {
		const first = await openTab();
		await first.vault.setPasscode('quiet river stones');
		const second = await openTab();
		await second.vault.unlock('quiet river stones');
		await first.vault.changePasscode('quiet river stones', 'a new long phrase');
		await vi.waitFor(() => expect(second.vault.status).toBe('locked'));
	});

	it('removing the passcode in one tab opens the other', async () => {
		const first = await openTab();
		await first.vault.setPasscode('quiet river stones');
		const second = await openTab();
		await second.vault.unlock('quiet river stones');
		await first.vault.removePasscode('quiet river stones');
		await vi.waitFor(() => expect(second.vault.status).toBe('open'));
	});
});
