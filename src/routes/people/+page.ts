import { i18n } from '$lib/i18n/i18n.svelte';
import type { PageLoad } from './$types';

// The texts of this screen, once the app (and its language) has started.
export const load: PageLoad = async ({ parent }) => {
	await parent();
	await i18n.need('people');
};
