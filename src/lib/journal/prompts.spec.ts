import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMPT_CATEGORIES, PROMPTS, shufflePrompt } from './prompts';

const localesRoot = new URL('../../../locales/', import.meta.url);
const languages = readdirSync(localesRoot).filter((name) => !name.includes('.'));

describe('prompts', () => {
	it('has at least 40 prompts in at least 6 categories', () => {
		expect(PROMPTS.length).toBeGreaterThanOrEqual(40);
		expect(new Set(PROMPTS.map((p) => p.category)).size).toBeGreaterThanOrEqual(6);
		expect(PROMPT_CATEGORIES.length).toBeGreaterThanOrEqual(6);
	});

	it.each(languages)(
		'every prompt has words in %s, and a content note exactly where flagged',
		(lang) => {
			const journal = JSON.parse(
				readFileSync(new URL(`${lang}/journal.json`, localesRoot), 'utf8')
			);
			for (const prompt of PROMPTS) {
				const words = journal.prompts[prompt.id];
				expect(words?.text, `${lang} ${prompt.id}`).toMatch(/\S/);
				expect(Boolean(words?.note), `${lang} ${prompt.id} note`).toBe(prompt.contentNote);
			}
			expect(Object.keys(journal.prompts).sort()).toEqual(PROMPTS.map((p) => p.id).sort());
		}
	);

	it('shuffles to a different prompt, within a category when asked', () => {
		const next = shufflePrompt('safety-1', 'safety', () => 0);
		expect(next.category).toBe('safety');
		expect(next.id).not.toBe('safety-1');
		for (let i = 0; i < 50; i++) expect(shufflePrompt('future-2').id).not.toBe('future-2');
	});
});
