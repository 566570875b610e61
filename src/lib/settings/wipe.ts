import { deleteDatabase } from '$lib/db/db';
import { forgetAskedToKeep } from '$lib/db/durability';
import { destroyKey } from '$lib/vault/vault-keys.repo';
import { vault } from '$lib/vault/vault.svelte';
import { preferences } from './preferences.svelte';

/**
 * Delete everything. First the key: what is in memory is dropped, and the wrapped data key is
 * deleted in a transaction of its own that commits before anything else, so every sealed record is
 * unreadable at once even if the rest is interrupted (other tabs are told, and forget too). Then
 * the whole database, the preferences, the note that the browser was asked to keep the data, and
 * this tab's session notes: nothing of Waypoint's stays in storage. The service worker's cache
 * holds only the app's own files, so it stays and Waypoint still opens offline, as on a first visit.
 */
export async function wipeEverything(): Promise<void> {
	vault.forget();
	await destroyKey();
	await deleteDatabase();
	preferences.reset();
	forgetAskedToKeep();
	try {
		sessionStorage.clear();
	} catch {
		// Nothing to clear.
	}
}
