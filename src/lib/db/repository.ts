import { DamagedDataError } from '$lib/vault/crypto';
import { assertCurrentVault, currentCodec } from '$lib/vault/keyring';
import { database } from './db';
import { askToKeepDataOnce } from './durability';
import { newRecordId, RECORD_FORMAT, type Entry, type StoredRecord } from './record';
import type { PersonalTable } from './schema';
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
			const db = database();
			const table = db.personal(this.table);
			const recordId = id ?? newRecordId();
			const now = Date.now();
			const body = await codec.encode(this.table, recordId, data);
			// One transaction: the record is written only if the vault is still the one it was
			// encrypted for (another tab may have changed it meanwhile).
			const record = await db.transaction('rw', db.meta, table, async () => {
				await assertCurrentVault(codec, db.meta);
				const previous = createdAt ?? (id ? (await table.get(id))?.createdAt : undefined);
				const record: StoredRecord = {
					id: recordId,
					createdAt: previous ?? now,
					updatedAt: now,
					format: RECORD_FORMAT,
					...body
				};
				await table.put(record);
				return record;
			});
			askToKeepDataOnce();
			return { id: recordId, createdAt: record.createdAt, updatedAt: now, damaged: false, data };
		} catch (error) {
			throw toStorageError(error);
		}
	}

	async remove(id: string): Promise<void> {
		try {
			const codec = currentCodec();
			const db = database();
			const table = db.personal(this.table);
			await db.transaction('rw', db.meta, table, async () => {
				await assertCurrentVault(codec, db.meta);
				await table.delete(id);
			});
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
