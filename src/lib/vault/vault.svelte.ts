import { plainCodec, sealedCodec } from '$lib/db/codec';
import { onVaultChanged, setCodec } from './keyring';
import { announce } from './vault-events';
import { remainingWait, type SessionTries } from './unlock-wait';
import { hearOtherTabs, tellOtherTabs } from './tab-sync';
import * as store from './vault.repo';

/**
 * - loading: not known yet
 * - open: no passcode; records are stored plainly
 * - locked: a passcode is set and nothing personal can be read
 * - unlocked: the data key is in memory only
 */
export type VaultStatus = 'loading' | 'open' | 'locked' | 'unlocked';

export type UnlockResult = { ok: true } | { ok: false; waitMs: number };

/** Who hears a lock: every open tab of the app, or (auto-lock, which watches one tab) this one. */
export type LockScope = 'everywhere' | 'this-tab';

/** Setting, changing and removing the passcode: loaded when first needed, not on the first screen. */
const keys = () => import('./vault-keys.repo');

/** The vault as screens see it. The data key lives only inside the keyring's codec. */
class VaultState {
	status = $state<VaultStatus>('loading');
	hasPasscode = $derived(this.status === 'locked' || this.status === 'unlocked');
	/** Re-encrypting every record (set, remove, replace key): how many are done, of how many. */
	progress = $state<{ done: number; total: number } | null>(null);

	/**
	 * Wrong tries in this page's life, timed by the monotonic clock: moving the device clock cannot
	 * shorten the wait within a session. Kept in memory only, beside the stored count.
	 */
	#session: SessionTries | null = null;
	#listening = false;

	/** Reads whether a passcode is set; starts locked when one is. */
	async load(): Promise<void> {
		this.#listen();
		const header = await store.readHeader();
		if (header) {
			setCodec(null);
			this.status = 'locked';
		} else {
			setCodec(plainCodec);
			this.status = 'open';
		}
	}

	/** Other tabs' locks and changes, and writes that found the vault changed, reach this tab. */
	#listen(): void {
		if (this.#listening) return;
		this.#listening = true;
		hearOtherTabs((message) => {
			if (message === 'lock') void this.lock('this-tab');
			else if (message === 'changed') this.#reloadOrLock();
			else this.forget('this-tab');
		});
		onVaultChanged(() => this.#reloadOrLock());
	}

	/** If the vault's state cannot even be read, this tab locks: that is always safe. */
	#reloadOrLock(): void {
		this.reload().catch(() => void this.lock('this-tab'));
	}

	/**
	 * The vault changed elsewhere: drafts get the chance to save (a save is refused, in its own
	 * transaction, if the key it holds is no longer the vault's), then this tab takes the vault's
	 * state as it now is: locked if a passcode is set, open if not.
	 */
	async reload(): Promise<void> {
		if (this.status === 'loading') return this.load();
		const header = await store.readHeader();
		const saved = announce('lock-coming');
		setCodec(header ? null : plainCodec);
		this.status = header ? 'locked' : 'open';
		announce('locked');
		await saved;
	}

	/** How long the person must wait before another try (after five wrong ones). */
	async waitBeforeNextTry(): Promise<number> {
		const failures = await store.readFailures();
		return remainingWait(failures, Date.now(), this.#session, performance.now());
	}

	async unlock(passcode: string): Promise<UnlockResult> {
		const waitMs = await this.waitBeforeNextTry();
		if (waitMs > 0) return { ok: false, waitMs };
		try {
			const { key, keyId } = await store.unlock(passcode);
			setCodec(sealedCodec(key, keyId));
			this.#session = null;
			this.status = 'unlocked';
			return { ok: true };
		} catch (error) {
			if (error instanceof store.WrongPasscodeError) {
				const { count } = await store.readFailures();
				this.#session = {
					count: Math.max(count, (this.#session?.count ?? 0) + 1),
					at: performance.now()
				};
				return { ok: false, waitMs: await this.waitBeforeNextTry() };
			}
			throw error;
		}
	}

	/**
	 * Locks now: the key is dropped and every holder of decrypted data is told to drop it, in the
	 * same task. Without a passcode there is nothing to lock, but holders still drop what they show.
	 * Then, fire and forget, every other open tab is told to lock too.
	 */
	lock(scope: LockScope = 'everywhere'): Promise<void> {
		const saved = announce('lock-coming');
		if (this.status === 'unlocked') {
			setCodec(null);
			this.status = 'locked';
		}
		announce('locked');
		if (scope === 'everywhere') tellOtherTabs('lock');
		return saved;
	}

	async setPasscode(passcode: string): Promise<void> {
		try {
			const { key, keyId } = await (await keys()).createVault(passcode, this.#progress);
			setCodec(sealedCodec(key, keyId));
			this.status = 'unlocked';
			tellOtherTabs('changed');
		} finally {
			this.progress = null;
		}
	}

	/** A new passcode; with `replaceKey`, every record is re-encrypted under a new data key too. */
	async changePasscode(current: string, next: string, replaceKey = false): Promise<void> {
		try {
			const { key, keyId } = await (
				await keys()
			).changePasscode(current, next, {
				replaceKey,
				onProgress: this.#progress
			});
			setCodec(sealedCodec(key, keyId));
			tellOtherTabs('changed');
		} finally {
			this.progress = null;
		}
	}

	async removePasscode(current: string): Promise<void> {
		try {
			await (await keys()).removeVault(current, this.#progress);
			setCodec(plainCodec);
			this.status = 'open';
			tellOtherTabs('changed');
		} finally {
			this.progress = null;
		}
	}

	#progress = (done: number, total: number) => {
		this.progress = { done, total };
	};

	/**
	 * Delete everything: drops the key and what every holder shows, without saving drafts, and
	 * leaves a device with no passcode. `everywhere` tells the other tabs to do the same.
	 */
	forget(scope: LockScope = 'everywhere'): void {
		setCodec(plainCodec);
		this.#session = null;
		announce('wiped');
		this.status = 'open';
		if (scope === 'everywhere') tellOtherTabs('wiped');
	}
}

export const vault = new VaultState();
export { WrongPasscodeError } from './vault.repo';
