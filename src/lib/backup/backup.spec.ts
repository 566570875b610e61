import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { plainCodec } from '$lib/db/codec';
import { WaypointDatabase, useDatabaseForTests } from '$lib/db/db';
import { Repository } from '$lib/db/repository';
import { PERSONAL_TABLES } from '$lib/db/schema';
import { validateCalmPlace } from '$lib/grounding/calm-place';
import { validateOwnContact } from '$lib/help/own-contact';
import { emptyEntry, validateEntry, type JournalEntry } from '$lib/journal/journal';
import { sealBackup } from '$lib/vault/backup-seal';
import { newKdfParameters } from '$lib/vault/crypto';
import { setCodec } from '$lib/vault/keyring';
import { sealWithFreshKeyForTests } from '$lib/vault/test-vault';
import {
	BackupError,
	backupFileName,
	buildPayload,
	countRecords,
	parseBackup,
	plainBackupText
} from './backup-format';
import v1Plain from './fixtures/v1-plain.json?raw';
import v1Sealed from './fixtures/v1-sealed.json?raw';
import { backupDue } from './reminder';
import { makeBackup, previewMerge, readBackup, restoreBackup } from './backup.repo';

const journal = new Repository<JournalEntry>('journal', validateEntry);
const calm = new Repository('grounding', validateCalmPlace);
const contacts = new Repository('helpContacts', validateOwnContact);
/** Light settings so that hundreds of sealed files can be tried; real backups use the vault's. */
const LIGHT_KDF = () => ({ ...newKdfParameters(), memoryKiB: 8 * 1024, iterations: 1 });

let db: WaypointDatabase;
let counter = 0;

beforeEach(async () => {
	db = new WaypointDatabase(`backup-test-${++counter}`);
	await db.open();
	useDatabaseForTests(db);
	setCodec(plainCodec);
});

async function writeSomething() {
	await journal.save({
		...emptyEntry(),
		title: 'Tuesday',
		body: 'café ☕ and a walk',
		tags: ['home']
	});
	await journal.save({
		...emptyEntry('incident'),
		incident: { when: '2026-03-03T21:15', where: 'bus', what: 'x', witnesses: '', evidence: '' }
	});
	await calm.save({ words: 'a quiet beach' });
	await contacts.save({ name: 'Maria', role: 'advocate', phone: '+44 20 7946 0000', notes: '' });
}

/** Everything stored, exactly, bytes included: the yardstick for "nothing changed". */
async function dump(): Promise<string> {
	const tables = [db.meta, ...db.personalTables()];
	const rows = await Promise.all(tables.map((t) => t.toArray()));
	return JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? [...v] : v));
}

/** The whole import a person does: read the file, open it, check it, store it. */
async function importText(text: string, passphrase: string, mode: 'merge' | 'replace') {
	return restoreBackup(await readBackup(parseBackup(text), passphrase), mode);
}

