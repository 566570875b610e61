import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importAesKey, randomBytes } from '$lib/vault/crypto';
import { sealedCodec } from './codec';
import { WaypointDatabase } from './db';
import { PERSONAL_STORES, PERSONAL_TABLES, SCHEMA_VERSIONS, type PersonalTable } from './schema';

/**
 * The released schemas, copied by hand. A released version must never change: add a new version
 * with an upgrade, and a test below that opens the previous version's data.
 */
const RELEASED: Record<number, Record<string, string | null>> = {
	1: { meta: 'key', journal: 'id, createdAt, updatedAt' },
	2: { grounding: 'id, createdAt, updatedAt', helpContacts: 'id, createdAt, updatedAt' },
	3: { safetyPlan: 'id, createdAt, updatedAt' },
	4: {
		practice: 'id, createdAt, updatedAt',
		people: 'id, createdAt, updatedAt',
		goals: 'id, createdAt, updatedAt',
		stabilityChecks: 'id, createdAt, updatedAt',
		lifeAreas: 'id, createdAt, updatedAt'
	},
	5: {
		r1: 'id, createdAt, updatedAt',
		r2: 'id, createdAt, updatedAt',
		r3: 'id, createdAt, updatedAt',
		r4: 'id, createdAt, updatedAt',
		r5: 'id, createdAt, updatedAt',
		r6: 'id, createdAt, updatedAt',
		r7: 'id, createdAt, updatedAt',
		r8: 'id, createdAt, updatedAt',
		r9: 'id, createdAt, updatedAt',
		r10: 'id, createdAt, updatedAt',
		journal: null,
		grounding: null,
		helpContacts: null,
		safetyPlan: null,
		practice: null,
		people: null,
		goals: null,
		stabilityChecks: null,
		lifeAreas: null
	}
};

/** The personal stores as version 4 named them: each one's name said what it held. */
const VERSION_4_TABLES = [
	'journal',
	'grounding',
	'helpContacts',
	'safetyPlan',
	'practice',
	'people',
	'goals',
	'stabilityChecks',
	'lifeAreas'
] as const satisfies readonly PersonalTable[];

let counter = 0;
const freshName = () => `schema-test-${++counter}`;

/** Writes data with only the versions up to `version`, the way an older app would have. */
async function writeAtVersion(name: string, version: number, write: (db: Dexie) => Promise<void>) {
	const old = new Dexie(name);
	for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= version)) {
		old.version(v.version).stores(v.stores);
	}
	await old.open();
	await write(old);
	old.close();
}

