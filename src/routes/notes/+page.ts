import { i18n } from '$lib/i18n/i18n.svelte';
import { journal } from '$lib/journal/journal.svelte';
import type { PageLoad } from './$types';

// The texts of this screen, once the app (and its language) has started. Reading the newest
// notes starts at the same time, so the list appears sooner; the screen shows any problem.
export const load: PageLoad = async ({ parent }) => {
	await parent();
	journal.load().catch(() => {});
	await i18n.need('journal');
};
