import { i18n } from '$lib/i18n/i18n.svelte';
import { matchLanguage } from '$lib/i18n/languages';
import { toStorageError, type StorageProblem } from '$lib/db/storage-error';
import { appUpdate } from '$lib/pwa/app-update.svelte';
import { preferences } from '$lib/settings/preferences.svelte';
import { vault } from '$lib/vault/vault.svelte';
import { lockScreen, storageProblemScreen } from './lazy';

/**
 * Everything the app needs before its first screen: the person's language (so no word appears in
 * another one first) and whether the vault is locked. Returns a storage problem to explain instead
 * of a broken app when this browser cannot keep data.
 */
export async function startApp(): Promise<{ storageProblem: StorageProblem | null }> {
	await i18n.use(preferences.current.language ?? matchLanguage(navigator.languages));
	let storageProblem: StorageProblem | null = null;
	try {
		await vault.load();
	} catch (error) {
		storageProblem = toStorageError(error).problem;
	}
	// Fetched before the first paint, so a locked app never shows an empty screen first.
	if (storageProblem) await storageProblemScreen();
	else if (vault.status === 'locked') await lockScreen();
	void appUpdate.register();
	return { storageProblem };
}
