import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('every request of a whole session goes to the app’s own origin', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	context.on('serviceworker', (worker) => requests.push(worker.url()));

	await openApp(page);
	await page.getByTestId('language').first().selectOption('es');
	await page.getByTestId('language').first().selectOption('ar');
	await page.getByTestId('language').first().selectOption('en');
	await page.getByRole('button', { name: 'Maybe later' }).click();
	for (const name of ['Notes', 'Plan', 'People', 'Goals', 'Practice', 'Help', 'Settings']) {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.getByLabel('Dark').check();
	await page.getByRole('button', { name: 'I need a moment' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
	await page
		.getByTestId('passcode-setup')
		.getByLabel('New passcode', { exact: true })
		.fill('quiet river stones');
	await page
		.getByTestId('passcode-setup')
		.getByLabel('Type the new passcode again')
		.fill('quiet river stones');
	await page.getByRole('button', { name: 'Set passcode' }).click();
	await expect(page.getByText('Your passcode is set.')).toBeVisible({ timeout: 15_000 });
	await page.getByTestId('lock-now').click();
	await page.getByLabel('Passcode').fill('quiet river stones');
	await page.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible({
		timeout: 15_000
	});
	await page.reload();
	await expect(page.getByTestId('lock-screen')).toBeVisible();

	expect(requests.length).toBeGreaterThan(10);
	const elsewhere = requests.filter(
		(url) => new URL(url).origin !== origin && !url.startsWith('data:')
	);
	expect(elsewhere).toEqual([]);
});

test('a strict Content-Security-Policy allows only the app’s own origin', async ({ page }) => {
	await openApp(page);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("connect-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).toContain("base-uri 'none'");
	expect(policy).toContain("form-action 'none'");
	const scripts = /script-src ([^;]*)/.exec(policy!)![1]!;
	expect(scripts).not.toContain('unsafe-inline');
	expect(scripts).not.toContain("'unsafe-eval'");
	expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');

	// The policy is enforced: the browser itself refuses a request to another origin.
	const violated = await page.evaluate(async () => {
		const violation = new Promise<string>((resolve) =>
			document.addEventListener('securitypolicyviolation', (event) =>
				resolve(event.effectiveDirective)
			)
		);
		await fetch('https://example.com/').catch(() => undefined);
		return violation;
	});
	expect(violated).toBe('connect-src');
});
