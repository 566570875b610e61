/**
 * The boundary exercises: which ones there are, their steps, and the ids of their content. Every
 * word lives in locales/<language>/practice.json under these ids; nothing here is wording.
 * No step has a right or wrong answer, and every step can be skipped.
 */

export const EXERCISE_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;
export type ExerciseNumber = (typeof EXERCISE_NUMBERS)[number];

/** The kinds of boundary in the inventory (exercise 2). */
export const BOUNDARY_KINDS = [
	'body',
	'feelings',
	'time',
	'online',
	'money',
	'intimacy',
	'belongings'
] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

/** For each kind: what is OK, what is not, and what the person is not sure about yet. */
export const INVENTORY_PARTS = ['ok', 'notOk', 'unsure'] as const;
export type InventoryPart = (typeof INVENTORY_PARTS)[number];

/** Kinds that may stir hard memories: a content note comes first, with a way to skip. */
export const NOTED_KINDS: readonly BoundaryKind[] = ['intimacy'];

/** The practice situations (exercise 5), each with a few possible responses to weigh. */
export const SCENARIOS = {
	money: ['r1', 'r2', 'r3', 'r4'],
	pastOnline: ['r1', 'r2', 'r3', 'r4'],
	partner: ['r1', 'r2', 'r3'],
	story: ['r1', 'r2', 'r3'],
	coworker: ['r1', 'r2', 'r3', 'r4'],
	job: ['r1', 'r2', 'r3', 'r4'],
	caseWorker: ['r1', 'r2', 'r3'],
	owed: ['r1', 'r2', 'r3', 'r4']
} as const;
export type ScenarioId = keyof typeof SCENARIOS;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

/** The hardest situations: a content note comes first, with a way to skip. */
export const NOTED_SCENARIOS: readonly ScenarioId[] = ['pastOnline', 'partner', 'owed'];

/** What the person writes about a situation, besides the response they lean towards. */
export const SCENARIO_FIELDS = ['feel', 'happen', 'own'] as const;

/** The parts of a sentence in the script builder. */
export const SCRIPT_PARTS = ['when', 'feel', 'need', 'next'] as const;
export type ScriptPart = (typeof SCRIPT_PARTS)[number];

export type Step =
	/** What the exercise is for, that it can be stopped at any time, and a content note if flagged. */
	| { kind: 'intro' }
	/** Something to read: a heading and a few short paragraphs (p1 … pN). */
	| { kind: 'read'; key: string; paragraphs: number; moment?: true }
	/** A few questions, each answered in the person's own words. */
	| { kind: 'reflect'; key: string; prompts: readonly string[] }
	/** Statements the person can tick if they feel true. */
	| { kind: 'choose'; key: string; options: readonly string[] }
	| { kind: 'inventory'; boundary: BoundaryKind }
	| { kind: 'scenario'; scenario: ScenarioId }
	| { kind: 'script' };

export interface Exercise {
	number: ExerciseNumber;
	/** Its content lives under practice:exercises.<key>. */
	key: string;
	/** May stir memories: a content note before it starts. */
	contentNote: boolean;
	steps: readonly Step[];
}

const intro: Step = { kind: 'intro' };

