import { dayKey, type Feeling, type JournalEntry } from './journal';

/** What the person narrowed the list to; '' means "any". Dates are YYYY-MM-DD, inclusive. */
export interface JournalFilter {
	from: string;
	to: string;
	tag: string;
	feeling: Feeling | '';
}

export const NO_FILTER: JournalFilter = Object.freeze({ from: '', to: '', tag: '', feeling: '' });

export interface Dated<T> {
	id: string;
	createdAt: number;
	data: T;
}

export function isFiltered(filter: JournalFilter): boolean {
	return Boolean(filter.from || filter.to || filter.tag || filter.feeling);
}

/** Whether an entry falls within the chosen dates (when it was written), tag and feeling. */
export function matchesFilter(entry: Dated<JournalEntry>, filter: JournalFilter): boolean {
	const day = dayKey(entry.createdAt);
	if (filter.from && day < filter.from) return false;
	if (filter.to && day > filter.to) return false;
	if (filter.tag) {
		const wanted = filter.tag.toLocaleLowerCase();
		if (!entry.data.tags.some((tag) => tag.toLocaleLowerCase() === wanted)) return false;
	}
	if (filter.feeling && entry.data.feeling?.name !== filter.feeling) return false;
	return true;
}

/** Every tag in use, sorted in the person's language, without repeats that differ only by case. */
export function allTags(entries: Iterable<Dated<JournalEntry>>, language: string): string[] {
	const byFolded = new Map<string, string>();
	for (const entry of entries) {
		for (const tag of entry.data.tags) {
			const folded = tag.toLocaleLowerCase();
			if (!byFolded.has(folded)) byFolded.set(folded, tag);
		}
	}
	return [...byFolded.values()].sort(new Intl.Collator(language).compare);
}

export interface DayGroup<T> {
	day: string;
	entries: T[];
}

/** Groups entries by the day they were written, newest day and newest entry first. */
export function groupByDay<T extends { createdAt: number }>(entries: readonly T[]): DayGroup<T>[] {
	const sorted = [...entries].sort((a, b) => b.createdAt - a.createdAt);
	const groups: DayGroup<T>[] = [];
	for (const entry of sorted) {
		const day = dayKey(entry.createdAt);
		const last = groups.at(-1);
		if (last?.day === day) last.entries.push(entry);
		else groups.push({ day, entries: [entry] });
	}
	return groups;
}
