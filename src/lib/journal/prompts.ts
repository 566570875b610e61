/** The writing prompts. Their words live in locales/<lang>/journal.json under prompts.<id>. */

export const PROMPT_CATEGORIES = [
	'strengths',
	'safety',
	'relationships',
	'boundaries',
	'feelings',
	'future',
	'smallWins'
] as const;
export type PromptCategory = (typeof PROMPT_CATEGORIES)[number];

export interface Prompt {
	id: string;
	category: PromptCategory;
	/** The prompt may stir hard memories: a short note comes first, and it can be skipped. */
	contentNote: boolean;
}

const WITH_CONTENT_NOTE = new Set(['safety-3', 'relationships-3', 'boundaries-4', 'feelings-5']);

export const PROMPTS: readonly Prompt[] = PROMPT_CATEGORIES.flatMap((category) =>
	[1, 2, 3, 4, 5, 6].map((n) => {
		const id = `${category}-${n}`;
		return { id, category, contentNote: WITH_CONTENT_NOTE.has(id) };
	})
);

export function promptById(id: string | null): Prompt | undefined {
	return PROMPTS.find((prompt) => prompt.id === id);
}

/** A random prompt, never the one just shown, optionally from one category. */
export function shufflePrompt(
	current: string | null,
	category: PromptCategory | null = null,
	random: () => number = Math.random
): Prompt {
	const pool = PROMPTS.filter((p) => (!category || p.category === category) && p.id !== current);
	return pool[Math.floor(random() * pool.length)] ?? PROMPTS[0]!;
}
