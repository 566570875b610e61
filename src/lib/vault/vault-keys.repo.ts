import { keyIdOfHeader, plainCodec, sealedCodec, type RecordCodec } from '$lib/db/codec';
import { database } from '$lib/db/db';
import type { StoredRecord } from '$lib/db/record';
import { PERSONAL_TABLES } from '$lib/db/schema';
import { DamagedDataError, importAesKey, randomBytes } from './crypto';
import { VaultChangedError } from './keyring';
import {
	FAILURES_KEY,
	HEADER_KEY,
	importAndWipe,
	newKeyId,
	openVault,
	readHeader,
	unwrapRaw,
	wrap,
	type OpenVault,
	type RecodeProgress,
	type VaultHeader
} from './vault.repo';

/**
 * Setting, changing and removing the passcode, and destroying the key: apart from unlocking
 * (vault.repo.ts), so the first screen does not load them.
 */

/**
 * Re-encodes every personal record from one codec to another and writes the new header, all in
 * one transaction: an interruption leaves either every record as it was or every record changed.
 * The work with keys happens before the transaction (WebCrypto would let it close early); inside,
 * it checks nothing changed meanwhile and starts again if something did. If the vault itself
 * changed meanwhile (another tab), it stops with VaultChangedError and changes nothing.
 */
async function recodeEverything(
	from: RecordCodec,
	to: RecordCodec,
	header: VaultHeader | null,
	onProgress?: RecodeProgress
): Promise<void> {
	const db = database();
	for (let attempt = 0; attempt < 5; attempt++) {
		const snapshot = new Map<string, StoredRecord[]>();
		const recoded = new Map<string, StoredRecord[]>();
		for (const table of PERSONAL_TABLES) snapshot.set(table, await db.personal(table).toArray());
		const total = [...snapshot.values()].reduce((sum, rows) => sum + rows.length, 0);
		let done = 0;
		onProgress?.(0, total);
		for (const table of PERSONAL_TABLES) {
			const rows = snapshot.get(table)!;
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
						} finally {
							onProgress?.(++done, total);
						}
						return { ...rest, ...body };
					})
				)
			);
		}
		const changed = await db.transaction('rw', [db.meta, ...db.personalTables()], async () => {
			const current = await db.meta.get(HEADER_KEY);
			if (keyIdOfHeader(current?.value) !== from.keyId) throw new VaultChangedError();
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
export async function createVault(
	passcode: string,
	onProgress?: RecodeProgress
): Promise<OpenVault> {
	const raw = randomBytes(32);
	try {
		const header = await wrap(passcode, raw, newKeyId());
		const key = await importAesKey(raw);
		await recodeEverything(plainCodec, sealedCodec(key, header.keyId!), header, onProgress);
		return openVault(header, key);
	} finally {
		raw.fill(0);
	}
}

/**
 * A new passcode. By default it wraps the same data key again and no record is re-encrypted.
 * With `replaceKey` (when someone may have known the old passcode, and so may have the old key),
 * every record is re-encrypted under a new random data key with a new key id, in one transaction.
 */
export async function changePasscode(
	current: string,
	next: string,
	options: { replaceKey?: boolean; onProgress?: RecodeProgress } = {}
): Promise<OpenVault> {
	const header = await readHeader();
	if (!header) throw new Error('There is no vault to change.');
	const oldRaw = await unwrapRaw(header, current);
	if (!options.replaceKey) {
		try {
			const nextHeader = await wrap(next, oldRaw, keyIdOfHeader(header)!);
			const db = database();
			await db.transaction('rw', db.meta, async () => {
				const now = await db.meta.get(HEADER_KEY);
				if (keyIdOfHeader(now?.value) !== nextHeader.keyId) throw new VaultChangedError();
				await db.meta.put({ key: HEADER_KEY, value: nextHeader });
			});
			return openVault(nextHeader, await importAesKey(oldRaw));
		} finally {
			oldRaw.fill(0);
		}
	}
	const oldKey = await importAndWipe(oldRaw);
	const raw = randomBytes(32);
	try {
		const nextHeader = await wrap(next, raw, newKeyId());
		const key = await importAesKey(raw);
		await recodeEverything(
			sealedCodec(oldKey, keyIdOfHeader(header)!),
			sealedCodec(key, nextHeader.keyId!),
			nextHeader,
			options.onProgress
		);
		return openVault(nextHeader, key);
	} finally {
		raw.fill(0);
	}
}

/** Removes the passcode: every record is decrypted and stored plainly, in one transaction. */
export async function removeVault(current: string, onProgress?: RecodeProgress): Promise<void> {
	const header = await readHeader();
	if (!header) return;
	const key = await importAndWipe(await unwrapRaw(header, current));
	await recodeEverything(sealedCodec(key, keyIdOfHeader(header)!), plainCodec, null, onProgress);
	await database().meta.delete(FAILURES_KEY);
}

/**
 * The first step of delete everything: the wrapped data key goes, in a transaction of its own
 * that commits before anything else is deleted. From then on no sealed record can be opened with
 * any passcode, even if deleting the rest is interrupted.
 */
export async function destroyKey(): Promise<void> {
	const db = database();
	await db.transaction('rw', db.meta, async () => {
		await db.meta.delete(HEADER_KEY);
		await db.meta.delete(FAILURES_KEY);
	});
}
