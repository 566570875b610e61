import { DamagedDataError, open, seal } from '$lib/vault/crypto';
import { associatedData, RECORD_FORMAT, type StoredRecord } from './record';

/** Turns a feature's data into the stored body of a record and back. */
export interface RecordCodec {
	readonly sealed: boolean;
	encode(table: string, id: string, data: unknown): Promise<Pick<StoredRecord, 'plain' | 'sealed'>>;
	decode(table: string, record: StoredRecord): Promise<unknown>;
}

/** Used when no passcode is set: the data is stored as it is. */
export const plainCodec: RecordCodec = {
	sealed: false,
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
export function sealedCodec(dataKey: CryptoKey): RecordCodec {
	return {
		sealed: true,
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
