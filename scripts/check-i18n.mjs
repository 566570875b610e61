// Fails when any language lacks a key English has, has a key English does not, lacks a plural form
// its grammar needs, or uses a {{placeholder}} English does not. CI runs it (npm run check:i18n).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../locales/', import.meta.url).pathname;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested JSON into "a.b.c" → string. */
function flatten(value, prefix = '', out = new Map()) {
	for (const [key, child] of Object.entries(value)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (child && typeof child === 'object' && !Array.isArray(child)) flatten(child, path, out);
		else out.set(path, child);
	}
	return out;
}

function placeholders(text) {
	return new Set([...String(text).matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));
}

/** Groups plural keys under their base: "wait_one", "wait_other" → "wait". */
function groups(flat) {
	const out = new Map();
	for (const [key, text] of flat) {
		const base = key.replace(PLURAL_SUFFIX, '');
		const form = key === base ? null : key.slice(base.length + 1);
		if (!out.has(base)) out.set(base, { forms: new Map(), plain: null });
		if (form) out.get(base).forms.set(form, text);
		else out.get(base).plain = text;
	}
	return out;
}

function load(language, namespace) {
	return flatten(JSON.parse(readFileSync(join(root, language, `${namespace}.json`), 'utf8')));
}

const languages = readdirSync(root).filter((name) => !name.startsWith('.'));
const namespaces = readdirSync(join(root, 'en')).filter((f) => f.endsWith('.json'));
const problems = [];

for (const language of languages.filter((l) => l !== 'en')) {
	const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
	if (!existsSync(join(root, language, 'README.md'))) {
		problems.push(`${language}: README.md with the language's voice notes is missing`);
	}
	const own = readdirSync(join(root, language)).filter((f) => f.endsWith('.json'));
	for (const extra of own.filter((f) => !namespaces.includes(f))) {
		problems.push(`${language}/${extra}: a file English does not have`);
	}
	for (const file of namespaces) {
		const namespace = file.replace(/\.json$/, '');
		if (!own.includes(file)) {
			problems.push(`${language}/${file}: missing`);
			continue;
		}
		const english = groups(load('en', namespace));
		const translated = groups(load(language, namespace));
		for (const [base, entry] of english) {
			const where = `${language}/${namespace}: ${base}`;
			const other = translated.get(base);
			if (!other) {
				problems.push(`${where}: missing`);
				continue;
			}
			const englishTexts = entry.plain !== null ? [entry.plain] : [...entry.forms.values()];
			const allowed = new Set(englishTexts.flatMap((t) => [...placeholders(t)]));
			if (entry.forms.size > 0) {
				allowed.add('count');
				for (const category of categories) {
					if (!other.forms.has(category))
						problems.push(`${where}_${category}: plural form missing`);
				}
			} else if (other.plain === null) {
				problems.push(`${where}: should be a single text, not plural forms`);
			}
			const texts = other.plain !== null ? [other.plain] : [...other.forms.values()];
			for (const text of texts) {
				if (typeof text !== 'string' || text.trim() === '') problems.push(`${where}: empty`);
				for (const name of placeholders(text)) {
					if (!allowed.has(name))
						problems.push(`${where}: placeholder {{${name}}} English does not have`);
				}
			}
			for (const name of allowed) {
				if (name !== 'count' && !texts.some((t) => placeholders(t).has(name))) {
					problems.push(`${where}: placeholder {{${name}}} is not used`);
				}
			}
		}
		for (const base of translated.keys()) {
			if (!english.has(base))
				problems.push(`${language}/${namespace}: ${base}: a key English does not have`);
		}
	}
}

if (problems.length) {
	console.error(`Locale check failed (${problems.length}):\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`Locales complete: ${languages.join(', ')} × ${namespaces.length} namespaces.`);
