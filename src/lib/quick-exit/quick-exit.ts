import { t } from '$lib/i18n/i18n.svelte';
import { preferences } from '$lib/settings/preferences.svelte';
import { vault } from '$lib/vault/vault.svelte';

/** Set for this tab after an exit, so that coming back by Back opens a neutral screen. */
export const EXITED_KEY = 'waypoint.exited';

/** Where the quick exit goes: the address the person chose, or the everyday site of their language. */
export function exitDestination(): string {
	return preferences.current.exitUrl ?? t('exit:destination');
}

/** How long the exit may wait for a draft that is being saved, at most, before leaving. */
export const SAVE_GRACE_MS = 30;

/**
 * The one place that performs the quick exit, in this order:
 * 1. hide everything in the same task (the stylesheet hides the body while <html data-exiting>),
 * 2. lock the vault, which lets drafts start saving with the key, then tells every holder of
 *    decrypted data to drop it; and empty the page,
 * 3. replace this history entry with the exit destination (the page's referrer policy is
 *    no-referrer) as soon as the drafts are saved, and never later than SAVE_GRACE_MS.
 */
export function leaveNow(destination: string = exitDestination()): void {
	document.documentElement.setAttribute('data-exiting', '');
	let saved: Promise<void> = Promise.resolve();
	try {
		saved = vault.lock();
	} catch (error) {
		console.error(error);
	}
	try {
		sessionStorage.setItem(EXITED_KEY, '1');
	} catch {
		// Storage blocked: Back still shows the lock screen or a neutral home (pageshow handler).
	}
	document.body.replaceChildren();
	let left = false;
	const leave = () => {
		if (left) return;
		left = true;
		location.replace(destination);
	};
	void saved.then(leave, leave);
	setTimeout(leave, SAVE_GRACE_MS);
}

/** True once, if this tab came back to Waypoint after a quick exit. */
export function returningAfterExit(): boolean {
	try {
		const exited = sessionStorage.getItem(EXITED_KEY) === '1';
		sessionStorage.removeItem(EXITED_KEY);
		return exited;
	} catch {
		return false;
	}
}
