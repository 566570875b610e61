import { DamagedDataError } from '$lib/vault/crypto';
import { currentCodec } from '$lib/vault/keyring';
import { database } from './db';
import { askToKeepDataOnce } from './durability';
import { newRecordId, RECORD_FORMAT, type Entry, type StoredRecord } from './record';
import { PERSONAL_TABLES, type PersonalTable } from './schema';
import { toStorageError } from './storage-error';

/**
 * The storage layer every capability reads and writes through. It encrypts when a passcode is set
 * (via the vault's codec), reports unreadable records as damaged instead of failing the whole list,
 * and turns every storage failure into a StorageError a screen can explain.
 */
export class Repository<T> {
	constructor(
		readonly table: PersonalTable,
		/** Checks decrypted data before it reaches a screen; null means damaged. */
		private readonly validate: (data: unknown) => T | null
	) {}

	/** Records newest first (by when they were written or last changed), all or only the first few. */
	async list(
		options: { by?: 'createdAt' | 'updatedAt'; limit?: number } = {}
	): Promise<Entry<T>[]> {
		const { by = 'updatedAt', limit } = options;
		try {
			currentCodec();
			const newest = database().personal(this.table).orderBy(by).reverse();
			const rows = await (limit === undefined ? newest : newest.limit(limit)).toArray();
			return await Promise.all(rows.map((row) => this.decode(row)));
		} catch (error) {
			throw toStorageError(error);
		}
	}

	async get(id: string): Promise<Entry<T> | undefined> {
		try {
			currentCodec();
			const row = await database().personal(this.table).get(id);
			return row ? await this.decode(row) : undefined;
		} catch (error) {
			throw toStorageError(error);
		}
	}

	/** Saves new data (no id) or a change to a record, keeping when it was first written. */
	async save(data: T, id?: string, createdAt?: number): Promise<Entry<T>> {
		try {
			const codec = currentCodec();
			const table = database().personal(this.table);
			const recordId = id ?? newRecordId();
			const now = Date.now();
			const body = await codec.encode(this.table, recordId, data);
			const previous = createdAt ?? (id ? (await table.get(id))?.createdAt : undefined);
			const record: StoredRecord = {
				id: recordId,
				createdAt: previous ?? now,
				updatedAt: now,
				format: RECORD_FORMAT,
				...body
			};
			await table.put(record);
			askToKeepDataOnce();
			return { id: recordId, createdAt: record.createdAt, updatedAt: now, damaged: false, data };
		} catch (error) {
			throw toStorageError(error);
		}
	}

	async remove(id: string): Promise<void> {
		try {
			await database().personal(this.table).delete(id);
		} catch (error) {
			throw toStorageError(error);
		}
	}

	private async decode(row: StoredRecord): Promise<Entry<T>> {
		const { id, createdAt, updatedAt } = row;
		try {
			const data = this.validate(await currentCodec().decode(this.table, row));
			if (data !== null) return { id, createdAt, updatedAt, damaged: false, data };
		} catch (error) {
			if (!(error instanceof DamagedDataError)) throw error;
		}
		return { id, createdAt, updatedAt, damaged: true };
	}
}

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

/**
 * Stores records from a backup, all in one transaction: `replace` empties every personal table
 * first; `merge` keeps what is here and adds what is not, the newer change winning for the same
 * record. Everything is encrypted (when a passcode is set) before the transaction starts, so a
 * failure anywhere leaves the existing data exactly as it was.
 */
export async function writeRecords(
	records: Record<PersonalTable, PortableRecord[]>,
	mode: 'merge' | 'replace'
): Promise<number> {
	try {
		const codec = currentCodec();
		const db = database();
		const encoded = new Map<PersonalTable, StoredRecord[]>();
		for (const table of PERSONAL_TABLES) {
			encoded.set(
				table,
				await Promise.all(
					records[table].map(async (record) => ({
						id: record.id,
						createdAt: record.createdAt,
						updatedAt: record.updatedAt,
						format: RECORD_FORMAT,
						...(await codec.encode(table, record.id, record.data))
					}))
				)
			);
		}
		return await db.transaction('rw', db.personalTables(), async () => {
			let written = 0;
			for (const table of PERSONAL_TABLES) {
				const store = db.personal(table);
				let rows = encoded.get(table)!;
				if (mode === 'replace') {
					await store.clear();
				} else {
					const existing = new Map((await store.toArray()).map((row) => [row.id, row.updatedAt]));
					rows = rows.filter((row) => (existing.get(row.id) ?? -1) < row.updatedAt);
				}
				await store.bulkPut(rows);
				written += rows.length;
			}
			return written;
		});
	} catch (error) {
		throw toStorageError(error);
	}
}
