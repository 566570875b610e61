import { expect, test, type Page } from '@playwright/test';
import {
	axeViolations,
	everythingStored,
	openApp,
	presetPreferences,
	setPasscode,
	unlock
} from './helpers';

const MARCH = new Date('2026-03-10T10:00:00');
const APRIL = new Date('2026-04-14T10:00:00');

/** Takes a check from the goals screen: one step (by its name) per area, the rest skipped. */
async function takeCheck(
	page: Page,
	take: string,
	ratings: [area: string, level: string][],
	done: string
) {
	await page.getByRole('link', { name: take }).click();
	for (const [area, level] of ratings) {
		await page
			.getByRole('group', { name: area, exact: true })
			.getByRole('radio', { name: new RegExp(`^${level}`) })
			.check();
	}
	await page.getByRole('button', { name: done, exact: true }).click();
	await expect(page).toHaveURL(/\/goals$/);
}

async function axeLightAndDark(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	expect(await axeViolations(page)).toEqual([]);
	await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
}

test('checks a month apart show what moved; a goal from a suggestion rests, restarts and its next step is on home', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await page.clock.setFixedTime(MARCH);
	await openApp(page, '/goals');
	await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();

	// March: three areas, a note on one, everything else skipped.
	await page.getByRole('link', { name: 'Take a check' }).click();
	const housing = page.getByRole('group', { name: 'Housing', exact: true });
	await expect(housing.getByRole('radio', { name: /^Skip for now/ })).toBeChecked();
	await expect(housing).toContainText('No safe place to sleep tonight.');
	await housing.getByRole('radio', { name: /^Struggling/ }).check();
	await housing.getByLabel('A note about Housing (optional)').fill('Staying with a friend');
	for (const [area, level] of [
		['Money', 'Getting by'],
		['Safety', 'Building']
	]) {
		await page
			.getByRole('group', { name: area, exact: true })
			.getByRole('radio', { name: new RegExp(`^${level}`) })
			.check();
	}
	await expect(page.getByText('3 areas rated so far.')).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page).toHaveURL(/\/goals$/);
	await expect(page.getByTestId('check-overview').locator('tbody tr')).toHaveCount(3);
	await expect(page.getByText('After your next check, you will see here what moved.')).toHaveCount(
		0
	);

	// A month later.
	await page.clock.setFixedTime(APRIL);
	await page.reload();
	await takeCheck(
		page,
		'Take a new check',
		[
			['Housing', 'Getting by'],
			['Money', 'Struggling'],
			['Safety', 'Building']
		],
		'Done'
	);
	const overview = page.getByTestId('check-overview');
	await expect(overview.locator('tbody tr')).toHaveCount(3);
	await expect(overview.getByRole('row', { name: /Housing/ })).toContainText('Getting by');
	await expect(overview.getByRole('row', { name: /Housing/ })).toContainText('Step 3 of 5');
	const summary = page.getByTestId('change-summary');
	await expect(summary).toContainText(
		'Housing has moved from “struggling” to “getting by” since March.'
	);
	await expect(summary).toContainText('Safety has stayed at “building” since March.');
	await expect(summary).toContainText(
		'Money is at “struggling” for now. Hard stretches happen, and they do not undo what you have done.'
	);
	for (const word of ['dropped', 'worse', 'fell', 'declined', 'warning'])
		await expect(summary).not.toContainText(word);
	await axeLightAndDark(page);

	// The charts, each with its words and a table.
	await page.getByRole('link', { name: 'See how things have changed' }).click();
	const charts = page.getByTestId('area-chart');
	await expect(charts).toHaveCount(3);
	const housingChart = charts.filter({ hasText: 'Housing' });
	await expect(housingChart.getByRole('img')).toHaveAccessibleName(
		'Housing 2 checks, from struggling to getting by now.'
	);
	await housingChart.getByText('See Housing as a table').click();
	const rows = housingChart.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toContainText('Mar 10, 2026');
	await expect(rows.first()).toContainText('Struggling');
	await expect(rows.first()).toContainText('Staying with a friend');
	await expect(rows.nth(1)).toContainText('Getting by');
	// In left-to-right text, time runs left to right.
	const xs = await housingChart
		.locator('circle')
		.evaluateAll((circles) => circles.map((c) => Number(c.getAttribute('cx'))));
	expect(xs[0]).toBeLessThan(xs[1]!);
	await axeLightAndDark(page);

	// Earlier checks: both are kept; one is deleted after a second thought.
	const history = page.getByTestId('check-history');
	await expect(history).toHaveCount(2);
	const march = history.filter({ hasText: 'March 10, 2026' });
	await march.getByRole('button', { name: /^Delete/ }).click();
	await march.getByRole('button', { name: 'Keep it' }).click();
	await expect(history).toHaveCount(2);
	await march.getByRole('button', { name: /^Delete/ }).click();
	await march.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(history).toHaveCount(1);
	await expect(page.getByText('The check has been deleted.')).toBeVisible();
	await expect(page.getByTestId('change-summary')).toContainText(
		'After your next check, you will see here what moved.'
	);

	// A goal from a suggestion, in the person's own words.
	await page.goto('/goals');
	await page.getByRole('link', { name: 'New goal' }).click();
	await page.getByLabel('Area of life').selectOption({ label: 'Legal and documents' });
	await page
		.getByRole('button', { name: 'Find out which office replaces a birth certificate' })
		.click();
	const step = page.getByLabel('Step 1', { exact: true });
	await expect(step).toHaveValue('Find out which office replaces a birth certificate');
	await step.fill('Find out which office replaces my birth certificate');
	await page.getByLabel('My goal, in my own words').fill('Get my papers back');
	await page.getByLabel('Why this matters to me (optional)').fill('So I can rent in my own name');
	await page.getByLabel('A new step').fill('Call the office on Monday');
	await page.getByRole('button', { name: 'Add step' }).click();
	await page.getByLabel('Aim for a date (optional)').nth(1).fill('2026-04-20');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('button', { name: 'Done', exact: true }).click();

	const goal = page.getByTestId('goal').filter({ hasText: 'Get my papers back' });
	await expect(goal).toContainText('So I can rent in my own name');
	await expect(goal).toContainText('Aiming for Apr 20, 2026');
	await goal
		.getByRole('checkbox', {
			name: 'Find out which office replaces my birth certificate',
			exact: true
		})
		.check();
	await expect(goal.getByRole('status')).toHaveText('Done. That step counts.');
	await expect(goal).toContainText('1 step done');
	await goal.getByRole('checkbox', { name: /^Keep on home.*Call the office on Monday/ }).check();

	// Resting: no failure words, nothing on home; restarting brings it back.
	await goal.getByRole('button', { name: /^Let it rest/ }).click();
	await expect(page.getByRole('heading', { name: 'Resting for now' })).toBeVisible();
	await expect(goal).toContainText(
		'This goal is resting. You can pick it up whenever you are ready.'
	);
	for (const word of ['overdue', 'failed', 'late', 'missed'])
		await expect(goal).not.toContainText(word);
	await page.getByRole('link', { name: 'Waypoint', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
	await expect(page.getByTestId('kept-steps')).toHaveCount(0);
	await page.goto('/goals');
	await goal.getByRole('button', { name: /^Pick it up again/ }).click();
	await expect(page.getByRole('heading', { name: 'Resting for now' })).toHaveCount(0);
	await expect(goal.getByRole('checkbox', { name: /^Find out which office/ })).toBeChecked();
	await page.getByRole('link', { name: 'Waypoint', exact: true }).click();
	const kept = page.getByTestId('kept-steps');
	await expect(kept).toContainText('Call the office on Monday');
	await expect(kept).toContainText('Get my papers back');
	await expect(kept).not.toContainText('Find out which office');
	expect(await axeViolations(page)).toEqual([]);
});

