import { plainCodec, sealedCodec, type RecordCodec } from '$lib/db/codec';
import { database } from '$lib/db/db';
import type { StoredRecord } from '$lib/db/record';
import { PERSONAL_TABLES } from '$lib/db/schema';
import {
	DamagedDataError,
	deriveKeyFromPasscode,
	importAesKey,
	newKdfParameters,
	open,
	randomBytes,
	seal,
	type KdfParameters
} from './crypto';

/**
 * The vault header: everything needed to turn the passcode back into the data key, and nothing
 * that reveals it. The derived key and the data key are never stored.
 */
export interface VaultHeader {
	format: 1;
	kdf: KdfParameters;
	/** The 32-byte data key sealed with the passcode-derived key. */
	wrappedKey: Uint8Array;
}

export interface UnlockFailures {
	count: number;
	lastAt: number;
}

const HEADER_KEY = 'vault';
const FAILURES_KEY = 'unlock-failures';
const WRAP_CONTEXT = new TextEncoder().encode('waypoint/vault/1/data-key');

/** The passcode did not open the vault. */
export class WrongPasscodeError extends Error {
	constructor() {
		super('Wrong passcode.');
		this.name = 'WrongPasscodeError';
	}
}

export async function readHeader(): Promise<VaultHeader | null> {
	const row = await database().meta.get(HEADER_KEY);
	return (row?.value as VaultHeader | undefined) ?? null;
}

async function wrap(passcode: string, rawKey: Uint8Array): Promise<VaultHeader> {
	const kdf = newKdfParameters();
	const keyEncryptionKey = await deriveKeyFromPasscode(passcode, kdf);
	return { format: 1, kdf, wrappedKey: await seal(keyEncryptionKey, rawKey, WRAP_CONTEXT) };
}

/** Opens the data key's raw bytes with a passcode; the caller must wipe them. */
async function unwrapRaw(header: VaultHeader, passcode: string): Promise<Uint8Array> {
	if (!passcode) throw new WrongPasscodeError();
	const keyEncryptionKey = await deriveKeyFromPasscode(passcode, header.kdf);
	try {
		return await open(keyEncryptionKey, header.wrappedKey, WRAP_CONTEXT);
	} catch (error) {
		if (error instanceof DamagedDataError) throw new WrongPasscodeError();
		throw error;
	}
}

async function importAndWipe(raw: Uint8Array): Promise<CryptoKey> {
	try {
		return await importAesKey(raw);
	} finally {
		raw.fill(0);
	}
}

/** Opens the vault; a wrong passcode raises WrongPasscodeError and is counted. */
export async function unlock(passcode: string): Promise<CryptoKey> {
	const header = await readHeader();
	if (!header) throw new Error('There is no vault to unlock.');
	try {
		const key = await importAndWipe(await unwrapRaw(header, passcode));
		await database().meta.delete(FAILURES_KEY);
		return key;
	} catch (error) {
		if (error instanceof WrongPasscodeError) {
			const failures = await readFailures();
			await database().meta.put({
				key: FAILURES_KEY,
				value: { count: failures.count + 1, lastAt: Date.now() } satisfies UnlockFailures
			});
		}
		throw error;
	}
}

export async function readFailures(): Promise<UnlockFailures> {
	const row = await database().meta.get(FAILURES_KEY);
	return (row?.value as UnlockFailures | undefined) ?? { count: 0, lastAt: 0 };
}

/**
 * Re-encodes every personal record from one codec to another and writes the new header, all in
 * one transaction: an interruption leaves either every record as it was or every record changed.
 * The work with keys happens before the transaction (WebCrypto would let it close early); inside,
 * it checks nothing changed meanwhile and starts again if something did.
 */
async function recodeEverything(
	from: RecordCodec,
	to: RecordCodec,
	header: VaultHeader | null
): Promise<void> {
	const db = database();
	for (let attempt = 0; attempt < 5; attempt++) {
		const snapshot = new Map<string, StoredRecord[]>();
		const recoded = new Map<string, StoredRecord[]>();
		for (const table of PERSONAL_TABLES) {
			const rows = await db.personal(table).toArray();
			snapshot.set(table, rows);
			recoded.set(
				table,
				await Promise.all(
					rows.map(async (row) => {
						const { plain: _plain, sealed: _sealed, ...rest } = row;
						let body: Pick<StoredRecord, 'plain' | 'sealed'>;
						try {
							body = await to.encode(table, row.id, await from.decode(table, row));
						} catch (error) {
							// A record that was already damaged is kept exactly as it was.
							if (!(error instanceof DamagedDataError)) throw error;
							return row;
						}
						return { ...rest, ...body };
					})
				)
			);
		}
		const changed = await db.transaction('rw', [db.meta, ...db.personalTables()], async () => {
			for (const table of PERSONAL_TABLES) {
				const now = await db.personal(table).toArray();
				const before = snapshot.get(table)!;
				const same =
					now.length === before.length &&
					now.every((row, i) => row.id === before[i]!.id && row.updatedAt === before[i]!.updatedAt);
				if (!same) return true;
			}
			for (const table of PERSONAL_TABLES) await db.personal(table).bulkPut(recoded.get(table)!);
			if (header) await db.meta.put({ key: HEADER_KEY, value: header });
			else await db.meta.delete(HEADER_KEY);
			return false;
		});
		if (!changed) return;
	}
	throw new Error('Records kept changing while the vault was being updated.');
}

/** Sets a passcode: a new random data key seals everything already stored. */
export async function createVault(passcode: string): Promise<CryptoKey> {
	const raw = randomBytes(32);
	try {
		const header = await wrap(passcode, raw);
		const key = await importAesKey(raw);
		await recodeEverything(plainCodec, sealedCodec(key), header);
		return key;
	} finally {
		raw.fill(0);
	}
}

/** A new passcode wraps the same data key again: no record is re-encrypted. */
export async function changePasscode(current: string, next: string): Promise<CryptoKey> {
	const header = await readHeader();
	if (!header) throw new Error('There is no vault to change.');
	const raw = await unwrapRaw(header, current);
	try {
		const nextHeader = await wrap(next, raw);
		await database().meta.put({ key: HEADER_KEY, value: nextHeader });
		return await importAesKey(raw);
	} finally {
		raw.fill(0);
	}
}

/** Removes the passcode: every record is decrypted and stored plainly, in one transaction. */
export async function removeVault(current: string): Promise<void> {
	const header = await readHeader();
	if (!header) return;
	const key = await importAndWipe(await unwrapRaw(header, current));
	await recodeEverything(sealedCodec(key), plainCodec, null);
	await database().meta.delete(FAILURES_KEY);
}