describe('backup and restore', () => {
	it('a sealed backup restores everything exactly, after deleting everything', async () => {
		await writeSomething();
		const before = await dump();
		const { text } = await makeBackup('long enough phrase');
		expect(text).not.toContain('café');
		expect(text).not.toContain('Maria');
		for (const table of db.personalTables()) await table.clear();
		const contents = await readBackup(parseBackup(text), 'long enough phrase');
		expect(countRecords(contents)).toEqual({
			...Object.fromEntries(PERSONAL_TABLES.map((table) => [table, 0])),
			journal: 2,
			grounding: 1,
			helpContacts: 1
		});
		await restoreBackup(contents, 'replace');
		expect(await dump()).toBe(before);
	});

	it('a wrong passphrase is told apart from a damaged file, and changes nothing', async () => {
		await writeSomething();
		const { records } = await import('$lib/db/portable').then((m) => m.readAllRecords());
		const text = await sealBackup(
			JSON.stringify({ app: 'waypoint', exportedAt: 1, records }),
			'right one',
			LIGHT_KDF()
		);
		const before = await dump();
		await expect(importText(text, 'wrong one', 'replace')).rejects.toMatchObject({
			problem: 'wrong-passphrase'
		});
		const envelope = JSON.parse(text);
		const data = envelope.data as string;
		// Change one character in the middle for a different one (never the same one by chance).
		const at = Math.floor(data.length / 2);
		const damaged = JSON.stringify({
			...envelope,
			data: data.slice(0, at) + (data[at] === 'A' ? 'B' : 'A') + data.slice(at + 1)
		});
		expect(JSON.parse(damaged).data).not.toBe(data);
		await expect(importText(damaged, 'right one', 'replace')).rejects.toMatchObject({
			problem: 'damaged'
		});
		expect(await dump()).toBe(before);
	});

	it('restores into a vault: records are sealed with the current key', async () => {
		await writeSomething();
		const { text } = await makeBackup(null);
		await sealWithFreshKeyForTests();
		await importText(text, '', 'replace');
		const raw = await dump();
		expect(raw).not.toContain('quiet beach');
		expect((await calm.list())[0]).toMatchObject({
			damaged: false,
			data: { words: 'a quiet beach' }
		});
	});

	it('merge keeps what is here, adds what is new, and keeps both where they disagree', async () => {
		await writeSomething();
		const { text } = await makeBackup(null);
		const [first] = await journal.list();
		await journal.save(
			{ ...(first as { data: JournalEntry }).data, title: 'changed after the backup' },
			first!.id
		);
		await journal.save({ ...emptyEntry(), body: 'written after the backup' });
		const summary = await importText(text, '', 'merge');
		const titles = (await journal.list()).map((e) =>
			e.damaged ? '' : e.data.title || e.data.body
		);
		expect(titles).toContain('changed after the backup');
		expect(titles).toContain('written after the backup');
		// The backup's older words for the changed note are kept beside the device's.
		expect(titles).toContain('Tuesday');
		expect(await journal.list()).toHaveLength(4);
		expect(summary).toEqual({ added: 0, keptBoth: 1, alreadyHere: 3 });
	});

	it("merge never loses the device's words or the file's, whichever is newer", async () => {
		const device = await journal.save({ ...emptyEntry(), body: 'words on the device' });
		const file = (body: string, updatedAt: number) =>
			plainBackupText(
				buildPayload(
					{
						...(Object.fromEntries(
							PERSONAL_TABLES.map((table) => [table, []])
						) as unknown as Parameters<typeof buildPayload>[0]),
						journal: [
							{
								id: device.id,
								createdAt: device.createdAt,
								updatedAt,
								data: { ...emptyEntry(), body }
							}
						]
					},
					updatedAt
				)
			);
		const later = await importText(
			file('later words in the file', device.updatedAt + 1),
			'',
			'merge'
		);
		const same = await importText(
			file('same-time words in the file', device.updatedAt),
			'',
			'merge'
		);
		const bodies = (await journal.list()).map((e) => (e.damaged ? '' : e.data.body)).sort();
		expect(bodies).toEqual([
			'later words in the file',
			'same-time words in the file',
			'words on the device'
		]);
		expect(later).toEqual({ added: 0, keptBoth: 1, alreadyHere: 0 });
		expect(same).toEqual({ added: 0, keptBoth: 1, alreadyHere: 0 });
		// The same file again changes nothing: its words are already here.
		const again = await importText(
			file('later words in the file', device.updatedAt + 1),
			'',
			'merge'
		);
		expect(again).toEqual({ added: 0, keptBoth: 0, alreadyHere: 1 });
		expect(await journal.list()).toHaveLength(3);
	});

	it('the preview counts what a merge will do, before anything is stored', async () => {
		await writeSomething();
		const { text } = await makeBackup(null);
		const [first] = await journal.list();
		await journal.save({ ...(first as { data: JournalEntry }).data, title: 'changed' }, first!.id);
		await calm.remove((await calm.list())[0]!.id);
		const before = await dump();
		const contents = await readBackup(parseBackup(text), '');
		expect(await previewMerge(contents)).toEqual({ added: 1, keptBoth: 1, alreadyHere: 2 });
		expect(await dump()).toBe(before);
	});

	it('a plain export holds the content in the clear, as its warning says', async () => {
		await writeSomething();
		const { text } = await makeBackup(null);
		expect(text).toContain('a quiet beach');
		expect(JSON.parse(text)).toMatchObject({ format: 'notes', version: 2, encrypted: false });
	});
});

