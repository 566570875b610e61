/**
 * A person's way through one exercise: where they were, what they wrote, the sentences they saved.
 * One record per exercise. Nothing is scored; what counts is only what was opened and written.
 * The validator's name is fixed: the storage layer and backups import it.
 */
import * as v from 'valibot';
import {
	answerSpec,
	EXERCISE_NUMBERS,
	EXERCISES,
	SCRIPT_PARTS,
	type Exercise,
	type ExerciseNumber,
	type ScriptPart
} from './exercises';

export const MAX_ANSWER = 4000;
export const MAX_SCRIPT_PART = 500;
export const MAX_SCRIPTS = 50;
const MAX_ID = 100;

/** A sentence the person built and kept, in their own words; the wording around it follows the language. */
export interface SavedScript {
	id: string;
	when: string;
	feel: string;
	need: string;
	next: string;
	/** Someone from the relationship map this boundary is with; only the id is kept. */
	personId?: string;
}

export interface ExerciseProgress {
	exercise: ExerciseNumber;
	/** The step the person was on; the number of steps means the closing summary. */
	step: number;
	/** Steps opened at least once. */
	seen: number[];
	/** Answers by key (see answerSpec); an empty answer is simply not kept. */
	answers: Record<string, string>;
	/** Sentences kept from the script builder (exercise 4 only). */
	scripts: SavedScript[];
}

export function exerciseOf(progress: ExerciseProgress): Exercise {
	return EXERCISES[progress.exercise];
}

/** The first visit: the opening step, seen. */
export function newProgress(exercise: ExerciseNumber): ExerciseProgress {
	return { exercise, step: 0, seen: [0], answers: {}, scripts: [] };
}

/** The closing summary's position: one past the last step. */
export function summaryStep(progress: ExerciseProgress): number {
	return exerciseOf(progress).steps.length;
}

export function atSummary(progress: ExerciseProgress): boolean {
	return progress.step >= summaryStep(progress);
}

/** Moves to a step (or the summary), remembering it as the place to come back to. */
export function goTo(progress: ExerciseProgress, step: number): ExerciseProgress {
	const target = Math.max(0, Math.min(Math.trunc(step), summaryStep(progress)));
	const seen = progress.seen.includes(target)
		? progress.seen
		: [...progress.seen, target].sort((a, b) => a - b);
	return { ...progress, step: target, seen };
}

/** Starts again from the opening step; every answer stays, ready to read or change. */
export function goAgain(progress: ExerciseProgress): ExerciseProgress {
	return goTo(progress, 0);
}

/** Keeps an answer; an empty one removes it. Keys or values the exercise does not know change nothing. */
export function answer(progress: ExerciseProgress, key: string, value: string): ExerciseProgress {
	const kind = answerSpec(exerciseOf(progress)).get(key);
	if (!kind) return progress;
	const answers = { ...progress.answers };
	if (value.trim() === '') delete answers[key];
	else if (kind === 'text') answers[key] = value.slice(0, MAX_ANSWER);
	else if (kind.includes(value)) answers[key] = value;
	else return progress;
	return { ...progress, answers };
}

/** The script builder's words in progress. */
export function draftScript(progress: ExerciseProgress): Record<ScriptPart, string> {
	return Object.fromEntries(
		SCRIPT_PARTS.map((part) => [part, progress.answers[`script.${part}`] ?? ''])
	) as Record<ScriptPart, string>;
}

/** Keeps the sentence being built, and clears the builder for the next one. Nothing written, nothing kept. */
export function keepScript(progress: ExerciseProgress, id: string): ExerciseProgress {
	const draft = draftScript(progress);
	if (SCRIPT_PARTS.every((part) => !draft[part].trim())) return progress;
	if (progress.scripts.length >= MAX_SCRIPTS) return progress;
	const script: SavedScript = { id, ...draft };
	for (const part of SCRIPT_PARTS) script[part] = script[part].trim().slice(0, MAX_SCRIPT_PART);
	const personId = progress.answers['script.person'];
	if (personId) script.personId = personId;
	const answers = { ...progress.answers };
	for (const part of SCRIPT_PARTS) delete answers[`script.${part}`];
	delete answers['script.person'];
	return { ...progress, answers, scripts: [...progress.scripts, script] };
}

