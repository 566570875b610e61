import { preferences } from './preferences.svelte';

/** True when the person asked for less movement, in Waypoint's settings or on the device. */
export function reducedMotion(): boolean {
	if (preferences.current.motion === 'reduce') return true;
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