test('areas can be hidden and added; goals and checks can be changed and deleted', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/goals/areas');
	await page.getByRole('checkbox', { name: /^Family and children/ }).uncheck();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.getByLabel('A new area, in your own words').fill('Music');
	await page.getByRole('button', { name: 'Add area' }).click();
	await expect(page.getByTestId('own-area')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);

	await page.goto('/goals/check');
	await expect(page.getByRole('group', { name: 'Family and children' })).toHaveCount(0);
	const music = page.getByRole('group', { name: 'Music', exact: true });
	await expect(music).toContainText('This feels steady, and mine.');
	await music.getByRole('radio', { name: /^Building/ }).check();
	await expect(page.getByText('1 area rated so far.')).toBeVisible();
	// The check can be about an earlier day, never one still to come.
	await page.getByLabel('This check is about').fill('2999-01-01');
	await expect(page.getByText('That date doesn’t look right.', { exact: false })).toBeVisible();
	await page.getByLabel('This check is about').fill('2025-06-01');
	await expect(page.getByText('This check is from June 1, 2025.')).toBeVisible();
	await expect(page.getByText('That date doesn’t look right.', { exact: false })).toHaveCount(0);
	// Changing the check later: the same form, with the answer in place.
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await page.getByRole('link', { name: 'See how things have changed' }).click();
	await expect(page.getByTestId('check-history')).toContainText('Check on June 1, 2025');
	await page.getByRole('link', { name: /^Change/ }).click();
	await expect(page.getByRole('heading', { name: 'Change this check' })).toBeVisible();
	await expect(page.getByLabel('This check is about')).toHaveValue('2025-06-01');
	await expect(
		page
			.getByRole('group', { name: 'Music', exact: true })
			.getByRole('radio', { name: /^Building/ })
	).toBeChecked();
	await page
		.getByRole('group', { name: 'Music', exact: true })
		.getByRole('radio', { name: /^Strong/ })
		.check();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(page.getByTestId('check-overview')).toContainText('Strong');

	// A goal in an own area, changed, then deleted.
	await page.getByRole('link', { name: 'New goal' }).click();
	await page.getByLabel('Area of life').selectOption({ label: 'Music' });
	await page.getByRole('button', { name: 'Choose one small thing I could do this week' }).click();
	await expect(
		page.getByRole('button', { name: /Choose one small thing I could do this week/ })
	).toBeDisabled();
	await page.getByLabel('My goal, in my own words').fill('Sing again');
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	const goal = page.getByTestId('goal');
	await expect(goal).toContainText('Music');
	await goal.getByRole('link', { name: /^Change/ }).click();
	await page.getByLabel('My goal, in my own words').fill('Sing in a choir');
	await page.getByRole('button', { name: 'Remove step 1' }).click();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await expect(goal).toContainText('Sing in a choir');
	await expect(goal).toContainText('No steps yet.');
	await goal.getByRole('button', { name: /^Delete/ }).click();
	await goal.getByRole('button', { name: 'Yes, delete' }).click();
	await expect(page.getByTestId('goal')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('goal')).toHaveCount(0);
	await expect(page.getByText('No goals yet.')).toBeVisible();
});

