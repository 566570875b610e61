import type { Table } from 'dexie';
import { keyIdOfHeader, plainCodec, VAULT_HEADER_KEY, type RecordCodec } from '$lib/db/codec';
import type { MetaRow } from '$lib/db/db';

/** The storage layer asks here how to read and write records; the vault decides. */
let current: RecordCodec | null = plainCodec;

/** Asked for while locked: nothing personal can be read or written until the person unlocks. */
export class VaultLockedError extends Error {
	constructor() {
		super('The vault is locked.');
		this.name = 'VaultLockedError';
	}
}

export function currentCodec(): RecordCodec {
	if (!current) throw new VaultLockedError();
	return current;
}

/** Set by the vault: the plain codec (no passcode), a sealed one (unlocked) or null (locked). */
export function setCodec(next: RecordCodec | null): void {
	current = next;
}

/**
 * The vault changed since this tab chose its codec (another tab set, changed or removed the
 * passcode, replaced the key or deleted everything): nothing is written, and the vault reloads.
 */
export class VaultChangedError extends VaultLockedError {
	constructor() {
		super();
		this.message = 'The vault changed in another tab.';
		this.name = 'VaultChangedError';
	}
}

let whenChanged: (() => void) | null = null;

/** The vault registers how to reload its state when a write finds the vault has changed. */
export function onVaultChanged(reload: () => void): void {
	whenChanged = reload;
}

/**
 * Run inside the write's own transaction (which must include `meta`): refuses the write when the
 * stored vault header no longer names the key this codec encrypts for, so a tab that missed a
 * change can never store plain text under a passcode, or records nobody can open.
 */
export async function assertCurrentVault(
	codec: RecordCodec,
	meta: Table<MetaRow, string>
): Promise<void> {
	const header = await meta.get(VAULT_HEADER_KEY);
	if (keyIdOfHeader(header?.value) === codec.keyId) return;
	// Reload once, for the codec in use (a draft still saving with an older one changes nothing),
	// in a task of its own: still inside this transaction's zone, Dexie would abort the reload.
	if (codec === current) setTimeout(() => whenChanged?.(), 0);
	throw new VaultChangedError();
}
