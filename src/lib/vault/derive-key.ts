import { importAesKey, KEY_BYTES, type KdfParameters } from './crypto';
import type { KdfReply, KdfRequest } from './kdf';

/**
 * Derives the key-encryption key from a passcode. Argon2id runs in a module worker, never on the
 * page: a derivation takes most of a second (more for a backup made with heavier settings), and
 * quick exit must be able to hide the page during it. The raw bytes come back transferred, are
 * imported as a non-extractable key, and wiped. Only where there is no Worker (Vitest in Node)
 * does it run directly.
 */
export async function deriveKey(passcode: string, parameters: KdfParameters): Promise<CryptoKey> {
	const request: KdfRequest = {
		passcode: passcode.normalize('NFC'),
		salt: parameters.salt,
		memoryKiB: parameters.memoryKiB,
		iterations: parameters.iterations,
		parallelism: parameters.parallelism,
		hashLength: KEY_BYTES
	};
	const raw =
		typeof Worker === 'undefined'
			? await (await import('./kdf')).argon2Raw(request)
			: await deriveInWorker(request);
	try {
		return await importAesKey(raw);
	} finally {
		raw.fill(0);
	}
}

function deriveInWorker(request: KdfRequest): Promise<Uint8Array<ArrayBuffer>> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
		const done = () => worker.terminate();
		worker.onmessage = (event: MessageEvent<KdfReply>) => {
			done();
			if (event.data.ok) resolve(event.data.raw);
			else reject(new Error(`Key derivation failed: ${event.data.message}`));
		};
		worker.onerror = (event) => {
			done();
			event.preventDefault();
			reject(new Error(`Key derivation failed: ${event.message}`));
		};
		worker.postMessage(request);
	});
}
