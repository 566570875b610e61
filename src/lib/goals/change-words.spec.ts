import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVELS } from './check';

const LANGUAGES = ['en', 'es', 'ar'];
const words = (language: string) =>
	JSON.parse(readFileSync(`locales/${language}/goals.json`, 'utf8')) as {
		levels: Record<string, { inSentence: string }>;
		change: Record<'up' | 'same' | 'down', string>;
	};

// A step of the scale is a name, not a word of the sentence ("Money is at struggling" reads
// wrongly): every summary sentence sets it apart in the language's own quotation marks.
describe('the change summary sentences', () => {
	for (const language of LANGUAGES) {
		it(`set every step of the scale apart, in every direction (${language})`, () => {
			const { levels, change } = words(language);
			for (const direction of ['up', 'same', 'down'] as const) {
				for (const level of LEVELS) {
					const name = levels[level]!.inSentence;
					const sentence = change[direction]
						.replaceAll('{{from}}', name)
						.replaceAll('{{to}}', name)
						.replaceAll('{{area}}', 'X')
						.replaceAll('{{since}}', 'Y');
					expect(sentence).not.toContain('{{');
					expect(sentence).toMatch(new RegExp(`[“«]${name}[”»]`));
				}
			}
		});
	}
});