test('Arabic: checks a month apart, charts right to left, a goal that rests and restarts, its step on home', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar', theme: 'dark' });
	await page.clock.setFixedTime(MARCH);
	await openApp(page, '/goals');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await takeCheck(
		page,
		'بدء مراجعة',
		[
			['السكن', 'صعوبة'],
			['المال', 'تدبّر الحال'],
			['الأمان', 'بناء']
		],
		'تم'
	);
	await page.clock.setFixedTime(APRIL);
	await page.reload();
	await takeCheck(
		page,
		'بدء مراجعة جديدة',
		[
			['السكن', 'تدبّر الحال'],
			['المال', 'صعوبة'],
			['الأمان', 'بناء']
		],
		'تم'
	);
	const summary = page.getByTestId('change-summary');
	await expect(summary).toContainText('السكن: انتقال من «صعوبة» إلى «تدبّر الحال» منذ مارس.');
	await expect(summary).toContainText('الأمان: ثبات عند «بناء» منذ مارس.');
	await expect(summary).toContainText('المال: عند «صعوبة» الآن.');
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('link', { name: 'كيف تغيّرت الأمور' }).click();
	const charts = page.getByTestId('area-chart');
	await expect(charts).toHaveCount(3);
	// Right to left: the oldest check is on the right.
	const xs = await charts
		.first()
		.locator('circle')
		.evaluateAll((circles) => circles.map((c) => Number(c.getAttribute('cx'))));
	expect(xs[0]).toBeGreaterThan(xs[1]!);
	await charts.first().getByText('عرض السكن في جدول').click();
	await expect(charts.first().locator('tbody tr')).toHaveCount(2);
	await axeLightAndDark(page);

	await page.goto('/goals/edit');
	await page.getByLabel('مجال الحياة').selectOption({ label: 'الشؤون القانونية والوثائق' });
	await page.getByRole('button', { name: 'معرفة الجهة التي تصدر بدل شهادة الميلاد' }).click();
	await page.getByLabel('خطوة جديدة').fill('الاتصال بالمكتب يوم الاثنين');
	await page.getByRole('button', { name: 'إضافة خطوة' }).click();
	await page.getByLabel('هدفي، بكلماتي').fill('استعادة أوراقي');
	await expect(page.getByRole('status').filter({ hasText: 'تم الحفظ.' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'تم', exact: true }).click();

	const goal = page.getByTestId('goal').filter({ hasText: 'استعادة أوراقي' });
	await goal
		.getByRole('checkbox', { name: 'معرفة الجهة التي تصدر بدل شهادة الميلاد', exact: true })
		.check();
	await expect(goal.getByRole('status')).toHaveText('تم. لهذه الخطوة قيمتها.');
	await goal
		.getByRole('checkbox', { name: /^إظهارها في الرئيسية.*الاتصال بالمكتب يوم الاثنين/ })
		.check();
	await goal.getByRole('button', { name: /^منحه استراحة/ }).click();
	await expect(goal).toContainText('هذا الهدف في استراحة. يمكن العودة إليه متى شئت.');
	await goal.getByRole('button', { name: /^العودة إليه/ }).click();
	await expect(goal).not.toContainText('في استراحة');
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('link', { name: 'Waypoint', exact: true }).click();
	await expect(page.getByTestId('kept-steps')).toContainText('الاتصال بالمكتب يوم الاثنين');
	expect(await axeViolations(page)).toEqual([]);
});

