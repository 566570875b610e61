/**
 * What the vault tells the rest of the app, as four typed events, each with one meaning:
 * - `lock-coming`: a lock is about to happen; drafts start saving while the key is still there.
 * - `locked`: the key is gone; everything that holds decrypted data drops it, in the same task.
 * - `records-replaced`: a backup restore replaced stored records; what is held is out of date and
 *   is read again when next used. Nothing locks.
 * - `wiped`: everything was deleted; drop everything.
 */

export type VaultEvent = 'lock-coming' | 'locked' | 'records-replaced' | 'wiped';

/** `lock-coming` listeners may return their save, so whoever locks can wait for it. */
type Listener<E extends VaultEvent> = E extends 'lock-coming'
	? () => Promise<unknown> | void
	: () => void;

const listeners: { [E in VaultEvent]: Set<Listener<E>> } = {
	'lock-coming': new Set(),
	locked: new Set(),
	'records-replaced': new Set(),
	wiped: new Set()
};

/** Listens to one event; returns a function that stops listening. */
export function subscribe<E extends VaultEvent>(event: E, listener: Listener<E>): () => void {
	const set = listeners[event] as Set<Listener<E>>;
	set.add(listener);
	return () => set.delete(listener);
}

/**
 * Tells every listener, synchronously; one failing listener never stops the others. For
 * `lock-coming`, the promise resolves when every save it started is done (or failed).
 */
export function announce(event: 'lock-coming'): Promise<void>;
export function announce(event: Exclude<VaultEvent, 'lock-coming'>): void;
export function announce(event: VaultEvent): Promise<void> | void {
	const pending: Promise<unknown>[] = [];
	for (const listener of [...listeners[event]] as Listener<VaultEvent>[]) {
		try {
			const result = listener();
			if (event === 'lock-coming' && result) pending.push(Promise.resolve(result).catch(() => {}));
		} catch (error) {
			console.error(`A listener failed on the vault event "${event}"`, error);
		}
	}
	if (event === 'lock-coming') return Promise.all(pending).then(() => undefined);
}
