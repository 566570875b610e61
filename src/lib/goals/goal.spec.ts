import { describe, expect, it } from 'vitest';
import {
	addStep,
	changeStep,
	completeStep,
	doneCount,
	inViewCount,
	keepInView,
	markReached,
	newGoal,
	nextStep,
	pause,
	removeStep,
	reopenStep,
	restart,
	stepsInView,
	validateGoal,
	type Goal
} from './goal';

function withSteps(...texts: string[]): Goal {
	let goal = { ...newGoal('legal'), title: 'Get my papers back' };
	texts.forEach((text, i) => (goal = addStep(goal, text, `s${i + 1}`)));
	return goal;
}

describe('steps', () => {
	it('adds steps in order; empty text adds nothing', () => {
		const goal = withSteps('Find the office', '  ', 'Call them');
		expect(goal.steps.map((s) => [s.id, s.text])).toEqual([
			['s1', 'Find the office'],
			['s3', 'Call them']
		]);
	});

	it('changes words and an optional date, and removes a step', () => {
		let goal = withSteps('Find the office', 'Call them');
		goal = changeStep(goal, 's1', { text: 'Find the right office', date: '2026-03-03' });
		expect(goal.steps[0]).toEqual({ id: 's1', text: 'Find the right office', date: '2026-03-03' });
		expect(changeStep(goal, 's1', { date: '3 March' }).steps[0]!.date).toBe('2026-03-03');
		expect(changeStep(goal, 's1', { date: null }).steps[0]).not.toHaveProperty('date');
		expect(removeStep(goal, 's1').steps.map((s) => s.id)).toEqual(['s2']);
	});

	it('completes a step (leaving home), counts it, and can undo it', () => {
		let goal = withSteps('Find the office', 'Call them');
		goal = keepInView([goal], goal, 's1', true)!;
		goal = completeStep(goal, 's1', 500);
		expect(goal.steps[0]).toEqual({ id: 's1', text: 'Find the office', doneAt: 500 });
		expect(doneCount(goal)).toBe(1);
		expect(nextStep(goal)?.id).toBe('s2');
		// Completing again keeps the first time.
		expect(completeStep(goal, 's1', 900).steps[0]!.doneAt).toBe(500);
		goal = reopenStep(goal, 's1');
		expect(doneCount(goal)).toBe(0);
		expect(goal.steps[0]).not.toHaveProperty('doneAt');
	});
});

describe('resting and restarting', () => {
	it('rests without losing anything, and restarts exactly where it was', () => {
		let goal = completeStep(withSteps('Find the office', 'Call them'), 's1', 100);
		goal = pause(goal, 200);
		expect(goal.state).toBe('resting');
		expect(goal.since).toBe(200);
		expect(pause(goal, 300).since).toBe(200);
		expect(goal.steps.map((s) => s.doneAt)).toEqual([100, undefined]);
		goal = restart(goal);
		expect(goal.state).toBe('active');
		expect(goal).not.toHaveProperty('since');
		expect(doneCount(goal)).toBe(1);
	});

	it('can be marked reached and picked up again', () => {
		const reached = markReached(withSteps('One'), 50);
		expect(reached).toMatchObject({ state: 'reached', since: 50 });
		expect(restart(reached).state).toBe('active');
	});
});

describe('keeping steps in view on home', () => {
	it('allows two steps across all goals, never a done one', () => {
		const a = withSteps('One', 'Two', 'Three');
		const a1 = keepInView([a], a, 's1', true)!;
		const a2 = keepInView([a1], a1, 's2', true)!;
		expect(inViewCount([a2])).toBe(2);
		expect(keepInView([a2], a2, 's3', true)).toBeNull();
		const b = withSteps('Other');
		expect(keepInView([a2, b], b, 's1', true)).toBeNull();
		// Taking one off makes room.
		const a3 = keepInView([a2], a2, 's1', false)!;
		expect(keepInView([a3, b], b, 's1', true)?.steps[0]?.inView).toBe(true);
		// Steps kept from a resting goal are not on home, so they leave room.
		expect(keepInView([pause(a2, 1), b], b, 's1', true)?.steps[0]?.inView).toBe(true);
		const done = completeStep(a, 's3', 1);
		expect(keepInView([done], done, 's3', true)).toBeNull();
	});

	it('shows kept steps of active goals only, not done, at most two', () => {
		let one = withSteps('Find the office', 'Call them');
		one = keepInView([one], one, 's2', true)!;
		let two = { ...withSteps('Ask about a bus pass'), title: 'Get around' };
		two = keepInView([one, two], two, 's1', true)!;
		const shown = stepsInView([
			{ id: 'g1', goal: one },
			{ id: 'g2', goal: two }
		]);
		expect(shown.map((s) => [s.goalId, s.step.text])).toEqual([
			['g1', 'Call them'],
			['g2', 'Ask about a bus pass']
		]);
		expect(stepsInView([{ id: 'g1', goal: pause(one, 1) }])).toEqual([]);
		expect(stepsInView([{ id: 'g1', goal: completeStep(one, 's2', 1) }])).toEqual([]);
	});
});

describe('reading a stored goal', () => {
	it('reads back exactly what was saved', () => {
		let goal = withSteps('Find the office', 'Call them');
		goal = pause({ ...goal, why: 'So I can work' }, 7);
		goal = changeStep(goal, 's2', { date: '2026-12-01' });
		goal = completeStep(goal, 's1', 3);
		goal = keepInView([goal], goal, 's2', true)!;
		expect(validateGoal(structuredClone(goal))).toEqual(goal);
	});

	it('refuses anything malformed', () => {
		const good = withSteps('One');
		const step = good.steps[0]!;
		const bad: unknown[] = [
			null,
			'goal',
			{ ...good, area: 'moon' },
			{ ...good, title: 5 },
			{ ...good, title: 'x'.repeat(301) },
			{ ...good, why: undefined },
			{ ...good, state: 'failed' },
			{ ...good, since: 'yesterday' },
			{ ...good, steps: {} },
			{ ...good, steps: [{ ...step, id: '' }] },
			{ ...good, steps: [step, step] },
			{ ...good, steps: [{ ...step, text: 'x'.repeat(501) }] },
			{ ...good, steps: [{ ...step, date: '2026-13-01' }] },
			{ ...good, steps: [{ ...step, doneAt: -4 }] },
			{ ...good, steps: [{ ...step, inView: 'yes' }] },
			{ ...good, steps: Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, text: 't' })) }
		];
		expect(validateGoal(good)).toEqual(good);
		for (const data of bad) expect(validateGoal(data)).toBeNull();
	});
});
