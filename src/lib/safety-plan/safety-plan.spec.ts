import { describe, expect, it } from 'vitest';
import {
	addItem,
	emptyPlan,
	filledSections,
	hasText,
	moveItem,
	PLAN_SECTIONS,
	removeItem,
	updateItem,
	validatePlan
} from './safety-plan';
import { localDay, reviewDue } from './review';

function planWith(...texts: string[]) {
	return texts.reduce((plan, text, i) => addItem(plan, 'coping', { text }, `id-${i}`), emptyPlan());
}

describe('safety plan', () => {
	it('has its ten parts in the order the person goes through them', () => {
		expect(PLAN_SECTIONS).toEqual([
			'warningSigns',
			'coping',
			'calmPlaces',
			'helpPeople',
			'professionals',
			'saferSurroundings',
			'safeNow',
			'thingsToSay',
			'leaving',
			'matters'
		]);
	});

	it('adds, changes, reorders and removes entries without touching other parts', () => {
		let plan = planWith('Take a walk', 'Call my sister', 'Listen to music');
		plan = addItem(plan, 'warningSigns', { text: '  I stop sleeping  ' }, 'w');
		expect(plan.items.warningSigns).toEqual([{ id: 'w', text: 'I stop sleeping' }]);
		plan = moveItem(plan, 'coping', 'id-2', -1);
		expect(plan.items.coping.map((i) => i.text)).toEqual([
			'Take a walk',
			'Listen to music',
			'Call my sister'
		]);
		expect(moveItem(plan, 'coping', 'id-0', -1)).toBe(plan);
		plan = updateItem(plan, 'coping', 'id-0', { text: 'A long walk' });
		plan = removeItem(plan, 'coping', 'id-1');
		expect(plan.items.coping.map((i) => i.text)).toEqual(['A long walk', 'Listen to music']);
		expect(plan.items.warningSigns).toHaveLength(1);
	});

	it('adds nothing for empty text, and knows when an example is already there', () => {
		const plan = planWith('Take a walk');
		expect(addItem(plan, 'coping', { text: '   ' }, 'x')).toBe(plan);
		expect(hasText(plan, 'coping', 'take a walk')).toBe(true);
		expect(hasText(plan, 'matters', 'take a walk')).toBe(false);
	});

	it('shows only the parts that were filled in', () => {
		expect(filledSections(emptyPlan())).toEqual([]);
		const plan = { ...planWith('Breathe'), safeWords: { safe: 'blue', unsafe: '' } };
		expect(filledSections(plan)).toEqual(['coping', 'safeNow']);
	});

	it('is due for a review on the chosen day and after, never without a date', () => {
		const now = new Date(2026, 10, 22, 23, 30).getTime();
		expect(localDay(now)).toBe('2026-11-22');
		expect(reviewDue(null, now)).toBe(false);
		expect(reviewDue('2026-11-23', now)).toBe(false);
		expect(reviewDue('2026-11-22', now)).toBe(true);
		expect(reviewDue('2026-01-01', now)).toBe(true);
	});

	it('keeps a well-formed plan and refuses a malformed one', () => {
		const plan = addItem(
			planWith('Walk'),
			'leaving',
			{ text: 'Passport', held: true, howToReplace: 'Ask an advocate' },
			'p'
		);
		expect(validatePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
		expect(validatePlan({ ...plan, safeWords: null })).toBeNull();
		expect(
			validatePlan({ ...plan, items: { ...plan.items, coping: [{ id: 'a', text: 5 }] } })
		).toBeNull();
		expect(
			validatePlan({
				...plan,
				items: { ...plan.items, leaving: [{ id: 'a', text: 'x', held: 'yes' }] }
			})
		).toBeNull();
	});
});
