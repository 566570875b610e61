/**
 * Where everyone sits on the map: "me" at the centre, four rings of closeness around it, each
 * person on their own ring. A ring with many people grows extra lanes instead of letting shapes
 * touch, so forty people still fit on a phone. Coordinates have the centre at (0, 0); in
 * right-to-left languages the map is mirrored, so people follow the reading direction round.
 */
import { CIRCLES, type Circle } from './person';

/** The radius of a person's shape, and of the area that takes a tap. */
export const NODE_RADIUS = 14;
/** The focus ring drawn around a shape (its radius beyond the shape, plus half its stroke). */
export const FOCUS_RING = 3 + 1.5;
/**
 * Centre to centre between any two people, along a lane or across lanes: their focus rings never
 * touch, and on a 390 px phone with forty people it stays above 24 px (WCAG 2.5.8 target spacing).
 */
export const SPACING = 2 * (NODE_RADIUS + FOCUS_RING) + 1;
const LANE_GAP = SPACING;
export const ME_RADIUS = 24;
/** Between a ring's border and the shapes inside it. */
const EDGE = 6;
/** An empty ring still shows as a band. */
const MIN_RING = 2 * (NODE_RADIUS + EDGE) + 6;

export interface Ring {
	circle: Circle;
	inner: number;
	outer: number;
	/** Where the ring's number is written: at the top, in a gap the lanes leave free. */
	label: { x: number; y: number };
}

export interface Spot {
	id: string;
	circle: Circle;
	x: number;
	y: number;
}

export interface MapLayout {
	/** Half the width of the whole map. */
	radius: number;
	rings: Ring[];
	spots: Spot[];
}

/** The angle between two neighbours on a lane: their straight-line distance is SPACING. */
function angleApart(radius: number): number {
	return 2 * Math.asin(Math.min(1, SPACING / (2 * radius)));
}

/** How many shapes fit round a lane, leaving room at the top for the ring's number. */
function capacity(radius: number): number {
	const apart = angleApart(radius);
	return Math.max(1, Math.floor((2 * Math.PI - apart) / apart));
}

/** Places people, in the order given, on their rings. */
export function layoutMap(
	people: readonly { id: string; circle: Circle }[],
	rtl = false
): MapLayout {
	const rings: Ring[] = [];
	const spots: Spot[] = [];
	let inner = ME_RADIUS + 8;
	for (const circle of CIRCLES) {
		const here = people.filter((p) => p.circle === circle);
		const first = inner + EDGE + NODE_RADIUS;
		const lanes: { radius: number; cap: number }[] = [];
		let room = 0;
		for (let radius = first; room < here.length; radius += LANE_GAP) {
			const cap = capacity(radius);
			lanes.push({ radius, cap });
			room += cap;
		}
		// Share people between lanes by their length, so no lane is crowded and one almost empty.
		let left = here.length;
		let placed = 0;
		lanes.forEach((lane, index) => {
			const roomAfter = lanes.slice(index + 1).reduce((sum, l) => sum + l.cap, 0);
			const share = Math.round((left * lane.cap) / (lane.cap + roomAfter));
			const count = Math.min(lane.cap, Math.max(left - roomAfter, share));
			const gap = angleApart(lane.radius);
			// Every other lane starts half a step further round, so shapes do not line up in spokes.
			const step = (2 * Math.PI - gap) / Math.max(count, 1);
			for (let i = 0; i < count; i++) {
				const angle = -Math.PI / 2 + gap / 2 + step * (i + 0.5 + (index % 2) / 2);
				const person = here[placed + i]!;
				const x = lane.radius * Math.cos(angle);
				spots.push({
					id: person.id,
					circle,
					x: round(rtl ? -x : x),
					y: round(lane.radius * Math.sin(angle))
				});
			}
			placed += count;
			left -= count;
		});
		const last = lanes.at(-1)?.radius ?? first;
		const outer = Math.max(inner + MIN_RING, last + NODE_RADIUS + EDGE);
		rings.push({ circle, inner, outer, label: { x: 0, y: round(-first) } });
		inner = outer;
	}
	return { radius: inner + 4, rings, spots };
}

function round(value: number): number {
	// Avoids -0, which would make a mirrored 0 look different from 0.
	return Math.round(value * 100) / 100 || 0;
}

/** The circle a point falls in (for dropping a dragged person); inside "me" is the closest. */
export function circleAt(layout: MapLayout, point: { x: number; y: number }): Circle {
	const distance = Math.hypot(point.x, point.y);
	return layout.rings.find((ring) => distance < ring.outer)?.circle ?? 4;
}
