import { describe, expect, it } from 'vitest';
import {
	answer,
	answersWritten,
	atSummary,
	draftScript,
	goAgain,
	goTo,
	keepScript,
	MAX_ANSWER,
	newProgress,
	removeScript,
	reopenScript,
	restoreScript,
	summaryStep,
	validateExerciseProgress,
	type ExerciseProgress
} from './exercise';
import { EXERCISES } from './exercises';

describe('an exercise, step by step', () => {
	it('starts at its opening step and remembers where the person is', () => {
		let progress = newProgress(2);
		expect(progress).toEqual({ exercise: 2, step: 0, seen: [0], answers: {}, scripts: [] });
		progress = goTo(progress, 1);
		progress = goTo(progress, 3);
		expect(progress.step).toBe(3);
		expect(progress.seen).toEqual([0, 1, 3]);
		// The place to resume is kept in the record itself.
		const resumed = validateExerciseProgress(structuredClone(progress));
		expect(resumed?.step).toBe(3);
		expect(EXERCISES[2].steps[resumed!.step]).toEqual({ kind: 'inventory', boundary: 'time' });
	});

	it('moves only between the opening step and the closing summary', () => {
		const progress = newProgress(4);
		expect(goTo(progress, -5).step).toBe(0);
		expect(summaryStep(progress)).toBe(EXERCISES[4].steps.length);
		const end = goTo(progress, 99);
		expect(end.step).toBe(EXERCISES[4].steps.length);
		expect(atSummary(end)).toBe(true);
		expect(atSummary(goTo(progress, 2))).toBe(false);
	});

	it('keeps answers the exercise knows, drops empty ones, and refuses anything else', () => {
		let progress = newProgress(2);
		progress = answer(progress, 'kind.body.ok', 'A hug from my sister');
		progress = answer(progress, 'kind.money.notOk', 'Lending to my cousin');
		expect(progress.answers).toEqual({
			'kind.body.ok': 'A hug from my sister',
			'kind.money.notOk': 'Lending to my cousin'
		});
		expect(answer(progress, 'kind.moon.ok', 'x')).toBe(progress);
		expect(answer(progress, 'scenario.money.own', 'x')).toBe(progress); // another exercise's key
		progress = answer(progress, 'kind.money.notOk', '   ');
		expect(progress.answers).toEqual({ 'kind.body.ok': 'A hug from my sister' });
		expect(
			answer(progress, 'kind.body.ok', 'x'.repeat(MAX_ANSWER + 10)).answers['kind.body.ok']
		).toHaveLength(MAX_ANSWER);
	});

	it('takes only the offered choices for a situation and the ticks', () => {
		let five = newProgress(5);
		five = answer(five, 'scenario.money.choice', 'r3');
		expect(five.answers['scenario.money.choice']).toBe('r3');
		expect(answer(five, 'scenario.money.choice', 'r9')).toBe(five);
		// A situation with three responses has no fourth.
		expect(answer(five, 'scenario.partner.choice', 'r4')).toBe(five);
		expect(answer(five, 'scenario.partner.choice', 'none').answers['scenario.partner.choice']).toBe(
			'none'
		);
		const one = answer(newProgress(1), 'true.allowedNo', 'yes');
		expect(one.answers).toEqual({ 'true.allowedNo': 'yes' });
		expect(answer(one, 'true.allowedNo', 'maybe')).toBe(one);
		expect(answer(one, 'true.allowedNo', '').answers).toEqual({});
	});

	it('counts answers written, never a score', () => {
		let progress = newProgress(5);
		expect(answersWritten(progress)).toBe(0);
		progress = answer(progress, 'scenario.money.choice', 'r1');
		progress = answer(progress, 'scenario.money.own', 'Not this month.');
		progress = answer(progress, 'scenario.job.feel', 'Scared');
		expect(answersWritten(progress)).toBe(3);
	});

	it('going through again starts at the opening step and keeps every answer', () => {
		let progress = answer(goTo(newProgress(7), 2), 'friend.friend', 'It was not your fault.');
		progress = goTo(progress, summaryStep(progress));
		const again = goAgain(progress);
		expect(again.step).toBe(0);
		expect(again.answers).toEqual({ 'friend.friend': 'It was not your fault.' });
		expect(again.seen).toEqual(progress.seen);
	});

	it('keeps a built sentence with its person, clears the builder, and removes it again', () => {
		let progress = newProgress(4);
		expect(keepScript(progress, 's0')).toBe(progress); // nothing written, nothing kept
		progress = answer(progress, 'script.when', ' read my messages ');
		progress = answer(progress, 'script.need', 'you to ask first');
		progress = answer(progress, 'script.person', 'person-7');
		expect(answersWritten(progress)).toBe(0); // words still being written are not counted
		progress = keepScript(progress, 's1');
		expect(progress.scripts).toEqual([
			{
				id: 's1',
				when: 'read my messages',
				feel: '',
				need: 'you to ask first',
				next: '',
				personId: 'person-7'
			}
		]);
		expect(draftScript(progress)).toEqual({ when: '', feel: '', need: '', next: '' });
		expect(progress.answers).toEqual({});
		expect(answersWritten(progress)).toBe(1);
		expect(removeScript(progress, 's1').scripts).toEqual([]);
	});

	it('puts a removed sentence back where it was', () => {
		let progress = newProgress(4);
		for (const [id, words] of [
			['a', 'one'],
			['b', 'two'],
			['c', 'three']
		])
			progress = keepScript(answer(progress, 'script.need', words!), id!);
		const removed = progress.scripts[1]!;
		const without = removeScript(progress, 'b');
		expect(restoreScript(without, removed, 1)).toEqual(progress);
		expect(restoreScript(progress, removed, 1)).toBe(progress); // already there
	});

	it('reopens a kept sentence in the builder, keeping any words already there', () => {
		let progress = keepScript(
			answer(answer(newProgress(4), 'script.when', 'shout'), 'script.person', 'p1'),
			'a'
		);
		progress = answer(progress, 'script.feel', 'tired');
		const reopened = reopenScript(progress, 'a', 'kept-draft');
		expect(reopened.answers).toEqual({ 'script.when': 'shout', 'script.person': 'p1' });
		expect(reopened.scripts).toEqual([
			{ id: 'kept-draft', when: '', feel: 'tired', need: '', next: '' }
		]);
		// With an empty builder, nothing extra is kept.
		const one = keepScript(answer(newProgress(4), 'script.need', 'quiet'), 'b');
		const back = reopenScript(one, 'b', 'c');
		expect(back.scripts).toEqual([]);
		expect(back.answers).toEqual({ 'script.need': 'quiet' });
		expect(reopenScript(one, 'missing', 'c')).toBe(one);
	});
});

