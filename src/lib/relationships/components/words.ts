/** The words for circles, safety feelings and roles, in the person's language. */
import { t } from '$lib/i18n/i18n.svelte';
import type { Circle, Person, Role, SafetyFeeling } from '../person';

export function circleName(circle: Circle): string {
	return t(`people:circles.${circle}`);
}

export function safetyName(safety: SafetyFeeling): string {
	return t(`people:safety.${safety}`);
}

export function roleName(role: Role): string {
	return t(`people:roles.${role}`);
}

/** What a screen reader says for a person on the map: name, safety feeling, circle. */
export function personLabel(person: Pick<Person, 'name' | 'safety' | 'circle'>): string {
	return t('people:map.person', {
		name: person.name,
		safety: safetyName(person.safety),
		circle: circleName(person.circle)
	});
}

/** A YYYY-MM-DD day in the person's own time zone. */
export function localDay(time: number): string {
	const date = new Date(time);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last moment of a YYYY-MM-DD day, in the person's own time zone; null if not a real day. */
export function endOfDay(day: string): number | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return null;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(y, m - 1, d, 23, 59, 59, 999);
	if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
	return date.getTime();
}
