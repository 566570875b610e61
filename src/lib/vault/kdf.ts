/**
 * Argon2id itself, as raw bytes. Run inside the key-derivation worker (kdf.worker.ts), so the page
 * stays free to hide at once on quick exit; and directly only where there is no Worker (tests).
 */
import { argon2id } from 'hash-wasm';

export interface KdfRequest {
	/** Already NFC-normalised. */
	passcode: string;
	salt: Uint8Array;
	memoryKiB: number;
	iterations: number;
	parallelism: number;
	hashLength: number;
}

export async function argon2Raw(request: KdfRequest): Promise<Uint8Array<ArrayBuffer>> {
	const raw = await argon2id({
		password: request.passcode,
		salt: request.salt,
		iterations: request.iterations,
		memorySize: request.memoryKiB,
		parallelism: request.parallelism,
		hashLength: request.hashLength,
		outputType: 'binary'
	});
	return raw as Uint8Array<ArrayBuffer>;
}

/** What the worker posts back. */
export type KdfReply = { ok: true; raw: Uint8Array<ArrayBuffer> } | { ok: false; message: string };
