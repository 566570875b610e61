/**
 * A person on the relationship map: typed in by hand (a name or nickname, never taken from the
 * phone's contacts), placed in a circle of closeness, with how safe they feel to the person.
 * Circle and safety keep a dated history, so the map can be seen as it was on an earlier day.
 * The reflection checklist can suggest a safety feeling; only the person ever sets one.
 */
import * as v from 'valibot';
import type { SafetyFeeling } from './people-link';

export type { SafetyFeeling } from './people-link';

export const SAFETY_FEELINGS = ['safe', 'unsure', 'unsafe'] as const satisfies SafetyFeeling[];

/** 1 is the closest circle, 4 the furthest. */
export const CIRCLES = [1, 2, 3, 4] as const;
export type Circle = (typeof CIRCLES)[number];

export const ROLES = [
	'family',
	'friend',
	'partner',
	'formerPartner',
	'advocate',
	'counsellor',
	'professional',
	'online',
	'past',
	'other'
] as const;
export type Role = (typeof ROLES)[number];

export const SUPPORTS = [
	'listening',
	'ride',
	'money',
	'stay',
	'childcare',
	'forms',
	'company',
	'other'
] as const;
export type Support = (typeof SUPPORTS)[number];

/**
 * The reflection checklist, in the order it is asked. For each, the answer that is reassuring:
 * "yes" for respect, feeling like myself and keeping their word; "no" for the rest.
 */
export const REFLECTION = {
	respectsNo: 'yes',
	afraid: 'no',
	secrets: 'no',
	controls: 'no',
	pressure: 'no',
	guilt: 'no',
	myself: 'yes',
	keepsWord: 'yes'
} as const;
export type Question = keyof typeof REFLECTION;
export const QUESTIONS = Object.keys(REFLECTION) as Question[];

export const ANSWERS = ['yes', 'no', 'notSure'] as const;
export type Answer = (typeof ANSWERS)[number];
export type Answers = Partial<Record<Question, Answer>>;

/** Where the person was on the map from `at` on, until the next mark. */
export interface PlaceMark {
	at: number;
	circle: Circle;
	safety: SafetyFeeling;
}

export interface Person {
	name: string;
	circle: Circle;
	safety: SafetyFeeling;
	role: Role;
	support: Support[];
	/** How to reach them, in the person's own words (optional). */
	reach: string;
	notes: string;
	/** Boundaries I want with them. */
	boundaries: string;
	answers: Answers;
	/** Oldest first; the last mark is always where they are now. */
	history: PlaceMark[];
}

export const MAX_NAME = 100;
export const MAX_REACH = 300;
export const MAX_TEXT = 4000;
export const MAX_HISTORY = 500;
/** Changes within about a minute are one change: trying circles out is not history. */
export const SAME_CHANGE_MS = 60_000;

/** A new person, not saved yet: in the third circle and "not sure" until the person says more. */
export function newPerson(
	now: number,
	circle: Circle = 3,
	safety: SafetyFeeling = 'unsure'
): Person {
	return {
		name: '',
		circle,
		safety,
		role: 'other',
		support: [],
		reach: '',
		notes: '',
		boundaries: '',
		answers: {},
		history: [{ at: now, circle, safety }]
	};
}

/**
 * Puts a person in a circle and/or gives a safety feeling, keeping the change in the dated
 * history. A change within SAME_CHANGE_MS of the last one replaces it instead of adding one.
 */
export function place(
	person: Person,
	change: { circle?: Circle; safety?: SafetyFeeling },
	now: number
): Person {
	const circle = change.circle ?? person.circle;
	const safety = change.safety ?? person.safety;
	if (circle === person.circle && safety === person.safety) return person;
	const last = person.history.at(-1)!;
	let history: PlaceMark[];
	if (now - last.at < SAME_CHANGE_MS) {
		const earlier = person.history.slice(0, -1);
		const before = earlier.at(-1);
		// Moved back to where they were a moment ago: that quick change leaves no trace.
		history =
			before && before.circle === circle && before.safety === safety
				? earlier
				: [...earlier, { at: last.at, circle, safety }];
	} else {
		history = [...person.history, { at: now, circle, safety }];
	}
	return { ...person, circle, safety, history: history.slice(-MAX_HISTORY) };
}

/** One circle closer (towards me) or further out; at the edge nothing changes. */
export function moveBy(person: Person, by: -1 | 1, now: number): Person {
	const circle = person.circle + by;
	return isCircle(circle) ? place(person, { circle }, now) : person;
}

export function isCircle(value: unknown): value is Circle {
	return (CIRCLES as readonly unknown[]).includes(value);
}

