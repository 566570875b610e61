/** The personal safety plan: its parts, the person's own entries, and the rules for changing it. */

export const PLAN_SECTIONS = [
	'warningSigns',
	'coping',
	'calmPlaces',
	'helpPeople',
	'professionals',
	'saferSurroundings',
	'safeNow',
	'thingsToSay',
	'leaving',
	'matters'
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Parts whose entries are people or services, with a way to reach them. */
export const CONTACT_SECTIONS: readonly PlanSection[] = ['helpPeople', 'professionals'];

export interface PlanItem {
	id: string;
	text: string;
	/** How to reach them (people, services). */
	contact?: string;
	/** "If I decide to leave": ready, or held by someone else and how to replace it. */
	ready?: boolean;
	held?: boolean;
	howToReplace?: string;
	/** A person from the relationship map this entry came from (a later capability). */
	personId?: string;
}

export interface SafetyPlan {
	items: Record<PlanSection, PlanItem[]>;
	safeWords: { safe: string; unsafe: string };
}

export const MAX_ITEMS_PER_SECTION = 100;
export const MAX_ITEM_TEXT = 2000;

export function emptyPlan(): SafetyPlan {
	return {
		items: Object.fromEntries(PLAN_SECTIONS.map((section) => [section, []])) as unknown as Record<
			PlanSection,
			PlanItem[]
		>,
		safeWords: { safe: '', unsafe: '' }
	};
}

function withSection(plan: SafetyPlan, section: PlanSection, items: PlanItem[]): SafetyPlan {
	return { ...plan, items: { ...plan.items, [section]: items } };
}

/** Adds an entry at the end of a part; empty text adds nothing. */
export function addItem(
	plan: SafetyPlan,
	section: PlanSection,
	item: Omit<PlanItem, 'id'>,
	id: string
): SafetyPlan {
	const text = item.text.trim().slice(0, MAX_ITEM_TEXT);
	if (!text || plan.items[section].length >= MAX_ITEMS_PER_SECTION) return plan;
	return withSection(plan, section, [...plan.items[section], { id, ...item, text }]);
}

export function updateItem(
	plan: SafetyPlan,
	section: PlanSection,
	id: string,
	patch: Partial<Omit<PlanItem, 'id'>>
): SafetyPlan {
	return withSection(
		plan,
		section,
		plan.items[section].map((item) => (item.id === id ? { ...item, ...patch, id } : item))
	);
}

export function removeItem(plan: SafetyPlan, section: PlanSection, id: string): SafetyPlan {
	return withSection(
		plan,
		section,
		plan.items[section].filter((item) => item.id !== id)
	);
}

/** Moves an entry up (-1) or down (+1) within its part; at either end nothing changes. */
export function moveItem(
	plan: SafetyPlan,
	section: PlanSection,
	id: string,
	by: -1 | 1
): SafetyPlan {
	const items = [...plan.items[section]];
	const from = items.findIndex((item) => item.id === id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= items.length) return plan;
	[items[from], items[to]] = [items[to]!, items[from]!];
	return withSection(plan, section, items);
}

/** True when an example is already in the part (so it shows as added). */
export function hasText(plan: SafetyPlan, section: PlanSection, text: string): boolean {
	const wanted = text.trim().toLocaleLowerCase();
	return plan.items[section].some((item) => item.text.toLocaleLowerCase() === wanted);
}

/** The parts the person filled in, in order: what "my plan" and the print view show. */
export function filledSections(plan: SafetyPlan): PlanSection[] {
	return PLAN_SECTIONS.filter(
		(section) =>
			plan.items[section].length > 0 ||
			(section === 'safeNow' && Boolean(plan.safeWords.safe || plan.safeWords.unsafe))
	);
}

function str(value: unknown, max = MAX_ITEM_TEXT): value is string {
	return typeof value === 'string' && value.length <= max;
}

/** Checks a stored or imported plan; anything malformed is damaged (null). */
export function validatePlan(data: unknown): SafetyPlan | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	const words = d.safeWords as Record<string, unknown> | undefined;
	if (!words || !str(words.safe, 200) || !str(words.unsafe, 200)) return null;
	const items = d.items as Record<string, unknown> | undefined;
	if (!items || typeof items !== 'object') return null;
	const plan = emptyPlan();
	plan.safeWords = { safe: words.safe, unsafe: words.unsafe };
	for (const section of PLAN_SECTIONS) {
		const list = items[section] ?? [];
		if (!Array.isArray(list) || list.length > MAX_ITEMS_PER_SECTION) return null;
		for (const raw of list) {
			const item = raw as Record<string, unknown>;
			if (!item || !str(item.id, 100) || !str(item.text) || !item.text) return null;
			const clean: PlanItem = { id: item.id, text: item.text };
			for (const key of ['contact', 'howToReplace', 'personId'] as const) {
				if (item[key] === undefined) continue;
				if (!str(item[key], 500)) return null;
				clean[key] = item[key] as string;
			}
			for (const key of ['ready', 'held'] as const) {
				if (item[key] === undefined) continue;
				if (typeof item[key] !== 'boolean') return null;
				clean[key] = item[key] as boolean;
			}
			plan.items[section].push(clean);
		}
	}
	return plan;
}
