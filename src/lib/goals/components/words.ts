/** The words for areas, steps and suggestions, in the person's language. */
import { t } from '$lib/i18n/i18n.svelte';
import { levelName, type Level } from '../check';
import { isBuiltInArea, type AreaKey, type LifeAreas } from '../life-areas';

/** A built-in area's name, an own area's name, or a gentle note that it was removed. */
export function areaName(area: AreaKey, areas: LifeAreas): string {
	if (isBuiltInArea(area)) return t(`goals:areas.${area}.name`);
	return areas.own.find((own) => own.id === area)?.name ?? t('goals:areas.removed');
}

/** "Getting by" as a label. */
export function levelLabel(level: Level): string {
	return t(`goals:levels.${levelName(level)}.name`);
}

/** "getting by" inside a sentence. */
export function levelInSentence(level: Level): string {
	return t(`goals:levels.${levelName(level)}.inSentence`);
}

/** What a step of the scale means in this area ("No safe place to sleep tonight."). */
export function stepMeaning(area: AreaKey, level: Level): string {
	const group = isBuiltInArea(area) ? area : 'own';
	return t(`goals:areas.${group}.steps.${levelName(level)}`);
}

/** Suggested first steps for an area. */
export function suggestedSteps(area: AreaKey): string[] {
	const group = isBuiltInArea(area) ? area : 'own';
	return ['s1', 's2', 's3'].map((key) => t(`goals:areas.${group}.suggestions.${key}`));
}

/** A YYYY-MM-DD day as the person's language writes it. */
export function dayDate(day: string): Date {
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y!, m! - 1, d!);
}
