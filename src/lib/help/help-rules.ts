/** Rules for the help directory: links that dial, and checks that every entry is sourced. */

/**
 * A dialable number: E.164 (+ and 7–15 digits), or a number as dialled inside its country (3–11
 * digits: short codes like 988 and freephone numbers like 1800 737 732 that do not work from abroad).
 */
export function isDialable(value: string): boolean {
	return /^\+[1-9]\d{6,14}$/.test(value) || /^\d{3,11}$/.test(value);
}

/** Keeps only what a phone dials: digits and a leading +. Returns null when nothing dialable is left. */
export function dialable(input: string): string | null {
	const trimmed = input.trim();
	const digits = trimmed.replace(/[^\d]/g, '');
	const value = (trimmed.startsWith('+') ? '+' : '') + digits;
	return isDialable(value) ? value : null;
}

export function telHref(value: string): string {
	return `tel:${value}`;
}

export function smsHref(value: string): string {
	return `sms:${value}`;
}

export interface SourcedEntry {
	id: string;
	country: string;
	name: string;
	source: string;
	checked: string;
	contacts: readonly { kind: string; value: string }[];
}

/** Lists what is wrong with directory entries; an empty list means every entry can be shown. */
export function directoryProblems(entries: readonly SourcedEntry[]): string[] {
	const problems: string[] = [];
	const ids = new Set<string>();
	for (const entry of entries) {
		const where = entry.id || entry.name;
		if (ids.has(entry.id)) problems.push(`${where}: id used twice`);
		ids.add(entry.id);
		if (!/^[A-Z]{2}$/.test(entry.country)) problems.push(`${where}: country code`);
		if (!entry.name.trim()) problems.push(`${where}: no name`);
		if (!/^https:\/\/[^\s]+$/.test(entry.source))
			problems.push(`${where}: source must be an https address`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.checked) || Number.isNaN(Date.parse(entry.checked))) {
			problems.push(`${where}: checked date`);
		}
		if (entry.contacts.length === 0) problems.push(`${where}: no way to reach it`);
		for (const contact of entry.contacts) {
			if (['tel', 'sms', 'whatsapp'].includes(contact.kind) && !isDialable(contact.value)) {
				problems.push(`${where}: ${contact.kind} ${contact.value} is not dialable`);
			}
			if (contact.kind === 'web' && !/^https:\/\/[^\s]+$/.test(contact.value)) {
				problems.push(`${where}: web address must be https`);
			}
		}
	}
	return problems;
}

/** The region of the person's language tags (en-GB → GB), if it is one the directory covers. */
export function guessCountry(
	languages: readonly string[],
	covered: readonly string[]
): string | null {
	for (const tag of languages) {
		try {
			const region = new Intl.Locale(tag).maximize().region;
			if (region && covered.includes(region)) return region;
		} catch {
			// Not a language tag.
		}
	}
	return null;
}
