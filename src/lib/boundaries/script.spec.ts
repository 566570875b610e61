import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTemplateKeys, buildScript, templateKey, tidy, type Template } from './script';

/** The practice texts of a language, read from its locale file. */
function texts(language: string): Record<string, unknown> {
	return JSON.parse(readFileSync(`locales/${language}/practice.json`, 'utf8'));
}

/** The templates of a language, filled in the way i18next does ({{name}}). */
function templatesOf(language: string): Template {
	const sentences = (texts(language).script as { sentence: Record<string, string> }).sentence;
	return (key, words) => {
		const template = sentences[key.replace('practice:script.sentence.', '')];
		if (template === undefined) throw new Error(`No template ${key} in ${language}`);
		return template.replace(/\{\{(\w+)\}\}/g, (_, name: keyof typeof words) => words[name]);
	};
}

const english = templatesOf('en');
const arabic = templatesOf('ar');
const none = { when: '', feel: '', need: '', next: '' };

describe('the script builder', () => {
	it('builds the whole sentence in English', () => {
		expect(
			buildScript(
				{ when: 'read my messages', feel: 'uneasy', need: 'you to ask first', next: 'leave' },
				english
			)
		).toBe(
			'When you read my messages, I feel uneasy. I need you to ask first. If it happens again, I will leave.'
		);
	});

	it('still reads well with parts left empty', () => {
		expect(buildScript({ ...none, when: 'shout', need: 'quiet' }, english)).toBe(
			'When you shout, I need quiet.'
		);
		expect(buildScript({ ...none, feel: 'tired', next: 'go home' }, english)).toBe(
			'I feel tired. If it happens again, I will go home.'
		);
		expect(buildScript({ ...none, when: 'take my phone' }, english)).toBe(
			'When you take my phone, that is not OK with me.'
		);
		expect(buildScript({ ...none, need: 'time' }, english)).toBe('I need time.');
		expect(buildScript(none, english)).toBe('');
		expect(buildScript({ ...none, feel: '   ' }, english)).toBe('');
	});

	it('tidies the person’s words so the template’s punctuation is not doubled', () => {
		expect(tidy('  read   my messages.  ')).toBe('read my messages');
		expect(tidy('أن تسألني أولًا؟')).toBe('أن تسألني أولًا');
		expect(buildScript({ ...none, when: 'yell!', feel: 'small...' }, english)).toBe(
			'When you yell, I feel small.'
		);
		expect(templateKey({ when: 'a', feel: '', need: ' ', next: 'b.' })).toBe('when_next');
	});

	it('follows Arabic word order: the feeling comes first, and an action before its condition', () => {
		const words = { when: 'تقرأ رسائلي', feel: 'بالضيق', need: '', next: '' };
		const sentence = buildScript(words, arabic);
		expect(sentence).toBe('أشعر بالضيق عندما تقرأ رسائلي.');
		expect(sentence.indexOf('بالضيق')).toBeLessThan(sentence.indexOf('تقرأ رسائلي'));
		// English puts the same two parts the other way round.
		const englishSentence = buildScript(
			{ ...words, when: 'read my messages', feel: 'uneasy' },
			english
		);
		expect(englishSentence.indexOf('read my messages')).toBeLessThan(
			englishSentence.indexOf('uneasy')
		);

		expect(buildScript({ ...none, next: 'أغادر الغرفة' }, arabic)).toBe(
			'سوف أغادر الغرفة إن تكرّر ذلك.'
		);
		expect(
			buildScript(
				{ when: 'ترفع صوتك', feel: 'بالخوف', need: 'أن تتكلم بهدوء', next: 'أغادر الغرفة' },
				arabic
			)
		).toBe('أشعر بالخوف عندما ترفع صوتك، وأحتاج أن تتكلم بهدوء. وسوف أغادر الغرفة إن تكرّر ذلك.');
		expect(buildScript(none, arabic)).toBe('');
	});

	it('has a whole-sentence template for every mix of parts, in every language, using exactly those parts', () => {
		expect(allTemplateKeys()).toHaveLength(15);
		for (const language of ['en', 'es', 'ar']) {
			const template = templatesOf(language);
			for (const key of allTemplateKeys()) {
				const parts = key.split('_');
				const words = {
					when: parts.includes('when') ? 'WHEN' : '',
					feel: parts.includes('feel') ? 'FEEL' : '',
					need: parts.includes('need') ? 'NEED' : '',
					next: parts.includes('next') ? 'NEXT' : ''
				};
				const sentence = buildScript(words, template);
				for (const part of ['WHEN', 'FEEL', 'NEED', 'NEXT']) {
					expect(sentence.includes(part), `${language} ${key} ${part}`).toBe(
						parts.includes(part.toLowerCase())
					);
				}
				expect(sentence).not.toMatch(/\{\{|\s[,.،]|,,|\.\./);
			}
		}
	});
});
