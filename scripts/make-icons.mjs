// Renders static/icons/icon.svg to the PNG sizes the web app manifest lists, with Debian's Chromium.
// Run by hand after changing the icon: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

const svg = readFileSync(new URL('../static/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: CHROMIUM_ARGS
});
const page = await browser.newPage();
for (const size of [192, 512]) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: `static/icons/icon-${size}.png`, omitBackground: false });
}
await browser.close();
