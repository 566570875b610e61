/**
 * How every personal record is stored. Only what queries strictly need stays readable: the id
 * (random, says nothing) and when the record was created and last changed (to list newest first
 * without opening every record). Everything the person wrote is in `plain` when no passcode is
 * set, or sealed with AES-GCM in `sealed` when one is.
 */
export interface StoredRecord {
	id: string;
	createdAt: number;
	updatedAt: number;
	/** Version of the body format, bound into the encryption so it cannot be downgraded. */
	format: typeof RECORD_FORMAT;
	plain?: unknown;
	/** 12-byte IV followed by the AES-GCM ciphertext and tag. */
	sealed?: Uint8Array;
}

export const RECORD_FORMAT = 1;

/** A record as features see it: their own data, or a note that it could not be read. */
export type Entry<T> =
	| { id: string; createdAt: number; updatedAt: number; damaged: false; data: T }
	| { id: string; createdAt: number; updatedAt: number; damaged: true };

/** Additional authenticated data: ties a ciphertext to its table, record and format. */
export function associatedData(table: string, id: string, format: number = RECORD_FORMAT) {
	return new TextEncoder().encode(`waypoint/${format}/${table}/${id}`);
}

/** A fresh random id that carries no meaning. */
export function newRecordId(): string {
	return crypto.randomUUID();
}
