import { deleteDatabase } from '$lib/db/db';
import { vault } from '$lib/vault/vault.svelte';
import { preferences } from './preferences.svelte';

/**
 * Delete everything: every decrypted thing in memory, the whole database, the preferences and this
 * tab's session notes. The service worker's cache holds only the app's own files, so it stays and
 * Waypoint still opens offline, as on a first visit.
 */
export async function wipeEverything(): Promise<void> {
	vault.forget();
	await deleteDatabase();
	preferences.reset();
	try {
		sessionStorage.clear();
	} catch {
		// Nothing to clear.
	}
}
