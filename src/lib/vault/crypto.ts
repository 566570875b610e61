/**
 * The cryptography of the vault, in one place: AES-GCM-256 through WebCrypto, and a key derived
 * from the passcode with Argon2id. Only the vault and the storage layer import this file.
 */

export const IV_BYTES = 12;
export const KEY_BYTES = 32;
const TAG_BYTES = 16;

/** Argon2id settings, stored in the vault header so they can be raised later without data loss. */
export interface KdfParameters {
	name: 'argon2id';
	/** Memory in KiB. */
	memoryKiB: number;
	iterations: number;
	parallelism: number;
	salt: Uint8Array;
}

/**
 * 64 MiB, 4 passes: well above OWASP's Argon2id floor (19 MiB, 2 passes), and measured at a median
 * of 0.6 s in Chromium on a 2-core machine (npm run bench:vault): slow enough to make guessing costly,
 * quick enough to unlock without worry.
 */
export const DEFAULT_KDF = { memoryKiB: 64 * 1024, iterations: 4, parallelism: 1 } as const;

/**
 * The heaviest Argon2id settings Waypoint will run for a file it did not make itself (a backup):
 * twice the default memory, twice the passes, and no more than twice the default work in all
 * (memory × passes). The heaviest file allowed takes about twice a normal unlock, which a phone
 * can bear; a file asking more is refused before any derivation starts.
 */
export const KDF_LIMITS = {
	memoryKiB: 2 * DEFAULT_KDF.memoryKiB,
	iterations: 2 * DEFAULT_KDF.iterations,
	parallelism: 4,
	work: 2 * DEFAULT_KDF.memoryKiB * DEFAULT_KDF.iterations
} as const;

/** The heaviest settings KDF_LIMITS allow at the largest memory (measured by npm run bench:vault). */
export const HEAVIEST_ALLOWED_KDF = {
	memoryKiB: 128 * 1024,
	iterations: 4,
	parallelism: 1
} as const;

/** True when a file's Argon2id settings are within what this device is willing to run. */
export function withinKdfLimits(parameters: Omit<KdfParameters, 'salt'>): boolean {
	const { memoryKiB, iterations, parallelism } = parameters;
	return (
		parameters.name === 'argon2id' &&
		[memoryKiB, iterations, parallelism].every(Number.isInteger) &&
		memoryKiB >= 8 * parallelism &&
		memoryKiB <= KDF_LIMITS.memoryKiB &&
		iterations >= 1 &&
		iterations <= KDF_LIMITS.iterations &&
		parallelism >= 1 &&
		parallelism <= KDF_LIMITS.parallelism &&
		memoryKiB * iterations <= KDF_LIMITS.work
	);
}

/** Something that should have decrypted did not: wrong key, or changed or cut-off bytes. */
export class DamagedDataError extends Error {
	constructor() {
		super('The data could not be decrypted.');
		this.name = 'DamagedDataError';
	}
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(length));
}

export function newKdfParameters(): KdfParameters {
	return { name: 'argon2id', ...DEFAULT_KDF, salt: randomBytes(16) };
}

/**
 * Derives the key-encryption key from a passcode, in a module worker (see derive-key.ts). Loaded
 * on first use, so a first visit with no passcode never downloads it.
 */
export async function deriveKeyFromPasscode(
	passcode: string,
	parameters: KdfParameters
): Promise<CryptoKey> {
	return (await import('./derive-key')).deriveKey(passcode, parameters);
}

/** Imports raw bytes as a non-extractable AES-GCM key. */
export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
		'encrypt',
		'decrypt'
	]);
}

/** Encrypts with a fresh random IV; returns IV followed by ciphertext and tag. */
export async function seal(
	key: CryptoKey,
	plaintext: Uint8Array,
	additionalData: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
	const iv = randomBytes(IV_BYTES);
	const ciphertext = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv, additionalData: additionalData as Uint8Array<ArrayBuffer> },
		key,
		plaintext as Uint8Array<ArrayBuffer>
	);
	const out = new Uint8Array(IV_BYTES + ciphertext.byteLength);
	out.set(iv, 0);
	out.set(new Uint8Array(ciphertext), IV_BYTES);
	return out;
}

/** Decrypts what seal() made; anything changed, cut short or under another key is DamagedDataError. */
export async function open(
	key: CryptoKey,
	sealed: Uint8Array,
	additionalData: Uint8Array
): Promise<Uint8Array<ArrayBuffer>> {
	if (!(sealed instanceof Uint8Array) || sealed.byteLength < IV_BYTES + TAG_BYTES) {
		throw new DamagedDataError();
	}
	try {
		const plaintext = await crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv: sealed.slice(0, IV_BYTES),
				additionalData: additionalData as Uint8Array<ArrayBuffer>
			},
			key,
			sealed.slice(IV_BYTES)
		);
		return new Uint8Array(plaintext);
	} catch {
		throw new DamagedDataError();
	}
}
