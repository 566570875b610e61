/**
 * The script builder's sentence: "When you…, I feel…, I need…, If it happens again, I will…".
 * Each language has a whole-sentence template for every mix of parts the person filled in
 * (practice:script.sentence.<parts>), so the words around theirs follow that language's own order
 * (Arabic, for instance, may say the feeling first) and a part left empty never leaves a gap.
 */
import { SCRIPT_PARTS, type ScriptPart } from './exercises';

export type ScriptWords = Record<ScriptPart, string>;

/** Looks up a template by key and fills in {{when}}, {{feel}}, {{need}} and {{next}}. */
export type Template = (key: string, words: ScriptWords) => string;

// Marks a person may end their words with; the template brings its own.
const TRAILING_MARKS = /[\s.,;:!?。،؛؟…]+$/u;

/** The person's words, tidied for the middle of a sentence. */
export function tidy(text: string): string {
	return text.trim().replace(/\s+/g, ' ').replace(TRAILING_MARKS, '');
}

/** Which parts hold words, as the template key names them ("when_feel_next"); '' when none. */
export function templateKey(words: ScriptWords): string {
	return SCRIPT_PARTS.filter((part) => tidy(words[part]) !== '').join('_');
}

/** The whole sentence in the person's language, or '' when nothing is written yet. */
export function buildScript(words: ScriptWords, template: Template): string {
	const key = templateKey(words);
	if (!key) return '';
	const tidied = Object.fromEntries(
		SCRIPT_PARTS.map((part) => [part, tidy(words[part])])
	) as ScriptWords;
	return template(`practice:script.sentence.${key}`, tidied).trim();
}

/** Every template key a language must have: one per mix of filled-in parts. */
export function allTemplateKeys(): string[] {
	const keys: string[] = [];
	for (let mask = 1; mask < 1 << SCRIPT_PARTS.length; mask++) {
		keys.push(SCRIPT_PARTS.filter((_, index) => mask & (1 << index)).join('_'));
	}
	return keys;
}
