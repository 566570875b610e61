import { VaultLockedError } from '$lib/vault/keyring';

export type StorageProblem = 'full' | 'unavailable' | 'locked' | 'newer-version' | 'unknown';

/** A storage failure, with a reason a screen can explain calmly (locales: storage.problem.*). */
export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause?: unknown
	) {
		super(`Storage problem: ${problem}`, { cause });
		this.name = 'StorageError';
	}
}

function nameOf(error: unknown): string {
	if (!error || typeof error !== 'object') return '';
	const { name, inner } = error as { name?: unknown; inner?: unknown };
	// Dexie wraps the browser's own error (a full disk, a newer version) in one of its own.
	const wrappers = ['AbortError', 'OpenFailedError', 'DatabaseClosedError', 'UnknownError'];
	if (typeof name === 'string' && wrappers.includes(name) && inner) return nameOf(inner) || name;
	return typeof name === 'string' ? name : '';
}

/** Maps what IndexedDB, Dexie or the vault threw to a problem a person can be told about. */
export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	if (error instanceof VaultLockedError) return new StorageError('locked', error);
	switch (nameOf(error)) {
		case 'QuotaExceededError':
			return new StorageError('full', error);
		case 'MissingAPIError':
		case 'InvalidStateError':
		case 'SecurityError':
		case 'OpenFailedError':
			return new StorageError('unavailable', error);
		case 'VersionError':
		case 'DatabaseClosedError':
			// Dexie closes the database when another tab opens a newer version of it.
			return new StorageError('newer-version', error);
		default:
			return new StorageError('unknown', error);
	}
}
