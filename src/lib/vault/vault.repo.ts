import { keyIdOfHeader, VAULT_HEADER_KEY } from '$lib/db/codec';
import { database } from '$lib/db/db';
import {
	DamagedDataError,
	deriveKeyFromPasscode,
	importAesKey,
	newKdfParameters,
	open,
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
	/**
	 * A random name for the data key (not secret), new whenever the data key is: every save checks
	 * it, in its own transaction, against the codec's. Headers from before it existed count as
	 * FIRST_KEY_ID.
	 */
	keyId?: string;
}

/** An open vault: its data key (non-extractable) and that key's id. */
export interface OpenVault {
	key: CryptoKey;
	keyId: string;
}

/** Progress of re-encrypting every record: how many are done, of how many. */
export type RecodeProgress = (done: number, total: number) => void;

export interface UnlockFailures {
	count: number;
	lastAt: number;
}

export const HEADER_KEY = VAULT_HEADER_KEY;
export const FAILURES_KEY = 'unlock-failures';
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

/** A random, meaningless name for a new data key. */
export function newKeyId(): string {
	return crypto.randomUUID();
}

/** Wraps a data key under a passcode, with fresh key-derivation settings. */
export async function wrap(
	passcode: string,
	rawKey: Uint8Array,
	keyId: string
): Promise<VaultHeader> {
	const kdf = newKdfParameters();
	const keyEncryptionKey = await deriveKeyFromPasscode(passcode, kdf);
	const wrappedKey = await seal(keyEncryptionKey, rawKey, WRAP_CONTEXT);
	return { format: 1, kdf, wrappedKey, keyId };
}

export function openVault(header: VaultHeader, key: CryptoKey): OpenVault {
	return { key, keyId: keyIdOfHeader(header)! };
}

/** Opens the data key's raw bytes with a passcode; the caller must wipe them. */
export async function unwrapRaw(header: VaultHeader, passcode: string): Promise<Uint8Array> {
	if (!passcode) throw new WrongPasscodeError();
	const keyEncryptionKey = await deriveKeyFromPasscode(passcode, header.kdf);
	try {
		return await open(keyEncryptionKey, header.wrappedKey, WRAP_CONTEXT);
	} catch (error) {
		if (error instanceof DamagedDataError) throw new WrongPasscodeError();
		throw error;
	}
}

/** Imports raw key bytes as a non-extractable key, then wipes them. */
export async function importAndWipe(raw: Uint8Array): Promise<CryptoKey> {
	try {
		return await importAesKey(raw);
	} finally {
		raw.fill(0);
	}
}

/** Opens the vault; a wrong passcode raises WrongPasscodeError and is counted. */
export async function unlock(passcode: string): Promise<OpenVault> {
	const header = await readHeader();
	if (!header) throw new Error('There is no vault to unlock.');
	try {
		const key = await importAndWipe(await unwrapRaw(header, passcode));
		await database().meta.delete(FAILURES_KEY);
		return openVault(header, key);
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
