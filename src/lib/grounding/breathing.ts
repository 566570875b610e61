/** Paced breathing: which phase of which round a given moment falls in. Plain timing, no DOM. */

export type BreathPhase = 'in' | 'hold' | 'out' | 'rest';

export interface Pace {
	/** Seconds of each phase, in order; a 0 phase is skipped. */
	in: number;
	hold: number;
	out: number;
	rest: number;
}

export const PACES = {
	slow: { in: 4, hold: 0, out: 6, rest: 0 },
	even: { in: 4, hold: 0, out: 4, rest: 0 },
	box: { in: 4, hold: 4, out: 4, rest: 4 }
} as const satisfies Record<string, Pace>;

export type PaceName = keyof typeof PACES;
export const PACE_NAMES = Object.keys(PACES) as PaceName[];
export const ROUNDS = 5;

const ORDER: BreathPhase[] = ['in', 'hold', 'out', 'rest'];

export function roundSeconds(pace: Pace): number {
	return pace.in + pace.hold + pace.out + pace.rest;
}

export interface BreathMoment {
	phase: BreathPhase;
	/** Whole seconds left in this phase, counting down to 1. */
	secondsLeft: number;
	/** Length of this phase in seconds (for the shape's transition). */
	phaseSeconds: number;
	/** 1-based. */
	round: number;
	done: boolean;
}

/** Where the guide is after this many milliseconds. */
export function breathAt(pace: Pace, elapsedMs: number, rounds: number = ROUNDS): BreathMoment {
	const perRound = roundSeconds(pace) * 1000;
	if (elapsedMs >= perRound * rounds) {
		return { phase: 'rest', secondsLeft: 0, phaseSeconds: 0, round: rounds, done: true };
	}
	const round = Math.floor(elapsedMs / perRound) + 1;
	let within = elapsedMs % perRound;
	for (const phase of ORDER) {
		const ms = pace[phase] * 1000;
		if (within < ms) {
			return {
				phase,
				secondsLeft: Math.ceil((ms - within) / 1000),
				phaseSeconds: pace[phase],
				round,
				done: false
			};
		}
		within -= ms;
	}
	// Unreachable for a pace with any length; kept total for the type checker.
	return { phase: 'rest', secondsLeft: 0, phaseSeconds: 0, round, done: true };
}
