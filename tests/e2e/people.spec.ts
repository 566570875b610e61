import { expect, test, type Page } from '@playwright/test';
import {
	axeViolations,
	everythingStored,
	openApp,
	presetPreferences,
	setPasscode,
	unlock
} from './helpers';

interface Words {
	add: string;
	name: string;
	role: string;
	done: string;
	saved: string;
}

const EN: Words = {
	add: 'Add a person',
	name: 'Name or nickname',
	role: 'Who they are to me',
	done: 'Done',
	saved: 'Saved.'
};

const AR: Words = {
	add: 'إضافة شخص',
	name: 'الاسم أو اللقب',
	role: 'من يكون بالنسبة إليّ',
	done: 'تم',
	saved: 'تم الحفظ.'
};

/** Adds a person from the People screen, as a person would, and comes back to it. */
async function addPerson(
	page: Page,
	words: Words,
	person: { name: string; circle: string; safety: RegExp; role: string; reach?: string }
) {
	await page.getByRole('link', { name: words.add }).click();
	await page.getByLabel(words.name).fill(person.name);
	await page.getByRole('radio', { name: person.circle, exact: true }).check();
	await page.getByRole('radio', { name: person.safety }).check();
	await page.getByLabel(words.role).selectOption({ label: person.role });
	if (person.reach) await page.locator('#person-reach').fill(person.reach);
	await expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible();
	await page.getByRole('button', { name: words.done, exact: true }).click();
	await expect(page).toHaveURL(/\/people$/);
}

async function axeLightAndDark(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	expect(await axeViolations(page)).toEqual([]);
	await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
}

