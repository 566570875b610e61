import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	answerSpec,
	BOUNDARY_KINDS,
	EXERCISE_NUMBERS,
	exerciseFromAddress,
	EXERCISES,
	NOTED_KINDS,
	NOTED_SCENARIOS,
	SCENARIO_IDS,
	SCENARIOS,
	stepAnswerKeys,
	stepHasNote
} from './exercises';

const LANGUAGES = ['en', 'es', 'ar'];

function texts(language: string): Record<string, unknown> {
	return JSON.parse(readFileSync(`locales/${language}/practice.json`, 'utf8'));
}

/** The text at a dotted path, or undefined. */
function at(tree: Record<string, unknown>, path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

/** Every text an exercise shows, by its path in practice.json. */
function contentPaths(): string[] {
	const paths: string[] = [];
	for (const number of EXERCISE_NUMBERS) {
		const exercise = EXERCISES[number];
		const base = `exercises.${exercise.key}`;
		paths.push(`${base}.title`, `${base}.summary`, `${base}.intro`);
		if (exercise.contentNote) paths.push(`${base}.note`);
		for (const step of exercise.steps) {
			const stepBase = 'key' in step ? `${base}.steps.${step.key}` : '';
			if (step.kind === 'read') {
				paths.push(`${stepBase}.title`);
				for (let n = 1; n <= step.paragraphs; n++) paths.push(`${stepBase}.p${n}`);
			} else if (step.kind === 'reflect') {
				paths.push(`${stepBase}.title`, `${stepBase}.intro`);
				for (const prompt of step.prompts) paths.push(`${stepBase}.prompts.${prompt}`);
			} else if (step.kind === 'choose') {
				paths.push(`${stepBase}.title`, `${stepBase}.intro`);
				for (const option of step.options) paths.push(`${stepBase}.options.${option}`);
			}
		}
	}
	for (const kind of BOUNDARY_KINDS) paths.push(`kinds.${kind}.name`, `kinds.${kind}.about`);
	for (const kind of NOTED_KINDS) paths.push(`kinds.${kind}.note`);
	for (const id of SCENARIO_IDS) {
		paths.push(`scenarios.${id}.title`, `scenarios.${id}.situation`);
		for (const response of SCENARIOS[id]) paths.push(`scenarios.${id}.responses.${response}`);
	}
	for (const id of NOTED_SCENARIOS) paths.push(`scenarios.${id}.note`);
	return paths;
}

describe('the exercises', () => {
	it('are the seven the library offers, each opening with a step that says it can be stopped', () => {
		expect(Object.keys(EXERCISES).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		for (const number of EXERCISE_NUMBERS) {
			expect(EXERCISES[number].number).toBe(number);
			expect(EXERCISES[number].steps[0]).toEqual({ kind: 'intro' });
		}
		expect(EXERCISES[4].steps.some((step) => step.kind === 'script')).toBe(true);
	});

	it('cover seven kinds of boundary and eight situations, each with three or four responses', () => {
		expect(BOUNDARY_KINDS).toEqual([
			'body',
			'feelings',
			'time',
			'online',
			'money',
			'intimacy',
			'belongings'
		]);
		expect(EXERCISES[2].steps.filter((step) => step.kind === 'inventory')).toHaveLength(7);
		expect(SCENARIO_IDS).toHaveLength(8);
		expect(EXERCISES[5].steps.filter((step) => step.kind === 'scenario')).toHaveLength(8);
		for (const id of SCENARIO_IDS) {
			expect(SCENARIOS[id].length).toBeGreaterThanOrEqual(3);
			expect(SCENARIOS[id].length).toBeLessThanOrEqual(4);
		}
	});

	it('put a content note before what may stir memories', () => {
		expect(EXERCISE_NUMBERS.filter((n) => EXERCISES[n].contentNote)).toEqual([3, 5, 6, 7]);
		expect(stepHasNote({ kind: 'inventory', boundary: 'intimacy' })).toBe(true);
		expect(stepHasNote({ kind: 'inventory', boundary: 'money' })).toBe(false);
		for (const id of ['pastOnline', 'partner', 'owed'] as const)
			expect(stepHasNote({ kind: 'scenario', scenario: id })).toBe(true);
		expect(stepHasNote({ kind: 'scenario', scenario: 'coworker' })).toBe(false);
	});

	it('have every text in every language', () => {
		const paths = contentPaths();
		expect(paths.length).toBeGreaterThan(150);
		for (const language of LANGUAGES) {
			const tree = texts(language);
			for (const path of paths) {
				const text = at(tree, path);
				expect(typeof text === 'string' && text.trim().length > 0, `${language}: ${path}`).toBe(
					true
				);
			}
		}
	});

	it('say plainly that safety comes first, that giving in to stay safe is not failure, and never blame', () => {
		const english = texts('en');
		const safety = ['p1', 'p2', 'p3']
			.map((p) => at(english, `exercises.e6.steps.safety.${p}`))
			.join(' ');
		expect(safety).toContain('Your safety comes first.');
		expect(safety).toContain('that is not failure, and it is not your fault');
		expect(at(english, 'exercises.e7.steps.kind.p1')).toContain('It is not your fault.');
		const everything = JSON.stringify(english).toLowerCase();
		for (const word of ['victim', 'incorrect', 'score:', 'streak', 'should have'])
			expect(everything).not.toContain(word);
	});

	it('live at neutral numbered addresses', () => {
		expect(exerciseFromAddress('3')).toBe(EXERCISES[3]);
		for (const part of ['0', '8', '03', 'boundaries', '', '1.0']) {
			expect(exerciseFromAddress(part)).toBeUndefined();
		}
	});

	it('give every answer its own key, per step', () => {
		for (const number of EXERCISE_NUMBERS) {
			const exercise = EXERCISES[number];
			const all = [...answerSpec(exercise).keys()];
			const perStep = exercise.steps.flatMap((_, index) => stepAnswerKeys(exercise, index));
			expect(perStep.sort()).toEqual(all.sort());
			expect(new Set(all).size).toBe(all.length);
		}
		expect(answerSpec(EXERCISES[2]).get('kind.intimacy.unsure')).toBe('text');
		expect(answerSpec(EXERCISES[5]).get('scenario.partner.choice')).toEqual([
			'r1',
			'r2',
			'r3',
			'none'
		]);
	});

	it('give every fixed text the screens ask for a single text (or plural forms) in every language', () => {
		const folder = 'src/lib/boundaries/components';
		const sources = readdirSync(folder)
			.map((file) => readFileSync(`${folder}/${file}`, 'utf8'))
			.join('\n');
		const keys = [...sources.matchAll(/t\(\s*'practice:([\w.]+)'/g)].map((match) => match[1]!);
		expect(keys.length).toBeGreaterThan(40);
		for (const language of LANGUAGES) {
			const tree = texts(language);
			for (const key of keys) {
				const text = at(tree, key) ?? at(tree, `${key}_other`);
				expect(typeof text, `${language}: ${key}`).toBe('string');
			}
		}
	});
});
