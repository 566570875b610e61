import { i18n } from '$lib/i18n/i18n.svelte';

/**
 * Screens that most visits never show, loaded only when needed so the first screen stays small
 * (the 100 kB budget, npm run size). Each import is cached by the browser and the service worker.
 */
export const lockScreen = () => import('$lib/vault/components/LockScreen.svelte');
export const momentTools = async () => {
	await i18n.need('moment');
	return import('$lib/shell/components/MomentDialog.svelte');
};
export const storageProblemScreen = () => import('./components/StorageProblemScreen.svelte');
/** The one or two goal steps the person keeps in view on the home screen. */
export const keptSteps = () => import('$lib/goals/components/KeptSteps.svelte');
/** The gentle plan review and backup notes; their dates are read from the vault. */
export const reminderNotes = () => import('./components/ReminderNotes.svelte');
/** Locks after a while without use or away; it only acts once a passcode is set and unlocked. */
export const autoLock = () => import('$lib/vault/components/AutoLock.svelte');
