import { expect, test } from '@playwright/test';
import { openApp, presetPreferences, ROUTES } from './helpers';

// WCAG 1.4.10: at 320 px wide, with the largest text, nothing scrolls sideways, in a left-to-right
// and a right-to-left language.
for (const language of ['en', 'ar']) {
	test(`nothing scrolls sideways at 320 px with the largest text (${language})`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 320, height: 640 });
		await presetPreferences(page, { welcomed: false, textSize: 'larger', language });
		const wide: string[] = [];
		for (const route of ROUTES) {
			await openApp(page, route);
			// Open what a person opens: the notes filter and the backup file chooser are in the page.
			const overflow = await page.evaluate(() => {
				const root = document.documentElement;
				const over = root.scrollWidth - root.clientWidth;
				if (over <= 0) return null;
				const culprits = [...document.querySelectorAll('body *')]
					.filter((el) => {
						const box = el.getBoundingClientRect();
						return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
					})
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
				return `${over} px (${culprits.join(', ')})`;
			});
			if (overflow) wide.push(`${route}: ${overflow}`);
		}
		expect(wide).toEqual([]);
	});
}
