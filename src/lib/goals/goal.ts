/**
 * Goals toward stability: a goal in the person's own words, in one life area, with small steps.
 * A goal can rest and start again; nothing is ever late or counted against the person.
 * The validators of all three goal records live here by name, because backups import them.
 */
import { isAreaKey, type AreaKey } from './life-areas';

export { validateCheck } from './check';
export { validateLifeAreas } from './life-areas';

/** active: being worked on; resting: paused for now, with no judgement; reached: the person says it is done. */
export const GOAL_STATES = ['active', 'resting', 'reached'] as const;
export type GoalState = (typeof GOAL_STATES)[number];

export interface GoalStep {
	id: string;
	text: string;
	/** An optional day to aim for (YYYY-MM-DD), only ever shown as a gentle reminder. */
	date?: string;
	/** When it was ticked off. */
	doneAt?: number;
	/** Shown on the home screen (at most MAX_IN_VIEW across all goals). */
	inView?: boolean;
}

export interface Goal {
	area: AreaKey;
	title: string;
	why: string;
	steps: GoalStep[];
	state: GoalState;
	/** When it last started resting or was reached; gone again on restart. */
	since?: number;
}

export const MAX_TITLE = 300;
export const MAX_WHY = 2000;
export const MAX_STEP_TEXT = 500;
export const MAX_STEPS = 100;
/** Steps kept in view on the home screen: one or two, so home stays calm. */
export const MAX_IN_VIEW = 2;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function newGoal(area: AreaKey): Goal {
	return { area, title: '', why: '', steps: [], state: 'active' };
}

/** Adds a step at the end; empty text, or too many steps, change nothing. */
export function addStep(goal: Goal, text: string, id: string): Goal {
	const clean = text.trim().slice(0, MAX_STEP_TEXT);
	if (!clean || goal.steps.length >= MAX_STEPS) return goal;
	return { ...goal, steps: [...goal.steps, { id, text: clean }] };
}

export function changeStep(
	goal: Goal,
	id: string,
	patch: { text?: string; date?: string | null }
): Goal {
	return {
		...goal,
		steps: goal.steps.map((step) => {
			if (step.id !== id) return step;
			const next = { ...step };
			if (patch.text !== undefined) next.text = patch.text.slice(0, MAX_STEP_TEXT);
			if (patch.date === null || patch.date === '') delete next.date;
			else if (patch.date !== undefined && DAY.test(patch.date)) next.date = patch.date;
			return next;
		})
	};
}

export function removeStep(goal: Goal, id: string): Goal {
	return { ...goal, steps: goal.steps.filter((step) => step.id !== id) };
}

/** Ticks a step off. A done step leaves the home screen: the next one can take its place. */
export function completeStep(goal: Goal, id: string, now: number): Goal {
	return {
		...goal,
		steps: goal.steps.map((step) => {
			if (step.id !== id || step.doneAt !== undefined) return step;
			const { inView: _inView, ...rest } = step;
			void _inView;
			return { ...rest, doneAt: now };
		})
	};
}

/** Un-ticks a step (a tap by mistake, or it needs doing again). */
export function reopenStep(goal: Goal, id: string): Goal {
	return {
		...goal,
		steps: goal.steps.map((step) => {
			if (step.id !== id) return step;
			const { doneAt: _doneAt, ...rest } = step;
			void _doneAt;
			return rest;
		})
	};
}

/** Lets a goal rest. Its steps stay as they are; while resting, none is shown on home. */
export function pause(goal: Goal, now: number): Goal {
	return goal.state === 'resting' ? goal : { ...goal, state: 'resting', since: now };
}

/** Picks a goal up again, from resting or reached, exactly where it was left. */
export function restart(goal: Goal): Goal {
	const { since: _since, ...rest } = goal;
	void _since;
	return { ...rest, state: 'active' };
}

/** The person says the goal is reached. */
export function markReached(goal: Goal, now: number): Goal {
	return { ...goal, state: 'reached', since: now };
}

export function doneCount(goal: Goal): number {
	return goal.steps.filter((step) => step.doneAt !== undefined).length;
}

/** The first step not done yet, if any. */
export function nextStep(goal: Goal): GoalStep | undefined {
	return goal.steps.find((step) => step.doneAt === undefined);
}

export interface StepInView {
	goalId: string;
	goalTitle: string;
	step: GoalStep;
}

/** The steps the person chose to keep in view: from active goals, not done, at most two. */
export function stepsInView(goals: readonly { id: string; goal: Goal }[]): StepInView[] {
	const found: StepInView[] = [];
	for (const { id, goal } of goals) {
		if (goal.state !== 'active') continue;
		for (const step of goal.steps) {
			if (step.inView && step.doneAt === undefined) {
				found.push({ goalId: id, goalTitle: goal.title, step });
			}
		}
	}
	return found.slice(0, MAX_IN_VIEW);
}

/**
 * How many steps show on home, across all goals. A resting goal's kept step does not count: it is
 * not on home while the goal rests (and if restarting makes three, home shows the first two).
 */
export function inViewCount(goals: readonly Goal[]): number {
	return goals
		.filter((goal) => goal.state === 'active')
		.reduce((sum, goal) => sum + goal.steps.filter((s) => s.inView).length, 0);
}

/** Marks a step to show on home, or takes it off; refuses (returns null) when two are shown. */
export function keepInView(
	goals: readonly Goal[],
	goal: Goal,
	id: string,
	on: boolean
): Goal | null {
	const step = goal.steps.find((s) => s.id === id);
	if (!step || step.doneAt !== undefined) return on ? null : goal;
	if (on && !step.inView && inViewCount(goals) >= MAX_IN_VIEW) return null;
	return {
		...goal,
		steps: goal.steps.map((s) => {
			if (s.id !== id) return s;
			const { inView: _inView, ...rest } = s;
			void _inView;
			return on ? { ...rest, inView: true } : rest;
		})
	};
}

function text(value: unknown, max: number): value is string {
	return typeof value === 'string' && value.length <= max;
}

function time(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Checks a stored or imported goal; anything malformed is damaged (null). */
export function validateGoal(data: unknown): Goal | null {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	const d = data as Record<string, unknown>;
	if (!isAreaKey(d.area) || !text(d.title, MAX_TITLE) || !text(d.why, MAX_WHY)) return null;
	if (!(GOAL_STATES as readonly unknown[]).includes(d.state)) return null;
	if (!Array.isArray(d.steps) || d.steps.length > MAX_STEPS) return null;
	const goal: Goal = {
		area: d.area,
		title: d.title,
		why: d.why,
		steps: [],
		state: d.state as GoalState
	};
	if (d.since !== undefined) {
		if (!time(d.since)) return null;
		goal.since = d.since;
	}
	for (const raw of d.steps as unknown[]) {
		if (!raw || typeof raw !== 'object') return null;
		const s = raw as Record<string, unknown>;
		if (!text(s.id, 100) || !s.id || !text(s.text, MAX_STEP_TEXT)) return null;
		if (goal.steps.some((other) => other.id === s.id)) return null;
		const step: GoalStep = { id: s.id, text: s.text };
		if (s.date !== undefined) {
			if (typeof s.date !== 'string' || !DAY.test(s.date)) return null;
			step.date = s.date;
		}
		if (s.doneAt !== undefined) {
			if (!time(s.doneAt)) return null;
			step.doneAt = s.doneAt;
		}
		if (s.inView !== undefined) {
			if (s.inView !== true) return null;
			step.inView = true;
		}
		goal.steps.push(step);
	}
	return goal;
}
