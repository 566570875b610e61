import { dev } from '$app/environment';

/**
 * Registers the service worker and offers a new version only when one is ready. The new version
 * starts only when the person taps "Restart now", never by itself in the middle of writing.
 */
class AppUpdate {
	ready = $state(false);
	#waiting: ServiceWorker | null = null;

	async register(): Promise<void> {
		if (dev || !('serviceWorker' in navigator)) return;
		try {
			const registration = await navigator.serviceWorker.register('/service-worker.js', {
				type: 'classic'
			});
			const offer = (worker: ServiceWorker | null) => {
				// With no controller this is the first install, not an update.
				if (worker && navigator.serviceWorker.controller) {
					this.#waiting = worker;
					this.ready = true;
				}
			};
			offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed') offer(worker);
				});
			});
			// Look for a new version when the person comes back to the app, not while they use it.
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') registration.update().catch(() => {});
			});
		} catch (error) {
			console.warn('Offline support is not available in this browser.', error);
		}
	}

	/** Starts the new version: the page reloads once the new service worker has taken over. */
	apply(): void {
		if (!this.#waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		this.#waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	dismiss(): void {
		this.ready = false;
	}
}

export const appUpdate = new AppUpdate();