describe('a file that says nothing about what made it', () => {
	it('a new file, sealed or plain, names neither the app nor a backup, inside or in its name', async () => {
		await writeSomething();
		const sealed = (await makeBackup('long enough phrase')).text;
		const plain = (await makeBackup(null)).text;
		// The sealed parts are random-looking base64, which could spell any word by rare chance.
		const readable = sealed.replace(/"[A-Za-z0-9+/]{16,}={0,2}"/g, '""');
		expect(readable.length).toBeGreaterThan(150);
		for (const text of [readable, plain]) {
			expect(text.toLowerCase()).not.toContain('waypoint');
			expect(text.toLowerCase()).not.toContain('backup');
			expect(JSON.parse(text)).toMatchObject({ format: 'notes', version: 2 });
		}
		const name = backupFileName(new Date(2026, 11, 1, 23, 30));
		expect(name).toBe('notes-2026-12-01.dat');
	});

	it('files made before, with the old header and a six-digit PIN, still restore', async () => {
		expect(v1Sealed).toContain('"format":"waypoint-backup","version":1');
		for (const [text, passphrase] of [
			[v1Sealed, '123456'],
			[v1Plain, '']
		] as const) {
			for (const table of db.personalTables()) await table.clear();
			await importText(text, passphrase, 'replace');
			const notes = await journal.list();
			expect(notes).toHaveLength(1);
			expect(notes[0]).toMatchObject({ data: { title: 'Older file' } });
			expect((await calm.list())[0]).toMatchObject({ data: { words: 'the lake at dawn' } });
		}
		await expect(importText(v1Sealed, '654321', 'merge')).rejects.toMatchObject({
			problem: 'wrong-passphrase'
		});
	});

	it('an old marker with the new version, or the reverse, is refused', () => {
		const plain = JSON.parse(v1Plain);
		for (const [format, version] of [
			['waypoint-backup', 2],
			['notes', 1]
		]) {
			expect(() => parseBackup(JSON.stringify({ ...plain, format, version }))).toThrow(
				expect.objectContaining({ problem: 'invalid' })
			);
		}
	});
});

