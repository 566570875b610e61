import { deleteDatabase } from '$lib/db/db';
import { destroyKey } from '$lib/vault/vault-keys.repo';
import { vault } from '$lib/vault/vault.svelte';
import { preferences } from './preferences.svelte';

/**
 * Delete everything. First the key: what is in memory is dropped, and the wrapped data key is
 * deleted in a transaction of its own that commits before anything else, so every sealed record is
 * unreadable at once even if the rest is interrupted (other tabs are told, and forget too). Then
 * the whole database, the preferences and this tab's session notes. The service worker's cache
 * holds only the app's own files, so it stays and Waypoint still opens offline, as on a first visit.
 */
export async function wipeEverything(): Promise<void> {
	vault.forget();
	await destroyKey();
	await deleteDatabase();
	preferences.reset();
	try {
		sessionStorage.clear();
	} catch {
		// Nothing to clear.
	}
}