export function removeScript(progress: ExerciseProgress, id: string): ExerciseProgress {
	return { ...progress, scripts: progress.scripts.filter((script) => script.id !== id) };
}

/** Puts a removed sentence back where it was (Undo). */
export function restoreScript(
	progress: ExerciseProgress,
	script: SavedScript,
	index: number
): ExerciseProgress {
	if (progress.scripts.some((other) => other.id === script.id)) return progress;
	if (progress.scripts.length >= MAX_SCRIPTS) return progress;
	const scripts = [...progress.scripts];
	scripts.splice(Math.max(0, Math.min(index, scripts.length)), 0, script);
	return { ...progress, scripts };
}

/**
 * Brings a kept sentence back into the builder to change it. Words already in the builder are kept
 * first as a sentence of their own (under `keepId`), so nothing written is ever lost.
 */
export function reopenScript(
	progress: ExerciseProgress,
	id: string,
	keepId: string
): ExerciseProgress {
	const script = progress.scripts.find((s) => s.id === id);
	if (!script) return progress;
	const next = removeScript(keepScript(progress, keepId), id);
	const answers = { ...next.answers };
	for (const part of SCRIPT_PARTS) if (script[part]) answers[`script.${part}`] = script[part];
	if (script.personId) answers['script.person'] = script.personId;
	return { ...next, answers };
}

/** How many answers hold the person's words or choices (the builder's unsaved words not counted). */
export function answersWritten(progress: ExerciseProgress): number {
	const written = Object.keys(progress.answers).filter(
		(key) => !key.startsWith('script.') && progress.answers[key]!.trim() !== ''
	).length;
	return written + progress.scripts.length;
}

const whole = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID));
const part = v.pipe(v.string(), v.maxLength(MAX_SCRIPT_PART));

const ScriptSchema = v.strictObject({
	id,
	when: part,
	feel: part,
	need: part,
	next: part,
	personId: v.optional(id)
});

const ProgressSchema = v.strictObject({
	exercise: v.picklist(EXERCISE_NUMBERS),
	step: whole(100),
	seen: v.pipe(v.array(whole(100)), v.maxLength(101)),
	answers: v.record(v.string(), v.pipe(v.string(), v.maxLength(MAX_ANSWER))),
	scripts: v.pipe(v.array(ScriptSchema), v.maxLength(MAX_SCRIPTS))
});

/** Checks a stored or imported record; anything malformed or unknown to the exercise is damaged (null). */
export function validateExerciseProgress(data: unknown): ExerciseProgress | null {
	const parsed = v.safeParse(ProgressSchema, data);
	if (!parsed.success) return null;
	const raw = parsed.output;
	const exercise = EXERCISES[raw.exercise];
	const last = exercise.steps.length;
	if (raw.step > last || raw.seen.some((step) => step > last)) return null;
	if (new Set(raw.seen).size !== raw.seen.length) return null;
	// Keys read from the input itself, so a key valibot would quietly drop is still refused.
	const spec = answerSpec(exercise);
	const answers: Record<string, string> = {};
	for (const key of Object.keys((data as { answers: object }).answers)) {
		const kind = spec.get(key);
		const value = raw.answers[key];
		if (!kind || typeof value !== 'string') return null;
		if (kind !== 'text' && !kind.includes(value)) return null;
		answers[key] = value;
	}
	if (raw.scripts.length > 0 && exercise.steps.every((step) => step.kind !== 'script')) return null;
	if (new Set(raw.scripts.map((s) => s.id)).size !== raw.scripts.length) return null;
	const scripts = raw.scripts.map((s) => {
		const script: SavedScript = {
			id: s.id,
			when: s.when,
			feel: s.feel,
			need: s.need,
			next: s.next
		};
		if (s.personId !== undefined) script.personId = s.personId;
		return script;
	});
	return { exercise: raw.exercise, step: raw.step, seen: [...raw.seen], answers, scripts };
}
