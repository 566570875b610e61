import { expect, test, type Page } from '@playwright/test';
import {
	axeViolations,
	everythingStored,
	openApp,
	presetPreferences,
	setPasscode,
	unlock
} from './helpers';

async function buildPlan(page: Page) {
	await page.getByRole('link', { name: 'Build my plan' }).click();
	const part = page.getByTestId('plan-part');
	// 1. Warning signs: one example and one of my own.
	await expect(part.getByRole('heading', { level: 2 })).toHaveText('My warning signs and triggers');
	await part.locator('.example').first().click();
	await part.getByLabel('In your own words').fill('Loud arguments next door');
	await part.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(part.getByTestId('plan-item')).toHaveCount(2);
	// 2. Coping: two examples, then reorder them.
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await part.locator('.example').nth(0).click();
	await part.locator('.example').nth(1).click();
	const first = await part.getByTestId('plan-item').first().locator('.text').innerText();
	await part
		.getByTestId('plan-item')
		.nth(1)
		.getByRole('button', { name: /^Move up/ })
		.click();
	await expect(part.getByTestId('plan-item').nth(1).locator('.text')).toHaveText(first);
	// 3 and 4 skipped.
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await page.getByRole('button', { name: 'Skip this part' }).click();
	await page.getByRole('button', { name: 'Skip this part' }).click();
	// 5. A hotline with a number to call or text.
	await expect(part.getByRole('heading', { level: 2 })).toHaveText(
		'Advocates, professionals and hotlines'
	);
	await part.getByLabel('Name or service').fill('Support line');
	await part.getByLabel('Phone number (optional)').fill('+1 888 373 7888');
	await part.getByRole('button', { name: 'Add', exact: true }).click();
	await page.getByRole('button', { name: 'See my plan' }).click();
}

test('build a plan, read it calmly, print two parts, and go back to an earlier version', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	// Two taps from home: the Plan card, then the plan itself.
	await page.getByRole('link', { name: /^Plan/ }).first().click();
	await buildPlan(page);

	const sections = page.getByTestId('plan-section');
	await expect(sections).toHaveCount(3);
	await expect(page.getByText('Loud arguments next door')).toBeVisible();
	const call = page.getByRole('link', { name: /^Call/ });
	await expect(call).toHaveAttribute('href', 'tel:+18883737888');
	await expect(page.getByRole('link', { name: /^Text/ })).toHaveAttribute(
		'href',
		'sms:+18883737888'
	);
	await expect(page.getByTestId('trace')).toHaveText(
		'A call stays in the phone’s call log. A text stays in your messages. Exit can’t close them.'
	);
	expect(await axeViolations(page)).toEqual([]);

	// Print: nothing is chosen at first; two parts chosen, only those two.
	await page.getByRole('link', { name: 'Print' }).click();
	await expect(page.getByTestId('plan-printout')).toHaveCount(0);
	await page.getByLabel('My warning signs and triggers').check();
	await page.getByLabel('Advocates, professionals and hotlines').check();
	const printout = page.getByTestId('plan-printout');
	await expect(printout.getByTestId('plan-section')).toHaveCount(2);
	await expect(printout).toContainText('Loud arguments next door');
	await expect(printout).not.toContainText('Things I can do on my own to cope');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Print my plan' })).toBeHidden();
	await expect(printout).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// Change an entry, then go back to the version before the change.
	await page.goto('/plan/edit?step=1');
	const item = page.getByTestId('plan-item').filter({ hasText: 'Loud arguments next door' });
	await item.getByRole('button', { name: /^Change/ }).click();
	const editor = page.locator('input[id^="edit-"]');
	await expect(editor).toHaveValue('Loud arguments next door');
	await editor.fill('Shouting in the street');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	// The list shows the new words once they are stored; only then leave the page.
	await expect(
		page.getByTestId('plan-item').filter({ hasText: 'Shouting in the street' })
	).toBeVisible();
	await page.goto('/plan');
	await expect(page.getByText('Shouting in the street')).toBeVisible();
	await page.getByRole('link', { name: 'Earlier versions' }).click();
	const previous = page.getByTestId('plan-version').first();
	await previous.getByRole('button', { name: 'Show this version' }).click();
	await expect(previous).toContainText('Loud arguments next door');
	await previous.getByRole('button', { name: 'Go back to this version' }).click();
	await expect(page.getByText(/Your plan is back to the version from/)).toBeVisible();
	await page.goto('/plan');
	await expect(page.getByText('Loud arguments next door')).toBeVisible();
	await expect(page.getByText('Shouting in the street')).toHaveCount(0);
});

test('a review date shows a gentle note on the home screen when it is due', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/plan');
	await page.getByLabel('Look at this again on').fill('2020-01-01');
	await page.getByLabel('Look at this again on').blur();
	await page.goto('/');
	await expect(page.getByTestId('plan-review-due')).toContainText(
		'It might be a good time to look at your plan again'
	);
	await page.goto('/plan');
	await page.getByRole('button', { name: 'No date' }).click();
	await page.goto('/');
	await expect(page.getByTestId('plan-review-due')).toHaveCount(0);
});

test('Arabic: the builder and my plan read right to left, without axe violations', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar', theme: 'dark' });
	await openApp(page, '/plan/edit?step=7');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.locator('#safe-word').fill('ياسمين');
	await page.locator('#safe-word').blur();
	await page.locator('.example').first().click();
	await expect(page.getByTestId('plan-item')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/plan');
	await expect(page.getByText('ياسمين')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('with a passcode, a plan entry is not readable at rest', async ({ page }) => {
	const canary = 'canary-plan-ember-3391';
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/');
	await setPasscode(page, 'plan pass phrase');
	await page.goto('/plan/edit?step=9');
	await unlock(page, 'plan pass phrase');
	await page.getByLabel('In your own words').fill(canary);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByTestId('plan-item')).toContainText(canary);
	await page.reload();
	await expect(page.getByTestId('lock-screen')).toBeVisible();
	expect(await everythingStored(page)).not.toContain(canary);
	await unlock(page, 'plan pass phrase');
	await page.goto('/plan');
	await unlock(page, 'plan pass phrase');
	await expect(page.getByText(canary)).toBeVisible();
});
