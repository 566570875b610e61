import { subscribe } from '$lib/vault/vault-events';
import type { Autosave } from './autosave';

/**
 * Saves an editor's words at every moment they could otherwise be lost: the page hidden or closed,
 * a lock (the quick exit locks too, and waits briefly for this save), and the editor closing.
 * Call it when the editor mounts; it returns what to run when the editor goes.
 */
export function keepSaving(autosave: Autosave): () => void {
	const save = () => autosave.flushQuietly();
	const onVisibilityChange = () => {
		if (document.visibilityState === 'hidden') void save();
	};
	document.addEventListener('visibilitychange', onVisibilityChange);
	window.addEventListener('pagehide', save);
	const forgetLock = subscribe('lock-coming', save);
	return () => {
		document.removeEventListener('visibilitychange', onVisibilityChange);
		window.removeEventListener('pagehide', save);
		forgetLock();
		void save();
	};
}
