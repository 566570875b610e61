import { DamagedDataError, open, seal } from '$lib/vault/crypto';
import { associatedData, RECORD_FORMAT, type StoredRecord } from './record';

/** Where the vault header lives in `meta` (see src/lib/vault/vault.repo.ts). */
export const VAULT_HEADER_KEY = 'vault';

/** The key id of vault headers written before headers carried one. */
export const FIRST_KEY_ID = 'first';

/**
 * Which data key a stored vault header wraps: null when there is no header (records are plain).
 * Saves compare it with their codec's, inside their own transaction.
 */
export function keyIdOfHeader(header: unknown): string | null {
	if (!header || typeof header !== 'object') return null;
	const { keyId } = header as { keyId?: unknown };
	return typeof keyId === 'string' ? keyId : FIRST_KEY_ID;
}

/** Turns a feature's data into the stored body of a record and back. */
export interface RecordCodec {
	readonly sealed: boolean;
	/** The vault this codec writes for: null for plain, else the header's key id. */
	readonly keyId: string | null;
	encode(table: string, id: string, data: unknown): Promise<Pick<StoredRecord, 'plain' | 'sealed'>>;
	decode(table: string, record: StoredRecord): Promise<unknown>;
}

/** Used when no passcode is set: the data is stored as it is. */
export const plainCodec: RecordCodec = {
	sealed: false,
	keyId: null,
	async encode(_table, _id, data) {
		return { plain: data };
	},
	async decode(_table, record) {
		if (record.sealed) throw new DamagedDataError();
		return record.plain;
	}
};

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Used while unlocked: every body sealed with the data key, bound to its table, id and format. */
export function sealedCodec(dataKey: CryptoKey, keyId: string): RecordCodec {
	return {
		sealed: true,
		keyId,
		async encode(table, id, data) {
			const bytes = encoder.encode(JSON.stringify(data));
			return { sealed: await seal(dataKey, bytes, associatedData(table, id, RECORD_FORMAT)) };
		},
		async decode(table, record) {
			if (!record.sealed) throw new DamagedDataError();
			const bytes = await open(
				dataKey,
				record.sealed,
				associatedData(table, record.id, record.format)
			);
			try {
				return JSON.parse(decoder.decode(bytes)) as unknown;
			} catch {
				throw new DamagedDataError();
			}
		}
	};
}
