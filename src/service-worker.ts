/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

// Every built file, every static file and every prerendered page, including every language: the
// app starts and works with no network after the first visit. Only the app's own files are cached,
// never anything personal.
precacheAndRoute([
	...build.map((url) => ({ url, revision: null })),
	...[...files, ...prerendered].map((url) => ({ url, revision: version }))
]);
cleanupOutdatedCaches();

// Any other address inside the app opens the app shell, which then shows the right screen.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/')));

// A new version waits until the person chooses to restart (see src/lib/pwa/app-update.svelte.ts).
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
