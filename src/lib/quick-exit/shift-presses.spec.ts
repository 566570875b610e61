import { describe, expect, it } from 'vitest';
import { PRESS_WINDOW_MS, ShiftPresses } from './shift-presses';

function press(presses: ShiftPresses, at: number) {
	presses.keydown('Shift');
	return presses.keyup('Shift', at + 50);
}

describe('ShiftPresses', () => {
	it('exits on the third Shift press within the window and counts down before it', () => {
		const presses = new ShiftPresses();
		expect(press(presses, 0)).toEqual({ remaining: 2, changed: true });
		expect(press(presses, 1000)).toEqual({ remaining: 1, changed: true });
		expect(press(presses, 2000)).toEqual({ remaining: 0, changed: true });
	});

	it('does not count Shift held to type a capital letter', () => {
		const presses = new ShiftPresses();
		for (const at of [0, 300, 600]) {
			presses.keydown('Shift');
			presses.keydown('H');
			presses.keyup('H', at + 20);
			expect(presses.keyup('Shift', at + 30).remaining).toBe(3);
		}
	});

	it('starts over when any other key is pressed between Shifts', () => {
		const presses = new ShiftPresses();
		press(presses, 0);
		press(presses, 100);
		expect(presses.keydown('a')).toEqual({ remaining: 3, changed: true });
		presses.keyup('a', 210);
		expect(press(presses, 300).remaining).toBe(2);
	});

	it('starts over when a press comes too late', () => {
		const presses = new ShiftPresses();
		press(presses, 0);
		press(presses, 1000);
		expect(press(presses, 1000 + PRESS_WINDOW_MS + 100).remaining).toBe(2);
	});

	it('starts again from three after an exit', () => {
		const presses = new ShiftPresses();
		press(presses, 0);
		press(presses, 10);
		press(presses, 20);
		expect(press(presses, 30).remaining).toBe(2);
	});
});
