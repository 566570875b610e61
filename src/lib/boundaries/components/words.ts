/** The words of the exercises, in the person's language. */
import { t } from '$lib/i18n/i18n.svelte';
import type { ExerciseProgress, SavedScript } from '../exercise';
import {
	EXERCISES,
	SCENARIOS,
	type Exercise,
	type ExerciseNumber,
	type ScenarioId,
	type Step
} from '../exercises';
import { buildScript } from '../script';

export function exerciseTitle(number: ExerciseNumber): string {
	return t(`practice:exercises.${EXERCISES[number].key}.title`);
}

/** The heading of a step. */
export function stepTitle(exercise: Exercise, step: Step): string {
	switch (step.kind) {
		case 'intro':
			return t('practice:start.heading');
		case 'inventory':
			return t(`practice:kinds.${step.boundary}.name`);
		case 'scenario':
			return t(`practice:scenarios.${step.scenario}.title`);
		case 'script':
			return t('practice:script.title');
		default:
			return t(`practice:exercises.${exercise.key}.steps.${step.key}.title`);
	}
}

/** A text from a read, reflect or choose step (its intro, a paragraph, a prompt, an option). */
export function stepText(exercise: Exercise, key: string, path: string): string {
	return t(`practice:exercises.${exercise.key}.steps.${key}.${path}`);
}

export function responseText(scenario: ScenarioId, response: string): string {
	if (response === 'none') return t('practice:scenario.none');
	return t(`practice:scenarios.${scenario}.responses.${response}`);
}

export function responsesOf(scenario: ScenarioId): readonly string[] {
	return SCENARIOS[scenario];
}

/** A kept sentence, worded in the current language. */
export function sentenceOf(script: Pick<SavedScript, 'when' | 'feel' | 'need' | 'next'>): string {
	return buildScript(
		{ when: script.when, feel: script.feel, need: script.need, next: script.next },
		(key, words) => t(key, { ...words })
	);
}

/** The sentences kept in the script builder, if it was opened. */
export function keptScripts(progress: ExerciseProgress | undefined): SavedScript[] {
	return progress?.scripts ?? [];
}

/** The content note of a step that may stir memories. */
export function stepNote(step: Step): string {
	if (step.kind === 'inventory') return t(`practice:kinds.${step.boundary}.note`);
	if (step.kind === 'scenario') return t(`practice:scenarios.${step.scenario}.note`);
	return '';
}
