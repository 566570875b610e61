import { describe, expect, it } from 'vitest';
import {
	addOwnArea,
	BUILT_IN_AREAS,
	emptyLifeAreas,
	removeOwnArea,
	renameOwnArea,
	setHidden,
	validateLifeAreas,
	visibleAreas
} from './life-areas';

describe('life areas', () => {
	it('has the eleven areas, all shown at first', () => {
		expect(BUILT_IN_AREAS).toHaveLength(11);
		expect(visibleAreas(emptyLifeAreas())).toEqual([...BUILT_IN_AREAS]);
	});

	it('hides and shows areas, and adds, renames and removes the person’s own', () => {
		let areas = setHidden(emptyLifeAreas(), 'family', true);
		areas = addOwnArea(areas, '  Music  ', 'own-1');
		expect(addOwnArea(areas, 'music', 'own-2')).toBe(areas);
		expect(addOwnArea(areas, '   ', 'own-2')).toBe(areas);
		expect(visibleAreas(areas)).not.toContain('family');
		expect(visibleAreas(areas).at(-1)).toBe('own-1');
		areas = renameOwnArea(areas, 'own-1', 'Music and singing');
		expect(areas.own).toEqual([{ id: 'own-1', name: 'Music and singing' }]);
		areas = setHidden(areas, 'family', false);
		expect(visibleAreas(areas)).toContain('family');
		expect(removeOwnArea(areas, 'own-1').own).toEqual([]);
	});

	it('reads back what was saved and refuses anything malformed', () => {
		const good = { hidden: ['family'], own: [{ id: 'own-1', name: 'Music' }] };
		expect(validateLifeAreas(structuredClone(good))).toEqual(good);
		const bad: unknown[] = [
			null,
			[],
			{ hidden: 'family', own: [] },
			{ hidden: ['moon'], own: [] },
			{ hidden: ['family', 'family'], own: [] },
			{ hidden: [], own: [{ id: 'x', name: 'Music' }] },
			{ hidden: [], own: [{ id: 'own-1', name: '' }] },
			{ hidden: [], own: [{ id: 'own-1', name: 'x'.repeat(81) }] },
			{
				hidden: [],
				own: [
					{ id: 'own-1', name: 'A' },
					{ id: 'own-1', name: 'B' }
				]
			}
		];
		for (const data of bad) expect(validateLifeAreas(data)).toBeNull();
	});
});
