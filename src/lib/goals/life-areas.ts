/** Life areas: the parts of life a "where am I now" check and a goal belong to. */

export const BUILT_IN_AREAS = [
	'housing',
	'money',
	'work',
	'learning',
	'physicalHealth',
	'emotionalHealth',
	'legal',
	'transport',
	'family',
	'support',
	'safety'
] as const;
export type BuiltInArea = (typeof BUILT_IN_AREAS)[number];

/** A built-in area's name, or the id of one the person added (`own-…`). */
export type AreaKey = string;

export interface OwnArea {
	id: string;
	name: string;
}

/** The person's choices about areas: the built-in ones they hide, and their own. */
export interface LifeAreas {
	hidden: BuiltInArea[];
	own: OwnArea[];
}

export const MAX_OWN_AREAS = 30;
export const MAX_AREA_NAME = 80;
const OWN_ID = /^own-[A-Za-z0-9-]{1,64}$/;

export function emptyLifeAreas(): LifeAreas {
	return { hidden: [], own: [] };
}

export function isBuiltInArea(key: unknown): key is BuiltInArea {
	return typeof key === 'string' && (BUILT_IN_AREAS as readonly string[]).includes(key);
}

/** True for a key that can name an area: built-in, or shaped like an own area's id. */
export function isAreaKey(key: unknown): key is AreaKey {
	return isBuiltInArea(key) || (typeof key === 'string' && OWN_ID.test(key));
}

export function newOwnAreaId(uuid: string): string {
	return `own-${uuid}`;
}

/** The areas to offer, in order: built-in ones not hidden, then the person's own. */
export function visibleAreas(areas: LifeAreas): AreaKey[] {
	return [
		...BUILT_IN_AREAS.filter((area) => !areas.hidden.includes(area)),
		...areas.own.map((own) => own.id)
	];
}

export function setHidden(areas: LifeAreas, area: BuiltInArea, hidden: boolean): LifeAreas {
	const others = areas.hidden.filter((a) => a !== area);
	return { ...areas, hidden: hidden ? [...others, area] : others };
}

/** Adds an area in the person's words; empty or repeated names, or too many, change nothing. */
export function addOwnArea(areas: LifeAreas, name: string, id: string): LifeAreas {
	const clean = name.trim().slice(0, MAX_AREA_NAME);
	const taken = areas.own.some((own) => own.name.toLocaleLowerCase() === clean.toLocaleLowerCase());
	if (!clean || taken || areas.own.length >= MAX_OWN_AREAS) return areas;
	return { ...areas, own: [...areas.own, { id, name: clean }] };
}

export function renameOwnArea(areas: LifeAreas, id: string, name: string): LifeAreas {
	const clean = name.trim().slice(0, MAX_AREA_NAME);
	if (!clean) return areas;
	return { ...areas, own: areas.own.map((own) => (own.id === id ? { id, name: clean } : own)) };
}

/** Removes an own area from the list; checks and goals that used it keep their words. */
export function removeOwnArea(areas: LifeAreas, id: string): LifeAreas {
	return { ...areas, own: areas.own.filter((own) => own.id !== id) };
}

/** Checks a stored or imported record of areas; anything malformed is damaged (null). */
export function validateLifeAreas(data: unknown): LifeAreas | null {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	const d = data as Record<string, unknown>;
	if (!Array.isArray(d.hidden) || !Array.isArray(d.own)) return null;
	if (d.hidden.length > BUILT_IN_AREAS.length || d.own.length > MAX_OWN_AREAS) return null;
	const hidden: BuiltInArea[] = [];
	for (const area of d.hidden) {
		if (!isBuiltInArea(area) || hidden.includes(area)) return null;
		hidden.push(area);
	}
	const own: OwnArea[] = [];
	for (const raw of d.own as unknown[]) {
		if (!raw || typeof raw !== 'object') return null;
		const { id, name } = raw as Record<string, unknown>;
		if (typeof id !== 'string' || !OWN_ID.test(id) || own.some((o) => o.id === id)) return null;
		if (typeof name !== 'string' || !name.trim() || name.length > MAX_AREA_NAME) return null;
		own.push({ id, name });
	}
	return { hidden, own };
}
