import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { EXIT_SITES, everythingStored, openApp, setPasscode, unlock } from './helpers';

// Two tabs of one browser: a lock, an exit or a change of the vault in one reaches the other.

const CANARY = 'canary-5d7e-two-tabs';
const PASSCODE = 'quiet river stones';

async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
	await context.addInitScript(() => {
		if (!localStorage.getItem('waypoint.preferences')) {
			localStorage.setItem('waypoint.preferences', '{"welcomed":true}');
		}
	});
	await context.route(EXIT_SITES, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<h1>Weather</h1>' })
	);
	return [await context.newPage(), await context.newPage()];
}

async function writeNote(page: Page, words: string) {
	await openApp(page, '/notes/write');
	await page.getByLabel('Your words').fill(words);
	await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

test('a quick exit in one tab locks the other tab, which was showing a note', async ({
	context
}) => {
	const [first, second] = await twoTabs(context);
	await setPasscode(first, PASSCODE);
	await second.goto('/notes/write');
	await unlock(second, PASSCODE);
	await second.getByLabel('Your words').fill(`a note ${CANARY}`);
	await expect(second.getByTestId('save-status')).toHaveText('Saved');
	// Within the app (a reload would lock it): the list of notes shows this one.
	await second.getByRole('link', { name: 'Notes' }).first().click();
	await expect(second.getByText(CANARY)).toBeVisible();

	await openApp(first, '/');
	await first.getByTestId('quick-exit').click();
	await first.waitForURL(EXIT_SITES);

	await expect(second.getByTestId('lock-screen')).toBeVisible();
	expect(await second.content()).not.toContain(CANARY);
});

test('the Lock button in one tab locks the other, saving its draft first', async ({ context }) => {
	const [first, second] = await twoTabs(context);
	await setPasscode(first, PASSCODE);
	await second.goto('/notes/write');
	await unlock(second, PASSCODE);
	await second.getByLabel('Your words').fill(`draft ${CANARY}`);

	await first.getByTestId('lock-now').click();
	await expect(second.getByTestId('lock-screen')).toBeVisible();
	expect(await second.content()).not.toContain(CANARY);
	expect(await everythingStored(second)).not.toContain(CANARY);

	await second.goto('/notes');
	await unlock(second, PASSCODE);
	await expect(second.getByText(`draft ${CANARY}`)).toBeVisible();
});

test('setting a passcode in one tab locks the other, which then cannot save plain text', async ({
	context
}) => {
	const [first, second] = await twoTabs(context);
	await writeNote(second, `before ${CANARY}`);
	await setPasscode(first, PASSCODE);
	await expect(second.getByTestId('lock-screen')).toBeVisible();
	expect(await everythingStored(second)).not.toContain(CANARY);
});

test('removing the passcode in one tab reloads the other, which then saves readably', async ({
	context
}) => {
	const [first, second] = await twoTabs(context);
	await setPasscode(first, PASSCODE);
	await second.goto('/settings');
	await unlock(second, PASSCODE);
	await expect(second.getByTestId('passcode-change')).toBeVisible();

	await first.getByLabel('Current passcode').fill(PASSCODE);
	await first.getByRole('button', { name: 'Remove passcode' }).click();
	await expect(first.getByText('The passcode has been removed.')).toBeVisible({ timeout: 20_000 });

	await expect(second.getByTestId('passcode-setup')).toBeVisible();
	await writeNote(second, `after ${CANARY}`);
	await first.goto('/notes');
	await expect(first.getByText(`after ${CANARY}`)).toBeVisible();
});
