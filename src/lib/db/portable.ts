import { DamagedDataError } from '$lib/vault/crypto';
import { assertCurrentVault, currentCodec } from '$lib/vault/keyring';
import { database } from './db';
import { newRecordId, RECORD_FORMAT, type StoredRecord } from './record';
import { PERSONAL_TABLES, type PersonalTable } from './schema';
import { toStorageError } from './storage-error';

/*
 * Every personal record at once, as it travels in a backup: read all of them for a backup file,
 * and store a file's records again (replacing, or added to what is here without losing a word).
 * Apart from the repository so that only the backup screen loads it.
 */

/** A record as it travels in a backup: its data in the clear, ready to be stored again. */
export interface PortableRecord {
	id: string;
	createdAt: number;
	updatedAt: number;
	data: unknown;
}

/**
 * Every readable record of every personal table, decrypted, for a backup. Damaged records cannot
 * be read, so they are counted instead.
 */
export async function readAllRecords(): Promise<{
	records: Record<PersonalTable, PortableRecord[]>;
	damaged: number;
}> {
	try {
		const codec = currentCodec();
		const db = database();
		const records = {} as Record<PersonalTable, PortableRecord[]>;
		let damaged = 0;
		for (const table of PERSONAL_TABLES) {
			records[table] = [];
			for (const row of await db.personal(table).toArray()) {
				try {
					const data = await codec.decode(table, row);
					records[table].push({
						id: row.id,
						createdAt: row.createdAt,
						updatedAt: row.updatedAt,
						data
					});
				} catch (error) {
					if (!(error instanceof DamagedDataError)) throw error;
					damaged++;
				}
			}
		}
		return { records, damaged };
	} catch (error) {
		throw toStorageError(error);
	}
}

/** What a restore did, or what a merge would do: nothing is ever lost either way. */
export interface RestoreSummary {
	/** Records that were not on this device, stored as they are. */
	added: number;
	/**
	 * Records this device and the file both hold with different words: the device's stay, and the
	 * file's are stored beside them as a copy, so the person can choose later.
	 */
	keptBoth: number;
	/** Records the device already holds with the very same words: nothing to do. */
	alreadyHere: number;
}

/** One way to write a value as text whatever the order of its keys, to compare two records. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

interface MergeStep {
	table: PersonalTable;
	record: PortableRecord;
	/** The id to store it under: its own, or another for a copy kept beside the device's. */
	id: string;
}

/** A record id and when it last changed (undefined: absent), as the plan saw it. */
type Seen = { table: PersonalTable; id: string; updatedAt: number | undefined };

/**
 * The id under which a file's differing version of a record is kept as a copy. It comes from the
 * record's id and dates (never its words), so restoring the same file again finds the copy there.
 */
async function copyId(record: PortableRecord): Promise<string> {
	const seed = new TextEncoder().encode(
		`copy/${record.id}/${record.createdAt}/${record.updatedAt}`
	);
	const hex = [...new Uint8Array(await crypto.subtle.digest('SHA-256', seed))]
		.slice(0, 16)
		.map((byte) => byte.toString(16).padStart(2, '0'))
		.join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Decides what a merge does with each record of a backup, by reading (and decoding) the device's
 * records that share an id with the file's. A record the device cannot read is never replaced.
 */
async function planMerge(
	records: Record<PersonalTable, PortableRecord[]>
): Promise<{ steps: MergeStep[]; seen: Seen[]; summary: RestoreSummary }> {
	const codec = currentCodec();
	const db = database();
	const steps: MergeStep[] = [];
	const seen: Seen[] = [];
	const summary: RestoreSummary = { added: 0, keptBoth: 0, alreadyHere: 0 };
	for (const table of PERSONAL_TABLES) {
		const store = db.personal(table);
		/** Whether the device's row holds exactly these words (a row it cannot read does not). */
		const holds = async (row: StoredRecord, data: unknown) => {
			try {
				return canonical(await codec.decode(table, row)) === canonical(data);
			} catch (error) {
				if (!(error instanceof DamagedDataError)) throw error;
				return false;
			}
		};
		for (const record of records[table]) {
			const row = await store.get(record.id);
			seen.push({ table, id: record.id, updatedAt: row?.updatedAt });
			if (!row) {
				steps.push({ table, record, id: record.id });
				summary.added++;
				continue;
			}
			if (await holds(row, record.data)) {
				summary.alreadyHere++;
				continue;
			}
			const copy = await copyId(record);
			const earlier = await store.get(copy);
			seen.push({ table, id: copy, updatedAt: earlier?.updatedAt });
			if (earlier && (await holds(earlier, record.data))) {
				summary.alreadyHere++;
				continue;
			}
			steps.push({ table, record, id: earlier ? newRecordId() : copy });
			summary.keptBoth++;
		}
	}
	return { steps, seen, summary };
}

/** Replacing stores every record of the file as it is, after emptying the tables. */
function planReplace(records: Record<PersonalTable, PortableRecord[]>) {
	const steps = PERSONAL_TABLES.flatMap((table) =>
		records[table].map((record): MergeStep => ({ table, record, id: record.id }))
	);
	const summary: RestoreSummary = { added: steps.length, keptBoth: 0, alreadyHere: 0 };
	return { steps, seen: [] as Seen[], summary };
}

/** Counts what a merge of these records would do, without storing anything. */
export async function previewMergeRecords(
	records: Record<PersonalTable, PortableRecord[]>
): Promise<RestoreSummary> {
	try {
		return (await planMerge(records)).summary;
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * Stores records from a backup, all in one transaction: `replace` empties every personal table
 * first; `merge` keeps everything here and adds what is not, and where the device and the file
 * hold the same record with different words, keeps both (the file's as a copy). Everything is
 * encrypted (when a passcode is set) before the transaction starts, so a failure anywhere leaves
 * the existing data exactly as it was; if the device's records changed meanwhile, it plans again.
 */
export async function writeRecords(
	records: Record<PersonalTable, PortableRecord[]>,
	mode: 'merge' | 'replace'
): Promise<RestoreSummary> {
	try {
		const codec = currentCodec();
		const db = database();
		for (let attempt = 0; attempt < 5; attempt++) {
			const { steps, seen, summary } =
				mode === 'merge' ? await planMerge(records) : planReplace(records);
			const encoded = await Promise.all(
				steps.map(async ({ table, record, id }) => ({
					table,
					row: {
						id,
						createdAt: record.createdAt,
						updatedAt: record.updatedAt,
						format: RECORD_FORMAT,
						...(await codec.encode(table, id, record.data))
					} satisfies StoredRecord
				}))
			);
			const stored = await db.transaction('rw', [db.meta, ...db.personalTables()], async () => {
				await assertCurrentVault(codec, db.meta);
				if (mode === 'replace') {
					for (const table of PERSONAL_TABLES) await db.personal(table).clear();
				} else {
					// Nothing the plan saw may have changed: a record written meanwhile is never overwritten.
					for (const { table, id, updatedAt } of seen) {
						if ((await db.personal(table).get(id))?.updatedAt !== updatedAt) return false;
					}
				}
				for (const table of PERSONAL_TABLES) {
					await db
						.personal(table)
						.bulkPut(encoded.filter((e) => e.table === table).map((e) => e.row));
				}
				return true;
			});
			if (stored) return summary;
		}
		throw new Error('Records kept changing while the backup was being restored.');
	} catch (error) {
		throw toStorageError(error);
	}
}