export const EXERCISES: Record<ExerciseNumber, Exercise> = {
	1: {
		number: 1,
		key: 'e1',
		contentNote: false,
		steps: [
			intro,
			{ kind: 'read', key: 'what', paragraphs: 3 },
			{ kind: 'read', key: 'worth', paragraphs: 3 },
			{
				kind: 'choose',
				key: 'true',
				options: ['allowedNo', 'feelingsMatter', 'changeMind', 'noExplain', 'myBody']
			},
			{ kind: 'reflect', key: 'mine', prompts: ['wanted', 'allowed'] }
		]
	},
	2: {
		number: 2,
		key: 'e2',
		contentNote: false,
		steps: [
			intro,
			...BOUNDARY_KINDS.map((boundary): Step => ({ kind: 'inventory', boundary })),
			{ kind: 'reflect', key: 'notice', prompts: ['matters', 'start'] }
		]
	},
	3: {
		number: 3,
		key: 'e3',
		contentNote: true,
		steps: [
			intro,
			{ kind: 'read', key: 'signals', paragraphs: 3 },
			{ kind: 'read', key: 'scan', paragraphs: 4, moment: true },
			{ kind: 'reflect', key: 'body', prompts: ['body', 'feelings', 'helps'] }
		]
	},
	4: {
		number: 4,
		key: 'e4',
		contentNote: false,
		steps: [intro, { kind: 'read', key: 'clear', paragraphs: 3 }, { kind: 'script' }]
	},
	5: {
		number: 5,
		key: 'e5',
		contentNote: true,
		steps: [intro, ...SCENARIO_IDS.map((scenario): Step => ({ kind: 'scenario', scenario }))]
	},
	6: {
		number: 6,
		key: 'e6',
		contentNote: true,
		steps: [
			intro,
			{ kind: 'read', key: 'calm', paragraphs: 3 },
			{ kind: 'read', key: 'leave', paragraphs: 3 },
			{ kind: 'read', key: 'safety', paragraphs: 3 },
			{ kind: 'reflect', key: 'plan', prompts: ['repeat', 'leave', 'help'] }
		]
	},
	7: {
		number: 7,
		key: 'e7',
		contentNote: true,
		steps: [
			intro,
			{ kind: 'read', key: 'kind', paragraphs: 3 },
			{ kind: 'reflect', key: 'friend', prompts: ['friend', 'true'] },
			{ kind: 'reflect', key: 'next', prompts: ['nextTime', 'talkTo'] }
		]
	}
};

export function isExerciseNumber(value: unknown): value is ExerciseNumber {
	return (EXERCISE_NUMBERS as readonly unknown[]).includes(value);
}

/** The exercise at an address like /practice/3, if the part after /practice/ names one. */
export function exerciseFromAddress(part: string): Exercise | undefined {
	if (!/^[1-7]$/.test(part)) return undefined;
	return EXERCISES[Number(part) as ExerciseNumber];
}

/**
 * Every answer an exercise can hold, by key: 'text' for the person's own words, or the list of
 * values a choice may take. Stored answers are checked against this, so a forged key is refused.
 */
export function answerSpec(exercise: Exercise): Map<string, 'text' | readonly string[]> {
	const spec = new Map<string, 'text' | readonly string[]>();
	for (const step of exercise.steps) {
		switch (step.kind) {
			case 'reflect':
				for (const prompt of step.prompts) spec.set(`${step.key}.${prompt}`, 'text');
				break;
			case 'choose':
				for (const option of step.options) spec.set(`${step.key}.${option}`, ['yes']);
				break;
			case 'inventory':
				for (const part of INVENTORY_PARTS) spec.set(`kind.${step.boundary}.${part}`, 'text');
				break;
			case 'scenario':
				spec.set(`scenario.${step.scenario}.choice`, [...SCENARIOS[step.scenario], 'none']);
				for (const field of SCENARIO_FIELDS) spec.set(`scenario.${step.scenario}.${field}`, 'text');
				break;
			case 'script':
				for (const part of SCRIPT_PARTS) spec.set(`script.${part}`, 'text');
				spec.set('script.person', 'text');
				break;
		}
	}
	return spec;
}

/** The answer keys that belong to one step (to show them in the summary, or count them). */
export function stepAnswerKeys(exercise: Exercise, index: number): string[] {
	const step = exercise.steps[index];
	if (!step) return [];
	const single: Exercise = { ...exercise, steps: [step] };
	return [...answerSpec(single).keys()];
}

/** Whether a step may stir memories: it opens with a content note and a way to skip it. */
export function stepHasNote(step: Step): boolean {
	if (step.kind === 'inventory') return NOTED_KINDS.includes(step.boundary);
	if (step.kind === 'scenario') return NOTED_SCENARIOS.includes(step.scenario);
	return false;
}