describe('reading a stored or imported record', () => {
	const good: ExerciseProgress = {
		exercise: 4,
		step: 2,
		seen: [0, 1, 2],
		answers: { 'script.when': 'shout' },
		scripts: [{ id: 's1', when: 'shout', feel: 'small', need: '', next: '', personId: 'p1' }]
	};

	it('reads back what was saved', () => {
		const saved = goTo(answer(newProgress(6), 'plan.repeat', 'No, I won’t.'), 4);
		expect(validateExerciseProgress(structuredClone(saved))).toEqual(saved);
		const four = keepScript(answer(newProgress(4), 'script.feel', 'tired'), 's1');
		expect(validateExerciseProgress(structuredClone(four))).toEqual(four);
	});

	it('refuses forged or broken records', () => {
		const valid = { ...good, answers: { 'script.when': 'shout' } };
		expect(validateExerciseProgress(valid)).toEqual(valid);
		const forged: unknown[] = [
			null,
			'progress',
			[],
			{ ...valid, exercise: 8 },
			{ ...valid, exercise: '4' },
			{ ...valid, step: 4 }, // past the summary of a three-step exercise
			{ ...valid, step: -1 },
			{ ...valid, step: 1.5 },
			{ ...valid, seen: [0, 0] },
			{ ...valid, seen: [9] },
			{ ...valid, answers: { 'script.when': 5 } },
			{ ...valid, answers: { 'kind.body.ok': 'from another exercise' } },
			{ ...valid, answers: JSON.parse('{"__proto__": "x"}') },
			{ ...valid, answers: { 'script.when': 'x'.repeat(MAX_ANSWER + 1) } },
			{ ...valid, scripts: [{ ...valid.scripts[0], id: '' }] },
			{ ...valid, scripts: [valid.scripts[0], valid.scripts[0]] },
			{ ...valid, scripts: [{ ...valid.scripts[0], extra: 1 }] },
			{ ...valid, scripts: [{ ...valid.scripts[0], personId: 3 }] },
			{ ...newProgress(2), scripts: valid.scripts }, // sentences only belong to exercise 4
			{ ...valid, extra: true },
			{ exercise: 4, step: 0, seen: [0], answers: {} }
		];
		for (const record of forged)
			expect(validateExerciseProgress(record), JSON.stringify(record)).toBeNull();
		const choice = { ...newProgress(5), answers: { 'scenario.money.choice': 'r7' } };
		expect(validateExerciseProgress(choice)).toBeNull();
	});
});
