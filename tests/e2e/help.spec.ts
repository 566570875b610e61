import { expect, test } from '@playwright/test';
import { axeViolations, openApp, presetPreferences } from './helpers';

test('the help directory filters by country; every entry shows its source and checked date', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/help');
	await expect(page.getByText('Waypoint itself never contacts anyone')).toBeVisible();
	for (const [code, name] of [
		['GB', 'Modern Slavery & Exploitation Helpline'],
		['US', 'National Human Trafficking Hotline'],
		['AU', '1800RESPECT']
	]) {
		await page.getByTestId('help-country').selectOption(code!);
		await expect(page.getByTestId('help-entry').filter({ hasText: name! })).toBeVisible();
		const entries = page.getByTestId('help-entry');
		const count = await entries.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const entry = entries.nth(i);
			await expect(entry.getByRole('link', { name: 'Source' })).toHaveAttribute(
				'href',
				/^https:\/\//
			);
			await expect(entry).toContainText(/Last checked \w+ \d+, \d{4}/);
			const call = entry.getByRole('link', { name: /^Call / });
			for (let c = 0; c < (await call.count()); c++) {
				await expect(call.nth(c)).toHaveAttribute('href', /^tel:(\+[1-9]\d{6,14}|\d{3,11})$/);
			}
		}
	}
	await page.getByTestId('help-country').selectOption('GB');
	await expect(page.getByRole('link', { name: /^Call\W*999\W*$/ })).toHaveAttribute(
		'href',
		'tel:999'
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('beside every call, text and outside link, one short line says what trace it leaves', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/help');
	await page.getByLabel('Name', { exact: true }).fill('Maria');
	await page.getByLabel('Phone number (optional)').fill('+44 20 7946 0000');
	await page.getByRole('button', { name: 'Add contact' }).click();
	const lines = {
		call: 'A call stays in the phone’s call log.',
		text: 'A text stays in your messages.',
		web: 'A website opens in the browser and stays in its history.'
	};
	await expect(page.getByTestId('own-contact')).toContainText(lines.call);
	for (const code of ['GB', 'US']) {
		await page.getByTestId('help-country').selectOption(code);
		for (const card of [
			page.getByTestId('help-entry'),
			page.getByRole('region', { name: 'In an emergency' })
		]) {
			for (let i = 0; i < (await card.count()); i++) {
				const entry = card.nth(i);
				const trace = entry.getByTestId('trace');
				await expect(trace).toContainText('Exit can’t close them.');
				const has = async (name: RegExp) => (await entry.getByRole('link', { name }).count()) > 0;
				for (const [kind, link] of [
					['call', /^Call /],
					['text', /^Text /],
					['web', /^(Website|Source)$/]
				] as const) {
					if (await has(link)) await expect(trace).toContainText(lines[kind]);
					else await expect(trace).not.toContainText(lines[kind]);
				}
			}
		}
	}
	await expect(page.getByText('Exit closes only Waypoint.')).toBeVisible();
});

test('own contacts are typed by hand and kept on the device', async ({ page }) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/help');
	await page.getByRole('button', { name: 'Add contact' }).click();
	await expect(page.getByText('A name or nickname is enough, but one is needed.')).toBeVisible();
	await page.getByLabel('Name', { exact: true }).fill('Maria (advocate)');
	await page.getByLabel('Phone number (optional)').fill('+44 20 7946 0000');
	await page.getByRole('button', { name: 'Add contact' }).click();
	await page.reload();
	const contact = page.getByTestId('own-contact');
	await expect(contact).toContainText('Maria (advocate)');
	await expect(contact.getByRole('link', { name: /Call/ })).toHaveAttribute(
		'href',
		'tel:+442079460000'
	);
});

test('Arabic: the help page reads right to left and keeps phone numbers in order', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true, language: 'ar', theme: 'dark' });
	await openApp(page, '/help');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.getByTestId('help-country').selectOption('US');
	const call = page.getByTestId('help-entry').first().locator('a[href^="tel:"]').first();
	expect(await call.innerText()).toContain('\u2066');
	expect(await axeViolations(page)).toEqual([]);
});

test('first run in Arabic, from start to finish', async ({ page }) => {
	await presetPreferences(page, { language: 'ar' });
	await openApp(page, '/');
	const welcome = page.getByTestId('welcome');
	await expect(welcome).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(welcome.locator('h1')).toHaveText(/[\u0600-\u06FF]/);
	expect(await axeViolations(page)).toEqual([]);
	// Ask the browser to keep the data: an answer appears, whatever the browser decides.
	await welcome.locator('button').first().click();
	await expect(welcome.getByRole('status')).not.toBeEmpty();
	// "Later" for the passcode: the welcome ends, and home greets in Arabic.
	await welcome.locator('.actions button').click();
	await expect(page.getByTestId('welcome')).toHaveCount(0);
	await expect(page.locator('h1')).toHaveText('أهلًا بعودتك');
	// It can be opened again from Help.
	await page.goto('/help');
	await page.locator('section').last().getByRole('button').click();
	await expect(page.getByTestId('welcome')).toBeVisible();
});

test('Help says plainly what a phone keyboard may still learn, and how to avoid it', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/help');
	const typing = page.getByRole('region', { name: 'What your keyboard may remember' });
	await expect(typing).toContainText('Many keyboards learn the words you type');
	await expect(typing).toContainText('incognito or private mode');
	await expect(typing).toContainText('turn off predictive text, suggestions and learning');
});

test('Help says plainly what a passcode protects and what stays readable or guessable', async ({
	page
}) => {
	await presetPreferences(page, { welcomed: true });
	await openApp(page, '/help');
	const locked = page.getByRole('region', { name: 'What a passcode protects, and what it cannot' });
	await expect(locked).toContainText('finds only scrambled text');
	await expect(locked).toContainText('how many items are stored');
	await expect(locked).toContainText('keep guessing there without waiting');
	await expect(locked).toContainText('undo history of a text box');
});