describe('reading hostile and broken files', () => {
	it.each([
		['too-large', 'x'.repeat(64 * 1024 * 1024 + 1)],
		['not-a-backup', '%PDF-1.7 not json'],
		['not-a-backup', JSON.stringify({ hello: 'world' })],
		['not-a-backup', '[]'],
		['truncated', '{"format":"waypoint-backup","version":1,"encrypted":true,"kdf":{"na'],
		['truncated', '{"format":"notes","version":2,"encrypted":true,"kdf":{"na'],
		['future-version', JSON.stringify({ format: 'notes', version: 3, encrypted: false })],
		['future-version', JSON.stringify({ format: 'waypoint-backup', version: 7, encrypted: false })],
		// Well-formed, but nested deeper than any backup of ours: named as such, not as cut off.
		[
			'too-deep',
			'{"format":"waypoint-backup","version":1,"encrypted":false,"payload":' +
				'['.repeat(100_000) +
				']'.repeat(100_000) +
				'}'
		],
		[
			'invalid',
			'{"format":"waypoint-backup","version":1,"encrypted":false,"payload":{"__proto__":{"polluted":1}}}'
		],
		[
			'invalid',
			JSON.stringify({
				format: 'waypoint-backup',
				version: 1,
				encrypted: true,
				kdf: {
					name: 'argon2id',
					memoryKiB: 4_000_000,
					iterations: 1,
					parallelism: 1,
					salt: 'AAAA'
				},
				check: '',
				data: ''
			})
		]
	])('says %s calmly', (problem, text) => {
		expect(() => parseBackup(text)).toThrow(BackupError);
		try {
			parseBackup(text);
		} catch (error) {
			expect((error as BackupError).problem).toBe(problem);
		}
	});

	it('refuses records that break their capability’s rules, or repeat an id', () => {
		const payload = (records: unknown) =>
			plainBackupText({ app: 'waypoint', exportedAt: 1, records } as never);
		const good = { id: 'a', createdAt: 1, updatedAt: 1, data: { words: 'ok' } };
		expect(() => readBackup(parseBackup(payload({ grounding: [good] })), '')).not.toThrow();
		return Promise.all([
			expect(
				readBackup(parseBackup(payload({ grounding: [{ ...good, data: { words: 5 } }] })), '')
			).rejects.toMatchObject({ problem: 'invalid' }),
			expect(
				readBackup(parseBackup(payload({ grounding: [good, good] })), '')
			).rejects.toMatchObject({ problem: 'invalid' }),
			expect(
				readBackup(
					parseBackup(
						payload({
							journal: [
								{
									...good,
									data: {
										kind: 'note',
										title: '<script>alert(1)</script>',
										body: 'x'.repeat(300_000),
										tags: [],
										feeling: null,
										promptId: null,
										incident: null
									}
								}
							]
						})
					),
					''
				)
			).rejects.toMatchObject({ problem: 'invalid' })
		]);
	});

	it('never throws anything but a calm BackupError, and never changes the data, whatever the file', async () => {
		await writeSomething();
		const before = await dump();
		const { text: plain } = await makeBackup(null);
		const { records } = await import('$lib/db/portable').then((m) => m.readAllRecords());
		const sealed = await sealBackup(
			JSON.stringify({ app: 'waypoint', exportedAt: 1, records }),
			'pass phrase',
			LIGHT_KDF()
		);

		const mutate = (text: string) =>
			fc
				.tuple(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 8 }), fc.nat({ max: 8 }))
				.map(([at, insert, remove]) => text.slice(0, at) + insert + text.slice(at + remove));
		const truncate = (text: string) =>
			fc.nat({ max: text.length - 1 }).map((at) => text.slice(0, at));
		const hostile = fc.oneof(
			fc.string(),
			fc.json(),
			fc.anything().map(
				(value) =>
					JSON.stringify({
						format: 'waypoint-backup',
						version: 1,
						encrypted: false,
						payload: value
					}) ?? ''
			),
			fc
				.record({ version: fc.integer(), encrypted: fc.boolean(), payload: fc.anything() })
				.map((o) => JSON.stringify({ format: 'waypoint-backup', ...o }) ?? ''),
			fc.constantFrom(
				'{"format":"waypoint-backup","version":1,"encrypted":false,"payload":{"app":"waypoint","exportedAt":1,"records":{"journal":[{"id":"a","createdAt":1,"updatedAt":1,"data":{"constructor":{"prototype":{"x":1}}}}]}}}',
				'{"format":"waypoint-backup","version":1e308,"encrypted":false}'
			)
		);
		let failures = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					{ weight: 3, arbitrary: mutate(plain) },
					{ weight: 2, arbitrary: truncate(plain) },
					{ weight: 1, arbitrary: mutate(sealed) },
					{ weight: 1, arbitrary: truncate(sealed) },
					{ weight: 3, arbitrary: hostile }
				),
				fc.constantFrom('merge' as const, 'replace' as const),
				async (text, mode) => {
					try {
						await importText(text, 'pass phrase', mode);
						// A mutation that still makes a valid backup may restore; then put things back.
						await restoreBackup(await readBackup(parseBackup(plain), ''), 'replace');
					} catch (error) {
						failures++;
						expect(error).toBeInstanceOf(BackupError);
					}
					expect(await dump()).toBe(before);
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
					expect(({} as Record<string, unknown>).x).toBeUndefined();
				}
			),
			{ numRuns: 1500 }
		);
		expect(failures).toBeGreaterThan(1000);
	}, 120_000);
});

describe('backup reminder', () => {
	const week = 7 * 24 * 60 * 60 * 1000;
	it('is due only when turned on and the weeks have passed', () => {
		expect(backupDue(null, null, 0)).toBe(false);
		expect(backupDue(null, 2, 0)).toBe(true);
		expect(backupDue(0, 2, 2 * week - 1)).toBe(false);
		expect(backupDue(0, 2, 2 * week)).toBe(true);
	});
});
