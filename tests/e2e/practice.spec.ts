import { expect, test, type Page } from '@playwright/test';
import {
	axeViolations,
	EXIT_SITES,
	everythingStored,
	openApp,
	presetPreferences,
	setPasscode,
	unlock
} from './helpers';

async function axeLightAndDark(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	expect(await axeViolations(page)).toEqual([]);
	await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
}

/** Presses Next (or its word in another language) and waits for the named step. */
async function next(page: Page, label: string, heading: string | RegExp) {
	await page.getByRole('button', { name: label, exact: true }).click();
	await expect(page.getByTestId('step-heading')).toHaveText(heading);
	// Focus moves to the new step's heading, so a screen reader starts there.
	await expect(page.getByTestId('step-heading')).toBeFocused();
}

test('inventory, a sentence, two situations; leaving in the middle resumes at the same step; the sentence reaches the plan', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-write']);
	// The app may only write to the clipboard (its Permissions-Policy refuses reading), so the test
	// notes what is written instead of reading it back.
	await page.addInitScript(() => {
		const clipboard = navigator.clipboard;
		const write = clipboard.writeText.bind(clipboard);
		clipboard.writeText = (text: string) => {
			(window as unknown as { copied: string }).copied = text;
			return write(text);
		};
	});
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/practice');
	await expect(page.getByRole('heading', { name: 'Practice', level: 1 })).toBeVisible();
	await expect(page.getByTestId('exercise-card')).toHaveCount(7);
	await expect(
		page.getByText('There are no right or wrong answers, and nothing is scored.')
	).toBeVisible();
	await expect(page.getByTestId('practice-progress')).toHaveText(
		'You have not opened an exercise yet. You can start with any one you like.'
	);
	await axeLightAndDark(page);

	// The inventory: body and touch, then sex and intimacy skipped through its content note.
	await page.getByRole('link', { name: 'Knowing my boundaries' }).click();
	await expect(page).toHaveURL(/\/practice\/2$/);
	await expect(page.getByTestId('step-heading')).toHaveText('Before you start');
	await next(page, 'Next', 'Body and touch');
	await page.getByLabel('What is OK for me').fill('A hug from my sister');
	await page.getByLabel('What is not OK for me').fill('Being grabbed from behind');
	await page.getByLabel('What I am not sure about yet').fill('Handshakes at work');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	for (const kind of ['Feelings', 'Time and energy', 'Phone and online', 'Money']) {
		await next(page, 'Next', kind);
	}
	await next(page, 'Next', 'Sex and intimacy');
	await expect(page.getByTestId('content-note')).toContainText('It may bring up hard memories.');
	await expect(page.getByLabel('What is OK for me')).toHaveCount(0);
	await expect(
		page.getByTestId('content-note').getByRole('button', { name: 'I need a moment' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Skip this one' }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('Belongings and space');
	await page.getByLabel('What is not OK for me').fill('Someone keeping my papers');
	await next(page, 'Next', 'Looking back');
	await next(page, 'See what I wrote', 'You reached the end');
	const summary = page.getByTestId('summary-step');
	await expect(summary.filter({ hasText: 'Body and touch' })).toContainText(
		'Being grabbed from behind'
	);
	await expect(summary.filter({ hasText: 'Belongings and space' })).toContainText(
		'Someone keeping my papers'
	);
	await axeLightAndDark(page);
	await page.getByRole('link', { name: 'Back to Practice' }).click();
	await expect(
		page.getByTestId('exercise-card').filter({ hasText: 'Knowing my boundaries' })
	).toContainText('Opened. 4 answers written.');

	// A sentence, kept, read aloud, copied and added to the plan.
	await page.getByRole('link', { name: 'Saying it' }).click();
	await next(page, 'Next', 'A clear sentence');
	await next(page, 'Next', 'Build my sentence');
	await expect(page.getByText('If you add people in People')).toBeVisible();
	await page.getByLabel('When you…').fill('read my messages');
	await page.getByLabel('I need…').fill('you to ask me first.');
	await expect(page.getByTestId('script-preview')).toHaveText(
		'When you read my messages, I need you to ask me first.'
	);
	await page.getByLabel('I feel…').fill('uneasy');
	await page.getByLabel('If it happens again, I will…').fill('leave the room');
	const sentence =
		'When you read my messages, I feel uneasy. I need you to ask me first. If it happens again, I will leave the room.';
	await expect(page.getByTestId('script-preview')).toHaveText(sentence);
	await page.getByRole('button', { name: 'Keep this sentence' }).click();
	await expect(page.getByTestId('script-status')).toHaveText(
		'Your sentence is kept. You can find it below.'
	);
	await expect(page.getByLabel('When you…')).toHaveValue('');
	const kept = page.getByTestId('kept-script');
	await expect(kept).toHaveText(new RegExp(sentence.replace(/[.?]/g, '\\$&')));
	await kept.getByRole('button', { name: 'Read it aloud to practise' }).click();
	const dialog = page.getByRole('dialog', { name: 'Read it aloud' });
	await expect(dialog.getByTestId('read-aloud')).toHaveText(sentence);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await kept.getByRole('button', { name: 'Copy' }).click();
	await expect(page.getByTestId('script-status')).toHaveText(
		'Copied. You can paste it wherever you like. It stays in this device’s clipboard until you copy something else.'
	);
	expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(
		sentence
	);
	await kept.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(page.getByTestId('script-status')).toHaveText(
		'Added to your plan, under “Things I can say”.'
	);
	await kept.getByRole('button', { name: 'Add to my plan' }).click();
	await expect(page.getByTestId('script-status')).toHaveText(
		'These words are already in your plan, so nothing was changed.'
	);
	// Removed by mistake, then put back; changed, then kept again.
	await kept.getByRole('button', { name: 'Remove' }).click();
	await expect(kept).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(kept).toHaveCount(1);
	await kept.getByRole('button', { name: 'Change' }).click();
	await expect(kept).toHaveCount(0);
	await expect(page.getByLabel('When you…')).toBeFocused();
	await expect(page.getByTestId('script-preview')).toHaveText(sentence);
	await page.getByRole('button', { name: 'Keep this sentence' }).click();
	await expect(kept).toHaveCount(1);
	await axeLightAndDark(page);

	// Two situations, then leaving in the middle of the third.
	await page.getByRole('link', { name: 'Stop for now' }).click();
	await page.getByRole('link', { name: 'Practising with real situations' }).click();
	await expect(page.getByTestId('content-note')).toContainText('Each one can be skipped.');
	await next(page, 'Next', 'A family member asks for money');
	await page.getByRole('radio', { name: /Say you need time to think/ }).check();
	await page.getByLabel('How might it feel to respond this way?').fill('A relief, for now');
	await page.getByLabel('My own response, in my own words').fill('I will tell her next week.');
	await next(page, 'Next', 'Someone from the past messages you online');
	// A hard situation waits behind its note until the person chooses to see it.
	await expect(page.getByTestId('content-note')).toContainText('You can skip it.');
	await expect(page.getByRole('radio')).toHaveCount(0);
	await page.getByRole('button', { name: 'Go on to it' }).click();
	await expect(page.getByTestId('step-heading')).toBeFocused();
	await page.getByRole('radio', { name: /Don’t answer, and block them/ }).check();
	await page.getByLabel('What might happen next?').fill('They may try another account');
	await next(page, 'Next', 'A partner pressures you for sex');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.getByRole('link', { name: 'Stop for now' }).click();
	await expect(
		page.getByTestId('exercise-card').filter({ hasText: 'Practising with real situations' })
	).toContainText('Opened. 5 answers written.');
	await expect(page.getByTestId('practice-progress')).toHaveText(
		'You have opened 3 exercises. You have written 10 answers.'
	);

	// Coming back later opens the same step, with the answers in place.
	await page.goto('/');
	await openApp(page, '/practice/5');
	await expect(page.getByTestId('step-heading')).toHaveText('A partner pressures you for sex');
	await expect(page.getByText('Step 4 of 9')).toBeVisible();
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(page.getByRole('radio', { name: /Don’t answer, and block them/ })).toBeChecked();
	await expect(page.getByLabel('What might happen next?')).toHaveValue(
		'They may try another account'
	);

	// The sentence is in the plan, under "Things I can say".
	await page.goto('/plan');
	await expect(page.getByText(sentence)).toBeVisible();
});

test('clearing an exercise can be undone, and nothing is marked wrong', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/practice/1');
	await next(page, 'Next', 'What is a boundary?');
	await next(page, 'Next', 'Why my boundaries matter');
	await next(page, 'Next', 'What feels true for you today?');
	await page.getByRole('checkbox', { name: 'I am allowed to say no.' }).check();
	await next(page, 'Next', 'In my own words');
	await page.getByLabel('Something I am allowed to say no to').fill('Lending my phone');
	await next(page, 'See what I wrote', 'You reached the end');
	await expect(page.getByTestId('summary-step')).toHaveCount(2);
	for (const word of ['wrong', 'score', 'failed', 'incorrect'])
		await expect(page.locator('main')).not.toContainText(word);

	// Going through again keeps the answers.
	await page.getByRole('button', { name: 'Go through it again' }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('Before you start');
	await page.goto('/practice/1');
	await expect(page.getByTestId('step-heading')).toHaveText('Before you start');
	await page.goto('/practice');

	const card = page.getByTestId('exercise-card').filter({ hasText: 'What a boundary is' });
	await expect(card).toContainText('Opened. 2 answers written.');
	await card.getByRole('button', { name: 'Clear my answers' }).click();
	await card.getByRole('button', { name: 'Keep them' }).click();
	await expect(card).toContainText('Opened. 2 answers written.');
	await card.getByRole('button', { name: 'Clear my answers' }).click();
	await card.getByRole('button', { name: 'Yes, clear' }).click();
	await expect(card).toContainText('Not opened yet.');
	await expect(page.getByText('Your answers in “What a boundary is” were cleared.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(card).toContainText('Opened. 2 answers written.');
	await page.reload();
	await expect(card).toContainText('Opened. 2 answers written.');

	// Cleared from the summary, for good this time.
	await page.goto('/practice/1');
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.goto('/practice/1');
	await expect(page.getByTestId('step-heading')).toHaveText('What is a boundary?');
	for (let i = 0; i < 4; i++)
		await page.getByRole('button', { name: /^(Next|See what I wrote)$/ }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('You reached the end');
	await page.getByRole('button', { name: 'Clear my answers' }).click();
	await page.getByRole('button', { name: 'Yes, clear' }).click();
	await expect(page).toHaveURL(/\/practice$/);
	await expect(card).toContainText('Not opened yet.');
	await page.reload();
	await expect(card).toContainText('Not opened yet.');
	await expect(page.getByTestId('practice-progress')).toHaveText(
		'You have not opened an exercise yet. You can start with any one you like.'
	);
});

test('Arabic: inventory, a sentence with the feeling first, two situations, resuming, and the plan', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar' });
	await openApp(page, '/practice');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { name: 'التمارين', level: 1 })).toBeVisible();

	await page.getByRole('link', { name: 'معرفة حدودي' }).click();
	await next(page, 'التالي', 'الجسد واللمس');
	await page.getByLabel('ما أقبله').fill('عناق من أختي');
	await page.getByLabel('ما لا أقبله').fill('أن يمسكني أحد من الخلف');
	await expect(page.getByRole('status').filter({ hasText: 'تم الحفظ.' })).toBeVisible();
	await axeLightAndDark(page);
	await page.getByRole('link', { name: 'التوقف الآن' }).click();
	await expect(page.getByTestId('exercise-card').filter({ hasText: 'معرفة حدودي' })).toContainText(
		'مفتوح. إجابتان مكتوبتان.'
	);

	await page.getByRole('link', { name: 'قولها' }).click();
	await next(page, 'التالي', 'جملة واضحة');
	await next(page, 'التالي', 'بناء جملتي');
	await page.getByLabel('عندما…').fill('تقرأ رسائلي');
	await page.getByLabel('أشعر…').fill('بالضيق');
	// Arabic says the feeling first: the words around the person's follow the language.
	const sentence = 'أشعر بالضيق عندما تقرأ رسائلي.';
	await expect(page.getByTestId('script-preview')).toHaveText(sentence);
	await page.getByRole('button', { name: 'الاحتفاظ بهذه الجملة' }).click();
	await page.getByTestId('kept-script').getByRole('button', { name: 'إضافتها إلى خطتي' }).click();
	await expect(page.getByTestId('script-status')).toHaveText(
		'أُضيفت إلى خطتك، في جزء «أشياء يمكنني قولها».'
	);
	await axeLightAndDark(page);

	await page.goto('/practice/5');
	await next(page, 'التالي', 'أحد أفراد العائلة يطلب المال');
	await page.getByRole('radio', { name: /طلب وقت للتفكير/ }).check();
	await page.getByLabel('ردّي أنا، بكلماتي').fill('سأجيب الأسبوع القادم');
	await next(page, 'التالي', 'شخص من الماضي يرسل رسالة على الإنترنت');
	await page.getByRole('button', { name: 'عرض هذه الخطوة' }).click();
	await page.getByRole('radio', { name: /عدم الرد، وحظر هذا الشخص/ }).check();
	await next(page, 'التالي', 'ضغط من الشريك لممارسة الجنس');
	await expect(page.getByRole('status').filter({ hasText: 'تم الحفظ.' })).toBeVisible();
	// The step buttons follow the reading direction: "previous" sits on the right.
	const back = await page.getByRole('button', { name: 'السابق' }).boundingBox();
	const forward = await page.getByRole('button', { name: 'التالي' }).boundingBox();
	expect(back!.x).toBeGreaterThan(forward!.x);
	await axeLightAndDark(page);

	await page.goto('/');
	await openApp(page, '/practice/5');
	await expect(page.getByTestId('step-heading')).toHaveText('ضغط من الشريك لممارسة الجنس');
	await page.goto('/plan');
	await expect(page.getByText(sentence)).toBeVisible();
});

test('with a passcode, an answer is not readable at rest and comes back after unlocking', async ({
	page
}) => {
	const canary = 'canary-practice-heron-8241';
	const passcode = 'practice pass phrase';
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, passcode);
	await page.goto('/practice/3');
	await unlock(page, passcode);
	await expect(page.getByTestId('content-note')).toContainText('It may stir up hard feelings.');
	await next(page, 'Next', 'Your body’s signals');
	await next(page, 'Next', 'A short body check');
	// "I need a moment" is one tap away during the body check.
	await page.locator('main').getByRole('button', { name: 'I need a moment' }).click();
	const moment = page.getByRole('dialog');
	await expect(moment).toBeVisible();
	await moment.getByRole('button', { name: 'Close' }).click();
	await expect(moment).toBeHidden();
	await next(page, 'Next', 'What I noticed');
	await page.getByLabel('What my body does when something is not OK').fill(`tight ${canary}`);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.getByTestId('lock-now').click();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await page.content()).not.toContain(canary);
	const stored = await everythingStored(page);
	expect(stored).toContain('waypoint/r5'); // Practice's store (schema.ts)
	expect(stored).not.toContain(canary);

	await page.reload();
	await unlock(page, passcode);
	await expect(page.getByTestId('step-heading')).toHaveText('What I noticed');
	await expect(page.getByLabel('What my body does when something is not OK')).toHaveValue(
		`tight ${canary}`
	);
});

test('words typed just before a quick exit are there when the person comes back', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await page.route(EXIT_SITES, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 150));
		await route.fulfill({ contentType: 'text/html', body: '<h1>Weather today</h1>' });
	});
	await openApp(page, '/practice/7');
	await expect(page.getByTestId('content-note')).toContainText('It may stir up hard memories.');
	await next(page, 'Next', 'It was not your fault');
	await next(page, 'Next', 'Being kind to myself');
	await page
		.getByLabel('Something true and kind I can tell myself')
		.pressSequentially('I did my best', { delay: 10 });
	await page.getByTestId('quick-exit').click();
	await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();

	await page.goto('/practice/7');
	await expect(page).toHaveURL(/localhost:\d+\/$/);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Practice' })
		.click();
	await page.getByRole('link', { name: 'After a boundary was crossed' }).click();
	await expect(page.getByTestId('step-heading')).toHaveText('Being kind to myself');
	await expect(page.getByLabel('Something true and kind I can tell myself')).toHaveValue(
		'I did my best'
	);
});
