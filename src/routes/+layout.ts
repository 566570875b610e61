import { redirect } from '@sveltejs/kit';
import { returningAfterExit } from '$lib/quick-exit/quick-exit';
import { startApp } from '$lib/shell/start';
import type { LayoutLoad } from './$types';

// Rendered only in the browser: no personal data is ever rendered anywhere else. Each route is
// prerendered as an empty shell so it can be served, and cached, as a static file.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';

export const load: LayoutLoad = async ({ url }) => {
	// Back after a quick exit opens the neutral home, never the screen that was open.
	if (returningAfterExit() && url.pathname !== '/') redirect(307, '/');
	return startApp();
};
