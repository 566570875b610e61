/** A journal entry as the person wrote it, and the rules that keep stored entries sound. */

export const FEELINGS = [
	'calm',
	'hopeful',
	'proud',
	'grateful',
	'tired',
	'sad',
	'worried',
	'angry',
	'numb',
	'lonely'
] as const;
export type Feeling = (typeof FEELINGS)[number];

export interface FeelingCheckIn {
	name: Feeling;
	/** 0 (barely there) to 10 (very strong). */
	intensity: number;
}

/** The optional record of something that happened, for an advocate or a lawyer if the person chooses. */
export interface Incident {
	/** Local date and time as the person entered it (YYYY-MM-DDTHH:mm), or a date (YYYY-MM-DD), or ''. */
	when: string;
	where: string;
	what: string;
	witnesses: string;
	evidence: string;
}

export interface JournalEntry {
	kind: 'note' | 'incident';
	title: string;
	body: string;
	tags: string[];
	feeling: FeelingCheckIn | null;
	/** The prompt the person wrote from, if any. */
	promptId: string | null;
	incident: Incident | null;
}

export const MAX_TEXT = 200_000;
export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;

export function emptyEntry(kind: JournalEntry['kind'] = 'note'): JournalEntry {
	return {
		kind,
		title: '',
		body: '',
		tags: [],
		feeling: null,
		promptId: null,
		incident: kind === 'incident' ? emptyIncident() : null
	};
}

export function emptyIncident(): Incident {
	return { when: '', where: '', what: '', witnesses: '', evidence: '' };
}

/** True when there is nothing worth keeping yet (an untouched new note is not saved). */
export function isBlank(entry: JournalEntry): boolean {
	const incidentText = entry.incident ? Object.values(entry.incident).join('') : '';
	return (
		!entry.title.trim() && !entry.body.trim() && !incidentText.trim() && entry.tags.length === 0
	);
}

/** Accepts a date (YYYY-MM-DD) or a local date and time (YYYY-MM-DDTHH:mm) that exists, or ''. */
export function isValidWhen(when: string): boolean {
	if (when === '') return true;
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(when);
	if (!match) return false;
	const [, y, m, d, hh = '00', mm = '00'] = match;
	const date = new Date(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm));
	return (
		date.getFullYear() === Number(y) &&
		date.getMonth() === Number(m) - 1 &&
		date.getDate() === Number(d) &&
		date.getHours() === Number(hh) &&
		date.getMinutes() === Number(mm)
	);
}

/** Cleans a tag the person typed: trimmed, inner spaces collapsed, kept short. Empty means none. */
export function cleanTag(tag: string): string {
	return tag.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
}

/** Adds a tag unless it is empty or already there (ignoring case). */
export function addTag(tags: readonly string[], tag: string): string[] {
	const cleaned = cleanTag(tag);
	if (!cleaned || tags.length >= MAX_TAGS) return [...tags];
	const exists = tags.some((t) => t.toLocaleLowerCase() === cleaned.toLocaleLowerCase());
	return exists ? [...tags] : [...tags, cleaned];
}

function text(value: unknown, max = MAX_TEXT): string | null {
	return typeof value === 'string' && value.length <= max ? value : null;
}

/** Checks data read back from storage; anything malformed is reported as damaged (null). */
export function validateEntry(data: unknown): JournalEntry | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	const kind = d.kind === 'incident' ? 'incident' : d.kind === 'note' ? 'note' : null;
	const title = text(d.title, 500);
	const body = text(d.body);
	if (!kind || title === null || body === null) return null;
	if (!Array.isArray(d.tags) || d.tags.length > MAX_TAGS) return null;
	const tags = d.tags.filter(
		(t): t is string => typeof t === 'string' && t.length <= MAX_TAG_LENGTH
	);
	if (tags.length !== d.tags.length) return null;
	let feeling: FeelingCheckIn | null = null;
	if (d.feeling !== null && d.feeling !== undefined) {
		const f = d.feeling as Record<string, unknown>;
		const intensity = f.intensity;
		if (
			!FEELINGS.includes(f.name as Feeling) ||
			typeof intensity !== 'number' ||
			!Number.isInteger(intensity) ||
			intensity < 0 ||
			intensity > 10
		) {
			return null;
		}
		feeling = { name: f.name as Feeling, intensity };
	}
	const promptId = d.promptId === null || d.promptId === undefined ? null : text(d.promptId, 100);
	if (promptId === null && d.promptId !== null && d.promptId !== undefined) return null;
	let incident: Incident | null = null;
	if (kind === 'incident') {
		const i = (d.incident ?? {}) as Record<string, unknown>;
		const fields = ['when', 'where', 'what', 'witnesses', 'evidence'] as const;
		const values = fields.map((field) => text(i[field] ?? ''));
		if (values.some((v) => v === null) || !isValidWhen(values[0]!)) return null;
		incident = Object.fromEntries(fields.map((f, n) => [f, values[n]!])) as unknown as Incident;
	}
	return { kind, title, body, tags, feeling, promptId, incident };
}

/** The day an entry belongs to in the list (local time), as YYYY-MM-DD. */
export function dayKey(timestamp: number): string {
	const date = new Date(timestamp);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
