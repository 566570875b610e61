/**
 * Locking is one event. Everything that holds decrypted data in memory registers a way to drop it;
 * when the vault locks (button, timer, quick exit, page restored from the back/forward cache) every
 * one of them runs, synchronously, before anything else is painted.
 */

type DropDecrypted = () => void;
type StartSaving = () => Promise<unknown> | void;

const holders = new Set<DropDecrypted>();
const savers = new Set<StartSaving>();

/**
 * Registers something with unsaved work (an editor's draft). Just before the key is dropped, it is
 * called so that it can start saving with the key still in hand; its save finishes on its own.
 */
export function beforeLock(startSaving: StartSaving): () => void {
	savers.add(startSaving);
	return () => savers.delete(startSaving);
}

/**
 * Lets every editor start saving what it has, synchronously, while the key is still there.
 * Returns when those saves are done (or failed), for whoever wants to wait for them.
 */
export function announceLockComing(): Promise<void> {
	const saving: Promise<unknown>[] = [];
	for (const save of [...savers]) {
		try {
			const pending = save();
			if (pending) saving.push(pending.catch(() => undefined));
		} catch (error) {
			console.error('A draft could not start saving before lock', error);
		}
	}
	return Promise.all(saving).then(() => undefined);
}

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