/** Where a person was on the map at a moment, or null if they were not on it yet. */
export function placeAt(person: Person, at: number): PlaceMark | null {
	let found: PlaceMark | null = null;
	for (const mark of person.history) {
		if (mark.at > at) break;
		found = mark;
	}
	return found;
}

/** The map as it looked at a moment: everyone who was on it, where they were then. */
export function mapAt<T extends { person: Person }>(
	people: readonly T[],
	at: number
): (T & { then: PlaceMark })[] {
	return people.flatMap((entry) => {
		const then = placeAt(entry.person, at);
		return then ? [{ ...entry, then }] : [];
	});
}

/** How many answers give reason to worry (a "yes" to fear, or a "no" to respect, and so on). */
export function worries(answers: Answers): number {
	return QUESTIONS.filter(
		(q) => answers[q] !== undefined && answers[q] !== 'notSure' && answers[q] !== REFLECTION[q]
	).length;
}

/**
 * What the reflection answers suggest, or null when they suggest nothing yet. The rule:
 * - fear, control (money, phone, papers, where I go) or pressure (sex, money) answered "yes",
 *   or three or more worrying answers: "not safe";
 * - any other worrying answer: "not sure";
 * - all eight answered and every one reassuring: "safe";
 * - all eight answered, none worrying, some "I don't know": "not sure".
 * It only ever suggests; the person's own rating is theirs to set.
 */
export function suggestSafety(answers: Answers): SafetyFeeling | null {
	const serious = (['afraid', 'controls', 'pressure'] as const).some((q) => answers[q] === 'yes');
	const count = worries(answers);
	if (serious || count >= 3) return 'unsafe';
	if (count > 0) return 'unsure';
	const answered = QUESTIONS.filter((q) => answers[q] !== undefined);
	if (answered.length < QUESTIONS.length) return null;
	return answered.every((q) => answers[q] === REFLECTION[q]) ? 'safe' : 'unsure';
}

/**
 * Who may be offered as help in the safety plan: only people marked safe, closest circle first.
 * A person marked "not sure" or "not safe" is never offered.
 */
export function offeredForHelp<T extends { safety: SafetyFeeling; name: string; circle?: number }>(
	people: readonly T[]
): T[] {
	return people
		.filter((p) => p.safety === 'safe')
		.sort((a, b) => (a.circle ?? 0) - (b.circle ?? 0) || a.name.localeCompare(b.name));
}

/** Up to two letters for the map: the first letters of the first two words, or of the name. */
export function initials(name: string): string {
	const words = name.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return '?';
	const letters =
		words.length > 1 ? [words[0]!, words[1]!].map((w) => [...w][0]) : [...words[0]!].slice(0, 2);
	return letters.join('').toLocaleUpperCase();
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const CircleSchema = v.picklist(CIRCLES);
const SafetySchema = v.picklist(SAFETY_FEELINGS);

const MarkSchema = v.strictObject({ at: time, circle: CircleSchema, safety: SafetySchema });

const PersonSchema = v.strictObject({
	name: v.pipe(text(MAX_NAME), v.trim(), v.minLength(1)),
	circle: CircleSchema,
	safety: SafetySchema,
	role: v.picklist(ROLES),
	support: v.pipe(
		v.array(v.picklist(SUPPORTS)),
		v.maxLength(SUPPORTS.length),
		v.check((list) => new Set(list).size === list.length)
	),
	reach: text(MAX_REACH),
	notes: text(MAX_TEXT),
	boundaries: text(MAX_TEXT),
	answers: v.strictObject(
		Object.fromEntries(QUESTIONS.map((q) => [q, v.optional(v.picklist(ANSWERS))])) as Record<
			Question,
			v.OptionalSchema<v.PicklistSchema<typeof ANSWERS, undefined>, undefined>
		>
	),
	history: v.pipe(v.array(MarkSchema), v.minLength(1), v.maxLength(MAX_HISTORY))
});

/** Checks a stored or imported person; anything malformed or forged is damaged (null). */
export function validatePerson(data: unknown): Person | null {
	const result = v.safeParse(PersonSchema, data);
	if (!result.success) return null;
	const { history, circle, safety } = result.output;
	// Oldest first, and the newest mark is where the person is now.
	if (history.some((mark, i) => i > 0 && history[i - 1]!.at > mark.at)) return null;
	if (history.at(-1)!.circle !== circle || history.at(-1)!.safety !== safety) return null;
	const answers: Answers = {};
	for (const q of QUESTIONS) {
		const answer = result.output.answers[q];
		if (answer !== undefined) answers[q] = answer;
	}
	return { ...result.output, answers };
}
