import { describe, expect, it } from 'vitest';
import { breathAt, PACES, roundSeconds } from './breathing';

describe('breathAt', () => {
	it('breathes in, then out, on the slow pace, counting down', () => {
		expect(breathAt(PACES.slow, 0)).toMatchObject({ phase: 'in', secondsLeft: 4, round: 1 });
		expect(breathAt(PACES.slow, 3_500)).toMatchObject({ phase: 'in', secondsLeft: 1 });
		expect(breathAt(PACES.slow, 4_000)).toMatchObject({
			phase: 'out',
			secondsLeft: 6,
			phaseSeconds: 6
		});
		expect(breathAt(PACES.slow, 9_999)).toMatchObject({ phase: 'out', secondsLeft: 1 });
		expect(breathAt(PACES.slow, 10_000)).toMatchObject({ phase: 'in', round: 2 });
	});

	it('skips phases of no length and includes holds where the pace has them', () => {
		const phases = new Set<string>();
		for (let ms = 0; ms < roundSeconds(PACES.even) * 1000; ms += 250) {
			phases.add(breathAt(PACES.even, ms).phase);
		}
		expect([...phases]).toEqual(['in', 'out']);
		expect(breathAt(PACES.box, 5_000)).toMatchObject({ phase: 'hold', secondsLeft: 3 });
		expect(breathAt(PACES.box, 13_000)).toMatchObject({ phase: 'rest', secondsLeft: 3 });
	});

	it('ends after the chosen number of rounds', () => {
		expect(breathAt(PACES.even, 8_000 * 3 - 1, 3).done).toBe(false);
		expect(breathAt(PACES.even, 8_000 * 3, 3)).toMatchObject({ done: true, round: 3 });
	});
});
