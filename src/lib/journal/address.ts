import type { JournalEntry } from './journal';

/**
 * A new entry's kind in its address, as a neutral number (/notes/write?t=2): the browser's history
 * keeps every address, and "?kind=incident" there would say what was written.
 */
export const KIND_PARAM = 't';
const KINDS: readonly JournalEntry['kind'][] = ['note', 'incident'];

/** The query that opens the editor for a new entry of this kind ('' for a plain note). */
export function kindQuery(kind: JournalEntry['kind']): string {
	return kind === 'note' ? '' : `?${KIND_PARAM}=${KINDS.indexOf(kind) + 1}`;
}

/** The kind an address asks for; anything else is a plain note. */
export function kindFromQuery(params: URLSearchParams): JournalEntry['kind'] {
	return KINDS[Number(params.get(KIND_PARAM)) - 1] ?? 'note';
}
