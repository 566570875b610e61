import { EXERCISE_NUMBERS, type ExerciseNumber } from '$lib/boundaries/exercises';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { EntryGenerator, PageLoad } from './$types';

// Each exercise is prerendered as an empty shell at its neutral number.
export const entries: EntryGenerator = () => EXERCISE_NUMBERS.map((n) => ({ n: String(n) }));

export const load: PageLoad = async ({ parent, params }) => {
	await parent();
	await i18n.need('practice');
	return { number: Number(params.n) as ExerciseNumber };
};
