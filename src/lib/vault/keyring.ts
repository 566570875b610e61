import { plainCodec, type RecordCodec } from '$lib/db/codec';

/** The storage layer asks here how to read and write records; the vault decides. */
let codec: RecordCodec | null = plainCodec;

/** Asked for while locked: nothing personal can be read or written until the person unlocks. */
export class VaultLockedError extends Error {
	constructor() {
		super('The vault is locked.');
		this.name = 'VaultLockedError';
	}
}

export function currentCodec(): RecordCodec {
	if (!codec) throw new VaultLockedError();
	return codec;
}

/** Set by the vault: the plain codec (no passcode), a sealed one (unlocked) or null (locked). */
export function setCodec(next: RecordCodec | null): void {
	codec = next;
}
