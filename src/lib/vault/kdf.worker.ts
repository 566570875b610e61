/// <reference lib="webworker" />
import { argon2Raw, type KdfReply, type KdfRequest } from './kdf';

/**
 * One derivation per worker: the page posts a request, gets the raw key bytes back (transferred,
 * so no copy stays here) or an error, and ends the worker, which frees Argon2's memory.
 */
self.onmessage = async (event: MessageEvent<KdfRequest>) => {
	try {
		const raw = await argon2Raw(event.data);
		self.postMessage({ ok: true, raw } satisfies KdfReply, [raw.buffer]);
	} catch (error) {
		const message = error instanceof Error ? error.message : 'failed';
		self.postMessage({ ok: false, message } satisfies KdfReply);
	}
};