describe('schema', () => {
	it('never edits a released version', () => {
		for (const v of SCHEMA_VERSIONS) {
			if (RELEASED[v.version]) expect(v.stores).toEqual(RELEASED[v.version]);
		}
		expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
			[...SCHEMA_VERSIONS.map((v) => v.version)].sort((a, b) => a - b)
		);
	});

	it('has a store for every personal capability, and no store name says what it holds', async () => {
		const db = new WaypointDatabase(freshName());
		await db.open();
		const names = db.tables.map((t) => t.name);
		for (const table of PERSONAL_TABLES) expect(names).toContain(PERSONAL_STORES[table]);
		expect(new Set(Object.values(PERSONAL_STORES)).size).toBe(PERSONAL_TABLES.length);
		expect(names.filter((name) => name !== 'meta').every((name) => /^r\d+$/.test(name))).toBe(true);
		db.close();
	});

	it('version 1: a new device starts empty; reopening keeps what was written', async () => {
		const name = freshName();
		await writeAtVersion(name, 1, async (db) => {
			await db.table('meta').put({ key: 'vault', value: { format: 1 } });
			await db
				.table('journal')
				.put({ id: 'a', createdAt: 1, updatedAt: 2, format: 1, plain: { body: 'hi' } });
		});
		const db = new WaypointDatabase(name);
		await db.open();
		expect(await db.meta.get('vault')).toEqual({ key: 'vault', value: { format: 1 } });
		expect((await db.journal.get('a'))?.plain).toEqual({ body: 'hi' });
		db.close();
	});

	it('version 2: a journal and vault written by version 1 are all still there', async () => {
		const name = freshName();
		const sealed = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
		await writeAtVersion(name, 1, async (db) => {
			await db.table('meta').put({ key: 'vault', value: { format: 1, wrappedKey: sealed } });
			await db.table('journal').bulkPut([
				{ id: 'a', createdAt: 1, updatedAt: 2, format: 1, sealed },
				{ id: 'b', createdAt: 3, updatedAt: 4, format: 1, plain: { body: 'kept' } }
			]);
		});
		const db = new WaypointDatabase(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
		expect(await db.journal.count()).toBe(2);
		expect((await db.journal.get('a'))?.sealed).toEqual(sealed);
		expect((await db.journal.get('b'))?.plain).toEqual({ body: 'kept' });
		expect((await db.meta.get('vault'))?.value).toEqual({ format: 1, wrappedKey: sealed });
		expect(await db.grounding.count()).toBe(0);
		expect(await db.helpContacts.count()).toBe(0);
		db.close();
	});

	it('version 3: notes, calm place words and contacts from version 2 are all still there', async () => {
		const name = freshName();
		await writeAtVersion(name, 2, async (db) => {
			await db
				.table('journal')
				.put({ id: 'j', createdAt: 1, updatedAt: 1, format: 1, plain: { body: 'j' } });
			await db
				.table('grounding')
				.put({ id: 'g', createdAt: 2, updatedAt: 2, format: 1, plain: { words: 'g' } });
			await db
				.table('helpContacts')
				.put({ id: 'h', createdAt: 3, updatedAt: 3, format: 1, plain: { name: 'h' } });
		});
		const db = new WaypointDatabase(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
		expect((await db.journal.get('j'))?.plain).toEqual({ body: 'j' });
		expect((await db.grounding.get('g'))?.plain).toEqual({ words: 'g' });
		expect((await db.helpContacts.get('h'))?.plain).toEqual({ name: 'h' });
		expect(await db.safetyPlan.count()).toBe(0);
		db.close();
	});

	it('version 4: every record and the vault from version 3 are all still there', async () => {
		const name = freshName();
		const sealed = new Uint8Array([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
		await writeAtVersion(name, 3, async (db) => {
			await db.table('meta').put({ key: 'vault', value: { format: 1, wrappedKey: sealed } });
			await db.table('journal').put({ id: 'j', createdAt: 1, updatedAt: 1, format: 1, sealed });
			await db
				.table('grounding')
				.put({ id: 'g', createdAt: 2, updatedAt: 2, format: 1, plain: { words: 'g' } });
			await db
				.table('helpContacts')
				.put({ id: 'h', createdAt: 3, updatedAt: 3, format: 1, plain: { name: 'h' } });
			await db.table('safetyPlan').put({ id: 'p', createdAt: 4, updatedAt: 4, format: 1, sealed });
		});
		const db = new WaypointDatabase(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
		expect((await db.meta.get('vault'))?.value).toEqual({ format: 1, wrappedKey: sealed });
		expect((await db.journal.get('j'))?.sealed).toEqual(sealed);
		expect((await db.grounding.get('g'))?.plain).toEqual({ words: 'g' });
		expect((await db.helpContacts.get('h'))?.plain).toEqual({ name: 'h' });
		expect((await db.safetyPlan.get('p'))?.sealed).toEqual(sealed);
		for (const table of [db.practice, db.people, db.goals, db.stabilityChecks, db.lifeAreas]) {
			expect(await table.count()).toBe(0);
		}
		db.close();
	});

	it('version 5: every record of version 4 is moved to its neutral store and still opens', async () => {
		const name = freshName();
		const key = await importAesKey(randomBytes(32));
		const codec = sealedCodec(key, 'first');
		const header = { format: 1, wrappedKey: new Uint8Array(60).fill(7) };
		await writeAtVersion(name, 4, async (db) => {
			await db.table('meta').put({ key: 'vault', value: header });
			await db.table('meta').put({ key: 'unlock-failures', value: { count: 2, lastAt: 5 } });
			for (const [i, table] of VERSION_4_TABLES.entries()) {
				await db.table(table).bulkPut([
					{
						id: `${table}-sealed`,
						createdAt: i,
						updatedAt: i + 1,
						format: 1,
						...(await codec.encode(table, `${table}-sealed`, { words: `sealed ${table}` }))
					},
					{ id: `${table}-plain`, createdAt: i, updatedAt: i, format: 1, plain: { n: i } }
				]);
			}
		});
		const db = new WaypointDatabase(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
		// The old names are gone from the device: only meta and the neutral stores remain.
		expect(db.backendDB().objectStoreNames.length).toBe(PERSONAL_TABLES.length + 1);
		for (const table of VERSION_4_TABLES) {
			expect(db.backendDB().objectStoreNames.contains(table)).toBe(false);
		}
		for (const [i, table] of VERSION_4_TABLES.entries()) {
			const rows = await db.personal(table).orderBy('updatedAt').toArray();
			expect(rows.map((row) => row.id)).toEqual([`${table}-plain`, `${table}-sealed`]);
			expect(rows[0]!.plain).toEqual({ n: i });
			// Bound to the logical table name, so it opens with no re-encryption.
			expect(await codec.decode(table, rows[1]!)).toEqual({ words: `sealed ${table}` });
			expect(rows[1]!.createdAt).toBe(i);
		}
		expect(await db.personal('reminders').count()).toBe(0);
		expect((await db.meta.get('vault'))?.value).toEqual(header);
		expect((await db.meta.get('unlock-failures'))?.value).toEqual({ count: 2, lastAt: 5 });
		db.close();
	});

	it('a new device never creates the old store names', async () => {
		const db = new WaypointDatabase(freshName());
		await db.open();
		expect([...db.backendDB().objectStoreNames].sort()).toEqual(
			['meta', ...Object.values(PERSONAL_STORES)].sort()
		);
		db.close();
	});
});
