import { describe, expect, it } from 'vitest';
import {
	circleAt,
	FOCUS_RING,
	layoutMap,
	ME_RADIUS,
	NODE_RADIUS,
	SPACING,
	type MapLayout
} from './map-layout';
import type { Circle } from './person';

function crowd(counts: [number, number, number, number]) {
	return counts.flatMap((count, index) =>
		Array.from({ length: count }, (_, i) => ({
			id: `${index + 1}-${i}`,
			circle: (index + 1) as Circle
		}))
	);
}

/** The smallest distance between two shapes' centres, and between a shape and "me". */
function closest(layout: MapLayout) {
	let between = Infinity;
	let toMe = Infinity;
	layout.spots.forEach((a, i) => {
		toMe = Math.min(toMe, Math.hypot(a.x, a.y));
		for (const b of layout.spots.slice(i + 1))
			between = Math.min(between, Math.hypot(a.x - b.x, a.y - b.y));
	});
	return { between, toMe };
}

describe('the map layout', () => {
	it('places 40 people without any two shapes touching, however they are spread', () => {
		for (const counts of [
			[10, 10, 10, 10],
			[40, 0, 0, 0],
			[0, 0, 0, 40],
			[3, 7, 20, 10],
			[25, 0, 15, 0]
		] as [number, number, number, number][]) {
			const layout = layoutMap(crowd(counts));
			expect(layout.spots).toHaveLength(40);
			const { between, toMe } = closest(layout);
			// Focus rings (and the tap areas inside them) never touch.
			expect(between).toBeGreaterThanOrEqual(2 * (NODE_RADIUS + FOCUS_RING));
			// On a 390 px phone the map is 390 px wide: neighbours stay 24 px apart (WCAG 2.5.8).
			expect((between * 390) / (2 * layout.radius)).toBeGreaterThanOrEqual(24);
			expect(between).toBeGreaterThanOrEqual(SPACING - 0.05);
			expect(toMe).toBeGreaterThan(ME_RADIUS + NODE_RADIUS);
			// Everyone stays inside the map.
			for (const spot of layout.spots) {
				expect(Math.hypot(spot.x, spot.y) + NODE_RADIUS).toBeLessThanOrEqual(layout.radius);
			}
		}
	});

	it('keeps each person inside their own ring, and the map small enough for a phone', () => {
		const layout = layoutMap(crowd([10, 10, 10, 10]));
		for (const spot of layout.spots) {
			const ring = layout.rings.find((r) => r.circle === spot.circle)!;
			const distance = Math.hypot(spot.x, spot.y);
			expect(distance - NODE_RADIUS).toBeGreaterThanOrEqual(ring.inner);
			expect(distance + NODE_RADIUS).toBeLessThanOrEqual(ring.outer);
			expect(circleAt(layout, spot)).toBe(spot.circle);
		}
		// Ten to a ring: the whole map stays under about 500 units across, so shapes stay tappable.
		expect(layout.radius).toBeLessThan(260);
		expect(layout.rings.map((r) => r.circle)).toEqual([1, 2, 3, 4]);
	});

	it('mirrors right to left: the same places, reflected', () => {
		const people = crowd([4, 6, 9, 2]);
		const ltr = layoutMap(people);
		const rtl = layoutMap(people, true);
		expect(rtl.radius).toBe(ltr.radius);
		expect(rtl.spots).toEqual(ltr.spots.map((s) => ({ ...s, x: -s.x || 0 })));
		// The first person on a ring sits to the right of the top in English, to the left in Arabic.
		expect(ltr.spots[0]!.x).toBeGreaterThan(0);
		expect(rtl.spots[0]!.x).toBeLessThan(0);
	});

	it('tells which circle a dropped point is in', () => {
		const layout = layoutMap([]);
		const [one, two, , four] = layout.rings;
		expect(circleAt(layout, { x: 0, y: 0 })).toBe(1);
		expect(circleAt(layout, { x: (one!.inner + one!.outer) / 2, y: 0 })).toBe(1);
		expect(circleAt(layout, { x: 0, y: -(two!.inner + two!.outer) / 2 })).toBe(2);
		expect(circleAt(layout, { x: four!.outer + 50, y: 0 })).toBe(4);
	});
});
