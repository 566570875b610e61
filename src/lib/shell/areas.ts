/** The areas of Waypoint, with neutral names and addresses that do not say what they hold. */
export const AREAS = ['notes', 'plan', 'people', 'goals', 'practice', 'help', 'settings'] as const;
export type Area = (typeof AREAS)[number];

/** The address of an area, before the app's base path is added (see resolve in $app/paths). */
export function areaPath(area: Area): `/${Area}` {
	return `/${area}`;
}