/** The x of a person's place on the map, relative to "me" at the centre. */
async function mapX(page: Page, name: RegExp): Promise<number> {
	const transform = await page
		.getByTestId('map-person')
		.filter({ has: page.locator('title', { hasText: name }) })
		.getAttribute('transform');
	return Number(/translate\(([-\d.]+)/.exec(transform ?? '')?.[1]);
}

test('four people on the map, one moved with the keyboard, a reflection that only suggests, the list, and the plan offers only safe people', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/people');
	await expect(page.getByRole('heading', { name: 'My people', level: 1 })).toBeVisible();
	await expect(page.getByText('No one here yet.', { exact: false })).toBeVisible();

	await addPerson(page, EN, {
		name: 'Rosa',
		circle: 'Closest to me',
		safety: /^Safe/,
		role: 'Family',
		reach: '+34 600 000 111'
	});
	await addPerson(page, EN, {
		name: 'Dee',
		circle: 'Close to me',
		safety: /^Safe/,
		role: 'Advocate or case worker'
	});
	await addPerson(page, EN, {
		name: 'Marco',
		circle: 'At a distance',
		safety: /^Not safe/,
		role: 'Former partner'
	});
	await addPerson(page, EN, {
		name: 'Kit',
		circle: 'Part of my life',
		safety: /^Not sure/,
		role: 'Someone I know online'
	});

	// The map: a shape for each feeling, never colour alone, and a name for screen readers.
	const map = page.getByTestId('people-map');
	await expect(map).toHaveAccessibleName('Map: me in the middle, and 4 people around me');
	await expect(page.getByTestId('map-person')).toHaveCount(4);
	const rosa = page.getByRole('button', { name: 'Rosa. Safe. Closest to me.' });
	const marco = page.getByRole('button', { name: 'Marco. Not safe. At a distance.' });
	const kit = page.getByRole('button', { name: 'Kit. Not sure. Part of my life.' });
	await expect(rosa.locator('circle.shape')).toHaveCount(1);
	await expect(marco.locator('rect.shape')).toHaveCount(1);
	await expect(kit.locator('polygon.shape')).toHaveCount(1);
	await expect(page.getByText('Diamond shape: not sure')).toBeVisible();
	await axeLightAndDark(page);

	// Kit moves one circle closer, with the keyboard only.
	await kit.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('person-panel');
	await expect(panel.getByRole('heading', { name: 'Kit' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Move closer' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('map-status')).toHaveText('Kit is now in “Close to me”.');
	await expect(page.getByRole('button', { name: 'Kit. Not sure. Close to me.' })).toBeVisible();
	// Two on a ring, safe first: left to right, Dee sits on the right and Kit on the left.
	expect(await mapX(page, /^Dee$/)).toBeGreaterThan(0);
	expect(await mapX(page, /^Kit$/)).toBeLessThan(0);
	await axeLightAndDark(page);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Kit. Not sure. Close to me.' })).toBeVisible();

	// The reflection checklist suggests; only the person changes the rating.
	await page.getByRole('button', { name: 'Kit. Not sure. Close to me.' }).click();
	await panel.getByRole('link', { name: 'Open Kit' }).click();
	await expect(page.getByRole('heading', { name: 'About Kit', level: 1 })).toBeVisible();
	// A content note first; the questions open only when the person chooses.
	await expect(page.getByRole('group', { name: 'Do I feel afraid around them?' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'I need a moment' }).last()).toBeVisible();
	await page.getByRole('button', { name: 'Go through the questions' }).click();
	const suggestion = page.getByTestId('suggestion');
	await expect(suggestion).toContainText('It never changes anything by itself.');
	const answers: [string, string][] = [
		['Do they respect it when I say no?', 'Yes'],
		['Do I feel afraid around them?', 'No'],
		['Do they ask me to keep secrets?', 'No'],
		['Do they control my money, my phone, my papers or where I go?', 'No'],
		['Do they pressure me for sex or money?', 'No'],
		['Do they make me feel guilty for having other people in my life?', 'No'],
		['Do I feel like myself with them?', 'Yes']
	];
	for (const [question, answer] of answers) {
		await page
			.getByRole('group', { name: question })
			.getByRole('radio', { name: answer, exact: true })
			.check();
	}
	// Seven of eight reassuring: no suggestion yet.
	await expect(suggestion).toContainText('a suggestion may appear here');
	await page
		.getByRole('group', { name: 'Do they keep their word?' })
		.getByRole('radio', { name: 'Yes', exact: true })
		.check();
	await expect(suggestion).toContainText('You might want to mark this person as safe.');
	await expect(suggestion).toContainText('This is only a suggestion.');
	await expect(page.getByRole('radio', { name: /^Not sure/ })).toBeChecked();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('radio', { name: /^Not sure/ })).toBeChecked();
	await expect(suggestion).toContainText('You might want to mark this person as safe.');

	// A worrying answer changes the suggestion, still not the rating.
	await page
		.getByRole('group', { name: 'Do I feel afraid around them?' })
		.getByRole('radio', { name: 'Yes', exact: true })
		.check();
	await expect(suggestion).toContainText('You might want to mark this person as not safe.');
	await expect(page.getByRole('radio', { name: /^Not sure/ })).toBeChecked();
	await expect(suggestion.getByRole('link', { name: 'Find help' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page
		.getByRole('group', { name: 'Do I feel afraid around them?' })
		.getByRole('radio', { name: 'No', exact: true })
		.check();
	// The person decides: one tap on the suggestion.
	await suggestion.getByRole('button', { name: 'Mark as safe' }).click();
	await expect(page.getByRole('radio', { name: /^Safe/ })).toBeChecked();
	await expect(suggestion).toContainText('Your answers fit how you have marked this person.');
	await expect(page.getByTestId('person-history')).toContainText('Close to me, Safe');
	await page.getByRole('button', { name: 'Done', exact: true }).click();

	// The list: the same people, grouped by circle or by feeling, with buttons to move them.
	await page.getByRole('button', { name: 'List', exact: true }).click();
	await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const list = page.getByTestId('people-list');
	await expect(list.getByRole('heading', { name: 'Closest to me (1 person)' })).toBeVisible();
	await expect(list.getByRole('heading', { name: 'Close to me (2 people)' })).toBeVisible();
	await expect(list.getByRole('heading', { name: 'Part of my life (0 people)' })).toBeVisible();
	await list.getByRole('button', { name: 'Move closer: Marco' }).focus();
	await page.keyboard.press('Enter');
	await expect(list.getByRole('status')).toHaveText('Marco is now in “Part of my life”.');
	// Marco's row moved under another heading; the keyboard stays with him.
	await expect(list.getByRole('button', { name: 'Move closer: Marco' })).toBeFocused();
	await expect(list.getByRole('heading', { name: 'Part of my life (1 person)' })).toBeVisible();
	await list.getByRole('radio', { name: 'How safe they feel' }).check();
	await expect(list.getByRole('heading', { name: 'Safe (3 people)' })).toBeVisible();
	await expect(list.getByRole('heading', { name: 'Not safe (1 person)' })).toBeVisible();
	await expect(list.getByRole('heading', { name: 'Not sure (0 people)' })).toBeVisible();
	await axeLightAndDark(page);

	// The safety plan offers the safe people, closest first, and never Marco.
	await page.goto('/plan/edit?step=4');
	await expect(page.getByRole('heading', { name: 'People I can ask for help' })).toBeVisible();
	await page.getByRole('button', { name: 'Choose from my people' }).click();
	const choices = page.getByTestId('map-choices').getByRole('button');
	await expect(choices).toHaveText(['Add Rosa', 'Add Dee', 'Add Kit']);
	await expect(page.getByTestId('map-choices')).not.toContainText('Marco');
	await page.getByRole('button', { name: 'Add Rosa' }).click();
	const item = page.getByTestId('plan-item').filter({ hasText: 'Rosa' });
	await expect(item).toContainText('+34 600 000 111');
	await expect(page.getByRole('button', { name: /^Add Rosa/ })).toBeDisabled();
	await expect(page.getByTestId('no-longer-safe')).toHaveCount(0);
	expect(await axeViolations(page)).toEqual([]);

	// Later, Rosa no longer feels safe: the plan notes it gently and no longer offers her.
	await page.goto('/people');
	await page.getByRole('button', { name: 'Rosa. Safe. Closest to me.' }).click();
	await page.getByTestId('person-panel').getByRole('link', { name: 'Open Rosa' }).click();
	await page.getByRole('radio', { name: /^Not sure/ }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.goto('/plan/edit?step=4');
	await expect(item.getByTestId('no-longer-safe')).toHaveText(
		'On your map, this person is no longer marked as safe. You can keep this entry, change it or remove it. It is your choice.'
	);
	await page.getByRole('button', { name: 'Choose from my people' }).click();
	await expect(page.getByTestId('map-choices').getByRole('button')).toHaveText([
		'Add Dee',
		'Add Kit'
	]);
	// "My plan", read in a hard moment, carries the same note.
	await page.goto('/plan');
	await expect(page.getByTestId('no-longer-safe')).toHaveCount(1);
	await expect(page.getByTestId('plan-section')).toContainText('Rosa');
});

test('a person dragged to another circle; with no one marked safe, the plan says so calmly and offers no one', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/people');
	await addPerson(page, EN, {
		name: 'Marco',
		circle: 'Close to me',
		safety: /^Not safe/,
		role: 'Partner'
	});
	await addPerson(page, EN, {
		name: 'Lou',
		circle: 'Close to me',
		safety: /^Not sure/,
		role: 'Friend'
	});
	// Lou is dragged from "Close to me" into the closest circle, by pointer.
	const lou = page.getByRole('button', { name: 'Lou. Not sure. Close to me.' });
	const from = (await lou.boundingBox())!;
	const map = (await page.getByTestId('people-map').boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	// Just beside "me", in the middle of the map: inside the closest circle.
	const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
	await page.mouse.move(centre.x + map.width * 0.1, centre.y, { steps: 8 });
	await page.mouse.up();
	await expect(page.getByRole('button', { name: 'Lou. Not sure. Closest to me.' })).toBeVisible();
	await expect(page.getByTestId('map-status')).toHaveText('Lou is now in “Closest to me”.');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Lou. Not sure. Closest to me.' })).toBeVisible();

	await page.goto('/plan/edit?step=4');
	await page.getByRole('button', { name: 'Choose from my people' }).click();
	await expect(
		page.getByText('No one on your map is marked as safe yet.', { exact: false })
	).toBeVisible();
	await expect(page.getByTestId('map-choices')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Marco|Lou/ })).toHaveCount(0);
});

test('Arabic: people added, the map mirrored, a keyboard move, a suggestion that only suggests, the list and the plan', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar' });
	await openApp(page, '/people');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { name: 'الأشخاص في حياتي', level: 1 })).toBeVisible();

	await addPerson(page, AR, {
		name: 'سارة',
		circle: 'الأقرب إليّ',
		safety: /^أشعر بالأمان/,
		role: 'من العائلة'
	});
	await addPerson(page, AR, {
		name: 'منى',
		circle: 'على مقربة مني',
		safety: /^أشعر بالأمان/,
		role: 'من يقدّم لي الدعم أو يتابع حالتي في إحدى الجهات'
	});
	await addPerson(page, AR, {
		name: 'كريم',
		circle: 'على مسافة مني',
		safety: /^لا أشعر بالأمان/,
		role: 'شريك سابق أو شريكة سابقة'
	});
	await addPerson(page, AR, {
		name: 'هادي',
		circle: 'جزء من حياتي',
		safety: /^لست أدري بعد/,
		role: 'شخص أعرفه عبر الإنترنت'
	});
	await expect(page.getByTestId('people-map')).toHaveAccessibleName(
		'خريطة: أنا في الوسط، وحولي 4 أشخاص'
	);
	await axeLightAndDark(page);

	const hadi = page.getByRole('button', { name: 'هادي. لست أدري بعد. جزء من حياتي.' });
	await hadi.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('person-panel');
	await expect(panel.getByRole('heading', { name: 'هادي' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'تقريب' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('map-status')).toHaveText('هادي الآن في دائرة «على مقربة مني».');
	await expect(
		page.getByRole('button', { name: 'هادي. لست أدري بعد. على مقربة مني.' })
	).toBeVisible();

	await panel.getByRole('link', { name: 'فتح صفحة هادي' }).click();
	await page.getByRole('button', { name: 'عرض الأسئلة' }).click();
	await page
		.getByRole('group', { name: 'هل يضغط عليّ من أجل الجنس أو المال؟' })
		.getByRole('radio', { name: 'نعم', exact: true })
		.check();
	const suggestion = page.getByTestId('suggestion');
	await expect(suggestion).toContainText('قد يكون من المناسب اختيار «لا أشعر بالأمان» لهذا الشخص.');
	await expect(page.getByRole('radio', { name: /^لست أدري بعد/ })).toBeChecked();
	await expect(page.getByRole('status').filter({ hasText: 'تم الحفظ.' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'تم', exact: true }).click();

	await page.getByRole('button', { name: 'قائمة', exact: true }).click();
	const list = page.getByTestId('people-list');
	await expect(list.getByRole('heading', { name: 'على مقربة مني (شخصان)' })).toBeVisible();
	await expect(list.getByRole('heading', { name: 'الأقرب إليّ (شخص واحد)' })).toBeVisible();
	await axeLightAndDark(page);

	await page.goto('/plan/edit?step=4');
	await page.getByRole('button', { name: 'اختيار من قسم «الأشخاص»' }).click();
	await expect(page.getByTestId('map-choices').getByRole('button')).toHaveText([
		'إضافة سارة',
		'إضافة منى'
	]);
	await expect(page.getByTestId('map-choices')).not.toContainText('كريم');
	await expect(page.getByTestId('map-choices')).not.toContainText('هادي');
	await page.getByRole('button', { name: 'إضافة منى' }).click();
	await expect(page.getByTestId('plan-item').filter({ hasText: 'منى' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('where less movement is asked for, the list comes first and the map is one tap away', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/people');
	await addPerson(page, EN, {
		name: 'Noor',
		circle: 'Close to me',
		safety: /^Safe/,
		role: 'Counsellor'
	});
	await expect(page.getByTestId('people-list')).toBeVisible();
	await expect(page.getByTestId('people-map')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Noor. Safe. Close to me.' })).toBeVisible();

	// Waypoint's own setting counts too, whatever the device says.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.evaluate(() =>
		localStorage.setItem(
			'waypoint.preferences',
			JSON.stringify({ welcomed: true, motion: 'reduce' })
		)
	);
	await openApp(page, '/people');
	await expect(page.getByTestId('people-list')).toContainText('Noor');
	await page.evaluate(() =>
		localStorage.setItem('waypoint.preferences', JSON.stringify({ welcomed: true }))
	);
	await openApp(page, '/people');
	await expect(page.getByTestId('people-map')).toBeVisible();
});

test('the map as it looked on an earlier date, and each person’s dated history', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await page.clock.setFixedTime(new Date('2026-03-10T10:00:00'));
	await openApp(page, '/people');
	await addPerson(page, EN, {
		name: 'Jess',
		circle: 'Closest to me',
		safety: /^Safe/,
		role: 'Partner'
	});
	await page.clock.setFixedTime(new Date('2026-04-20T10:00:00'));
	await page.reload();
	await addPerson(page, EN, {
		name: 'Ade',
		circle: 'Close to me',
		safety: /^Safe/,
		role: 'Friend'
	});
	await page.getByRole('button', { name: 'Jess. Safe. Closest to me.' }).click();
	await page.getByTestId('person-panel').getByRole('link', { name: 'Open Jess' }).click();
	await page.getByRole('radio', { name: 'At a distance', exact: true }).check();
	await page.getByRole('radio', { name: /^Not safe/ }).check();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	const history = page.getByTestId('person-history').getByRole('listitem');
	await expect(history).toHaveText([
		'Apr 20, 2026: At a distance, Not safe',
		'Mar 10, 2026: added, Closest to me, Safe'
	]);
	await page.getByRole('button', { name: 'Done', exact: true }).click();

	await page.getByRole('link', { name: 'See my map on an earlier date' }).click();
	const date = page.getByLabel('Show the map on');
	await expect(date).toHaveValue('2026-04-20');
	await expect(page.getByText('2 people were on your map.')).toBeVisible();
	// The days when something changed are one tap away.
	await page.getByRole('button', { name: 'Mar 10, 2026' }).click();
	await expect(date).toHaveValue('2026-03-10');
	await expect(page.getByText('1 person was on your map.')).toBeVisible();
	await date.fill('2026-03-15');
	await expect(page.getByRole('heading', { name: 'Your map on March 15, 2026' })).toBeVisible();
	await expect(page.getByText('1 person was on your map.')).toBeVisible();
	const rows = page.getByTestId('earlier-table').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('Jess');
	await expect(rows.first()).toContainText('Closest to me');
	await expect(rows.first()).toContainText('Safe');
	await expect(page.getByTestId('map-person')).toHaveCount(1);
	await expect(page.getByTestId('map-person').locator('circle.shape')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
	await date.fill('2026-03-01');
	await expect(page.getByText('No one was on your map yet on that date.')).toBeVisible();
	await date.fill('2026-05-01');
	await expect(page.getByText('That date doesn’t look right.', { exact: false })).toBeVisible();
});

test('forty people on a 390 px phone: no shapes overlap, and each stays big enough to tap and read', async ({
	page
}) => {
	// Forty people typed in one by one, as a person would: slower than the other journeys.
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/people/edit');
	// Forty people, added through the app's own storage layer one after another.
	const names = Array.from({ length: 40 }, (_, i) => `Person ${i + 1}`);
	for (const [i, name] of names.entries()) {
		if (i > 0) await page.goto('/people/edit');
		await page.getByLabel('Name or nickname').fill(name);
		await page
			.getByRole('radio', {
				name: ['Closest to me', 'Close to me', 'Part of my life', 'At a distance'][
					// Most people in the closest circle: the hardest case for space.
					i < 16 ? 0 : i % 4
				],
				exact: true
			})
			.check();
		await page.getByRole('radio', { name: [/^Safe/, /^Not sure/, /^Not safe/][i % 3]! }).check();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	}
	await page.goto('/people');
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	const nodes = page.getByTestId('map-person');
	await expect(nodes).toHaveCount(40);
	const boxes = await nodes.evaluateAll((all) =>
		all.map((node) => {
			const box = node.querySelector('.hit')!.getBoundingClientRect();
			return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
		})
	);
	// What takes a tap or shows focus (the round focus ring, which holds the tap area) never
	// overlaps another person's, and neighbours' centres are 24 px apart or more (WCAG 2.5.8).
	const rings = await nodes.evaluateAll((all) =>
		all.map((node) => {
			const box = node.querySelector('.ring')!.getBoundingClientRect();
			return { x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
		})
	);
	const touching = rings.flatMap((a, i) =>
		rings.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r)
	);
	expect(touching).toHaveLength(0);
	for (const [i, a] of rings.entries()) {
		for (const b of rings.slice(i + 1))
			expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
	}
	for (const [i, a] of boxes.entries()) {
		// Big enough to see and tap, and fully on the screen.
		expect(a.r * 2).toBeGreaterThanOrEqual(18);
		expect(a.x - a.r).toBeGreaterThanOrEqual(0);
		expect(a.x + a.r).toBeLessThanOrEqual(390);
		for (const b of boxes.slice(i + 1)) {
			expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
		}
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expect(page.getByTestId('people-map')).toHaveAccessibleName(
		'Map: me in the middle, and 40 people around me'
	);
});

test('with a passcode, a name on the map is not readable at rest, and comes back after unlock', async ({
	page
}) => {
	const canary = 'canary-person-heron-7719';
	const passcode = 'people pass phrase';
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, passcode);
	await page.goto('/people/edit');
	await unlock(page, passcode);
	await page.getByLabel('Name or nickname').fill(canary);
	await page.getByLabel('Notes (optional)').fill(`notes ${canary}`);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page.getByRole('button', { name: new RegExp(canary) })).toBeVisible();

	await page.getByTestId('lock-now').click();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await page.content()).not.toContain(canary);
	const stored = await everythingStored(page);
	expect(stored).toContain('waypoint/r6'); // the map's store (schema.ts)
	expect(stored).not.toContain(canary);

	await page.reload();
	await unlock(page, passcode);
	await page.goto('/people');
	await unlock(page, passcode);
	await expect(page.getByRole('button', { name: new RegExp(canary) })).toBeVisible();
	await page.getByRole('button', { name: 'List', exact: true }).click();
	await expect(page.getByTestId('people-list')).toContainText(canary);
});