test('with a passcode, a goal and a check note are not readable at rest, and home drops the step on lock', async ({
	page
}) => {
	const canary = 'canary-goal-willow-5127';
	const passcode = 'goal pass phrase';
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, passcode);
	await page.goto('/goals/edit');
	await unlock(page, passcode);
	await page.getByLabel('My goal, in my own words').fill(`goal ${canary}`);
	await page.getByLabel('A new step').fill(`step ${canary}`);
	await page.getByRole('button', { name: 'Add step' }).click();
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await page
		.getByTestId('goal')
		.getByRole('checkbox', { name: /^Keep on home/ })
		.check();
	await page.getByRole('link', { name: 'Take a check' }).click();
	await page
		.getByRole('group', { name: 'Safety', exact: true })
		.getByRole('radio', { name: /^Getting by/ })
		.check();
	await page.getByLabel('A note about Safety (optional)').fill(`note ${canary}`);
	await page.getByRole('button', { name: 'Done', exact: true }).click();
	await page.getByRole('link', { name: 'Waypoint', exact: true }).click();
	await expect(page.getByTestId('kept-steps')).toContainText(`step ${canary}`);

	// Locking drops the step from the screen at once.
	await page.getByTestId('lock-now').click();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await page.content()).not.toContain(canary);
	const stored = await everythingStored(page);
	expect(stored).toContain('waypoint/r7'); // the goals' store (schema.ts)
	expect(stored).not.toContain(canary);

	await page.reload();
	await unlock(page, passcode);
	await expect(page.getByTestId('kept-steps')).toContainText(`step ${canary}`);
	await page.goto('/goals/change');
	await unlock(page, passcode);
	await page.getByText('See Safety as a table').click();
	await expect(page.getByTestId('area-chart')).toContainText(`note ${canary}`);
});
