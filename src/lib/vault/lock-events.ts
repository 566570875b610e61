/**
 * Locking is one event. Everything that holds decrypted data in memory registers a way to drop it;
 * when the vault locks (button, timer, quick exit, page restored from the back/forward cache) every
 * one of them runs, synchronously, before anything else is painted.
 */

type DropDecrypted = () => void;

const holders = new Set<DropDecrypted>();

/** Registers something that holds decrypted data; returns a function that unregisters it. */
export function onLock(drop: DropDecrypted): () => void {
	holders.add(drop);
	return () => holders.delete(drop);
}

/** Tells every holder to drop what it holds. One failing holder never stops the others. */
export function announceLock(): void {
	for (const drop of [...holders]) {
		try {
			drop();
		} catch (error) {
			console.error('A module could not drop its data on lock', error);
		}
	}
}
