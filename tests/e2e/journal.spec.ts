import { expect, test, type Page } from '@playwright/test';
import { EXIT_SITES, openApp, presetPreferences, setPasscode, unlock } from './helpers';

async function writeFromPrompt(page: Page, body: string) {
	await page.getByRole('link', { name: 'Write something new' }).click();
	await page.getByRole('button', { name: 'Choose a prompt' }).click();
	await page.getByLabel('Kind of prompt').selectOption('smallWins');
	await page
		.getByRole('button', { name: 'What went a little better today than you expected?' })
		.click();
	await expect(page.getByTestId('chosen-prompt')).toHaveText(
		'What went a little better today than you expected?'
	);
	await page.getByLabel('Title (optional)').fill('A better Tuesday');
	await page.getByLabel('Your words').fill(body);
	await page.getByLabel('Hopeful').check();
	await page.getByLabel(/How strong is it/).fill('7');
	await page.getByLabel('Tags (optional)').fill('Work');
	await page.keyboard.press('Enter');
	await page.getByLabel('Tags (optional)').fill('café');
	await page.keyboard.press(',');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

async function journey(page: Page, passcode?: string) {
	// A reload with a passcode set opens the lock screen first.
	const reload = async () => {
		await page.reload();
		if (passcode) await unlock(page, passcode);
	};
	await writeFromPrompt(page, 'I asked for the afternoon shift and got it. Un pequeño paso.');
	await reload();
	// The draft survived the reload, with everything chosen.
	await expect(page.getByLabel('Your words')).toHaveValue(/afternoon shift/);
	await expect(page.getByLabel('Hopeful')).toBeChecked();
	await expect(page.getByTestId('chosen-prompt')).toBeVisible();
	await page.getByRole('button', { name: 'Done' }).click();

	// Search ignores case and accents; the filters narrow by tag and feeling.
	await page.getByLabel('Search your notes').fill('PEQUENO cafe');
	await expect(page.getByText('1 note found')).toBeVisible();
	await expect(page.getByTestId('entry')).toHaveCount(1);
	await page.getByLabel('Search your notes').fill('nothing like this');
	await expect(page.getByText('No notes match.')).toBeVisible();
	await page.getByLabel('Search your notes').fill('');
	await page.getByText('Narrow down').click();
	await page.getByLabel('Feeling').selectOption('hopeful');
	await expect(page.getByTestId('entry')).toHaveCount(1);
	await page.getByLabel('Feeling').selectOption('sad');
	await expect(page.getByTestId('entry')).toHaveCount(0);
	await page.getByRole('button', { name: 'Show all notes' }).click();

	// Edit.
	await page.getByTestId('entry').first().click();
	await page.getByLabel('Your words').fill('Changed my mind about the words.');
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
	await page.getByRole('button', { name: 'Done' }).click();
	await expect(page.getByTestId('entry')).toContainText('A better Tuesday');

	// Delete, then undo.
	await page.getByTestId('entry').first().click();
	await page.getByRole('button', { name: 'Delete this note' }).click();
	await expect(page.getByText('The note was deleted.')).toBeVisible();
	await expect(page.getByTestId('entry')).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('entry')).toHaveCount(1);
	await reload();
	await expect(page.getByTestId('entry')).toContainText('A better Tuesday');
}

test('write from a prompt, find, edit, delete and undo', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes');
	await journey(page);
});

test('the same journey with a passcode set', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, '40917263');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
	await journey(page, '40917263');
	await page.getByTestId('lock-now').click();
	await expect(page.getByText('A better Tuesday')).toHaveCount(0);
	await unlock(page, '40917263');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
	await expect(page.getByTestId('entry')).toContainText('A better Tuesday');
});

test('text typed just before a quick exit is there after unlocking', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	// A real site takes a moment to answer; so does this stand-in.
	await page.route(EXIT_SITES, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 150));
		await route.fulfill({ contentType: 'text/html', body: '<h1>Weather today</h1>' });
	});
	await openApp(page, '/');
	await setPasscode(page, 'blue kettle stairs');
	await page.goto('/notes/write');
	await unlock(page, 'blue kettle stairs');
	await page.getByLabel('Your words').pressSequentially('left in a hurry', { delay: 10 });
	await page.getByTestId('quick-exit').click();
	await expect(page.getByRole('heading', { name: 'Weather today' })).toBeVisible();

	// Coming back after an exit opens the neutral home (locked), never the screen that was open.
	await page.goto('/notes/write');
	await expect(page).toHaveURL(/localhost:\d+\/$/);
	await unlock(page, 'blue kettle stairs');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
	await expect(page.getByTestId('entry')).toContainText('left in a hurry');
});

test('a content note comes before a hard prompt, and it can be skipped', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes/write');
	await page.getByRole('button', { name: 'Choose a prompt' }).click();
	await page.getByLabel('Kind of prompt').selectOption('feelings');
	await page.getByRole('button', { name: /memory that keeps coming back/ }).click();
	await expect(page.getByText('This prompt may bring up hard memories.')).toBeVisible();
	await page.getByRole('button', { name: 'Skip this one' }).click();
	await expect(page.getByTestId('chosen-prompt')).toHaveCount(0);
	await page.getByRole('button', { name: 'Show me a prompt' }).click();
	await expect(page.getByText(/Before you start|Writing from a prompt/).first()).toBeVisible();
});

test('the print view shows only the records the person selects', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/notes');
	for (const [title, what, when] of [
		['At the station', 'He took my ID card.', '2026-03-03T21:15'],
		['Phone call', 'Threats on the phone.', '2026-04-10T08:30'],
		['Market', 'Followed me home.', '2026-05-01T17:00']
	]) {
		await page.getByRole('link', { name: 'Write down something that happened' }).click();
		await page.getByLabel('Title (optional)').fill(title!);
		await page.getByLabel('When it happened').fill(when!);
		await page.getByLabel('What happened').fill(what!);
		await page.getByLabel('Where it happened').fill('Main street');
		await expect(page.getByTestId('save-status')).toHaveText('Saved');
		await page.getByRole('button', { name: 'Done' }).click();
	}
	await page.getByRole('link', { name: 'Print records' }).click();
	await expect(page.getByTestId('printout')).toHaveCount(0);
	await page.getByLabel(/At the station/).check();
	await page.getByLabel(/Market/).check();
	const printout = page.getByTestId('printout');
	await expect(printout).toContainText('He took my ID card.');
	await expect(printout).toContainText('Followed me home.');
	await expect(printout).not.toContainText('Threats on the phone.');
	await expect(printout).toContainText('Written');
	await expect(printout).toContainText('Last changed');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Print records of what happened' })).toBeHidden();
	await expect(page.getByTestId('quick-exit')).toBeHidden();
	await expect(printout).toBeVisible();
});

test('Arabic: write and find a note whatever the harakat, in a mirrored layout', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar' });
	await openApp(page, '/notes/write');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('#entry-body').fill('شعرتُ بالأَمَل اليوم في المدرسة');
	await expect(page.getByTestId('save-status')).not.toBeEmpty();
	await page.goto('/notes');
	await page.locator('#journal-search').fill('بالامل');
	await expect(page.getByTestId('entry')).toHaveCount(1);
	await page.locator('#journal-search').fill('المدرسه');
	await expect(page.getByTestId('entry')).toHaveCount(1);
});
