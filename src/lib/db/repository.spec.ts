import { beforeEach, describe, expect, it } from 'vitest';
import { setCodec } from '$lib/vault/keyring';
import { sealWithFreshKeyForTests } from '$lib/vault/test-vault';
import { plainCodec, sealedCodec } from './codec';
import { WaypointDatabase, useDatabaseForTests } from './db';
import { Repository } from './repository';
import { StorageError, toStorageError } from './storage-error';

interface Note {
	body: string;
}
const notes = new Repository<Note>('journal', (data) =>
	data && typeof (data as Note).body === 'string' ? (data as Note) : null
);
let db: WaypointDatabase;
let counter = 0;

beforeEach(async () => {
	db = new WaypointDatabase(`repository-test-${++counter}`);
	useDatabaseForTests(db);
	setCodec(plainCodec);
});

describe('Repository', () => {
	it('saves, lists newest first, edits and removes', async () => {
		const first = await notes.save({ body: 'one' });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await notes.save({ body: 'two' });
		expect((await notes.list()).map((e) => !e.damaged && e.data.body)).toEqual(['two', 'one']);

		await new Promise((resolve) => setTimeout(resolve, 5));
		const edited = await notes.save({ body: 'one, changed' }, first.id);
		expect(edited.createdAt).toBe(first.createdAt);
		expect(edited.updatedAt).toBeGreaterThan(first.updatedAt);
		expect((await notes.list())[0]).toMatchObject({ id: first.id, data: { body: 'one, changed' } });

		await notes.remove(first.id);
		expect(await notes.get(first.id)).toBeUndefined();
	});

	it('lists only the newest few by when they were written, when asked', async () => {
		const ids: string[] = [];
		for (const body of ['a', 'b', 'c']) {
			ids.push((await notes.save({ body })).id);
			await new Promise((resolve) => setTimeout(resolve, 3));
		}
		await notes.save({ body: 'a, edited later' }, ids[0]);
		const newestWritten = await notes.list({ by: 'createdAt', limit: 2 });
		expect(newestWritten.map((e) => !e.damaged && e.data.body)).toEqual(['c', 'b']);
		const newestChanged = await notes.list({ limit: 1 });
		expect(newestChanged.map((e) => !e.damaged && e.data.body)).toEqual(['a, edited later']);
	});

	it('stores nothing readable while a data key is in use', async () => {
		await sealWithFreshKeyForTests();
		await notes.save({ body: 'private words' });
		const [row] = await db.journal.toArray();
		expect(row?.plain).toBeUndefined();
		expect(new TextDecoder().decode(row?.sealed)).not.toContain('private words');
		expect((await notes.list())[0]).toMatchObject({
			damaged: false,
			data: { body: 'private words' }
		});
	});

	it('reports a tampered or foreign record as damaged and still lists the rest', async () => {
		await sealWithFreshKeyForTests();
		const good = await notes.save({ body: 'fine' });
		const bad = await notes.save({ body: 'will be changed' });
		const row = (await db.journal.get(bad.id))!;
		row.sealed![20] = row.sealed![20]! ^ 0xff;
		await db.journal.put(row);
		await db.journal.put({ id: 'x', createdAt: 1, updatedAt: 1, format: 1, plain: { body: 9 } });

		const listed = await notes.list();
		expect(listed.find((e) => e.id === good.id)).toMatchObject({ damaged: false });
		expect(listed.find((e) => e.id === bad.id)).toMatchObject({ damaged: true });
		expect(listed.find((e) => e.id === 'x')).toMatchObject({ damaged: true });
	});

	it('refuses to read or write while locked, with a reason a screen can explain', async () => {
		setCodec(null);
		await expect(notes.save({ body: 'x' })).rejects.toMatchObject({ problem: 'locked' });
		await expect(notes.list()).rejects.toBeInstanceOf(StorageError);
	});
});

describe('each write checks, in its own transaction, that the vault is still the one it encrypts for', () => {
	it('refuses a plain write once a vault header exists, and a sealed one once it is gone', async () => {
		const kept = await notes.save({ body: 'kept' });
		await db.meta.put({ key: 'vault', value: { format: 1, keyId: 'someone-else' } });
		await expect(notes.save({ body: 'plain' })).rejects.toMatchObject({ problem: 'locked' });
		await expect(notes.remove(kept.id)).rejects.toMatchObject({ problem: 'locked' });

		await sealWithFreshKeyForTests();
		await db.meta.delete('vault');
		await expect(notes.save({ body: 'sealed' })).rejects.toMatchObject({ problem: 'locked' });
		expect((await db.journal.toArray()).map((row) => row.id)).toEqual([kept.id]);
	});

	it('refuses when the vault changes after encrypting, before the record is stored', async () => {
		const { key, keyId } = await sealWithFreshKeyForTests();
		const sealed = sealedCodec(key, keyId);
		// Another tab replaces the key while this one is still encrypting.
		setCodec({
			...sealed,
			async encode(table, id, data) {
				const body = await sealed.encode(table, id, data);
				await db.meta.put({ key: 'vault', value: { format: 1, keyId: 'replaced' } });
				return body;
			}
		});
		await expect(notes.save({ body: 'late' })).rejects.toMatchObject({ problem: 'locked' });
		expect(await db.journal.count()).toBe(0);
	});

	it('writes when the header names this key', async () => {
		await sealWithFreshKeyForTests();
		await notes.save({ body: 'fine' });
		expect(await db.journal.count()).toBe(1);
	});
});

describe('toStorageError', () => {
	it('explains a full disk, blocked storage and a newer version', () => {
		expect(toStorageError({ name: 'QuotaExceededError' }).problem).toBe('full');
		expect(
			toStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).problem
		).toBe('full');
		expect(toStorageError({ name: 'MissingAPIError' }).problem).toBe('unavailable');
		expect(toStorageError({ name: 'VersionError' }).problem).toBe('newer-version');
		expect(
			toStorageError({ name: 'OpenFailedError', inner: { name: 'VersionError' } }).problem
		).toBe('newer-version');
		expect(toStorageError({ name: 'OpenFailedError' }).problem).toBe('unavailable');
		expect(toStorageError(new Error('?')).problem).toBe('unknown');
	});
});
