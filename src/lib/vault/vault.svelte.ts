import { plainCodec, sealedCodec } from '$lib/db/codec';
import { setCodec } from './keyring';
import { announce } from './vault-events';
import { waitAfterFailures } from './passcode';
import * as store from './vault.repo';

/**
 * - loading: not known yet
 * - open: no passcode; records are stored plainly
 * - locked: a passcode is set and nothing personal can be read
 * - unlocked: the data key is in memory only
 */
export type VaultStatus = 'loading' | 'open' | 'locked' | 'unlocked';

export type UnlockResult = { ok: true } | { ok: false; waitMs: number };

/** The vault as screens see it. The data key lives only inside the keyring's codec. */
class VaultState {
	status = $state<VaultStatus>('loading');
	hasPasscode = $derived(this.status === 'locked' || this.status === 'unlocked');

	/** Reads whether a passcode is set; starts locked when one is. */
	async load(): Promise<void> {
		const header = await store.readHeader();
		if (header) {
			setCodec(null);
			this.status = 'locked';
		} else {
			setCodec(plainCodec);
			this.status = 'open';
		}
	}

	/** How long the person must wait before another try (after five wrong ones). */
	async waitBeforeNextTry(): Promise<number> {
		const failures = await store.readFailures();
		return Math.max(0, failures.lastAt + waitAfterFailures(failures.count) - Date.now());
	}

	async unlock(passcode: string): Promise<UnlockResult> {
		const waitMs = await this.waitBeforeNextTry();
		if (waitMs > 0) return { ok: false, waitMs };
		try {
			const key = await store.unlock(passcode);
			setCodec(sealedCodec(key));
			this.status = 'unlocked';
			return { ok: true };
		} catch (error) {
			if (error instanceof store.WrongPasscodeError) {
				return { ok: false, waitMs: await this.waitBeforeNextTry() };
			}
			throw error;
		}
	}

	/**
	 * Locks now: the key is dropped and every holder of decrypted data is told to drop it, in the
	 * same task. Without a passcode there is nothing to lock, but holders still drop what they show.
	 */
	lock(): Promise<void> {
		const saved = announce('lock-coming');
		if (this.status === 'unlocked') {
			setCodec(null);
			this.status = 'locked';
		}
		announce('locked');
		return saved;
	}

	async setPasscode(passcode: string): Promise<void> {
		const key = await store.createVault(passcode);
		setCodec(sealedCodec(key));
		this.status = 'unlocked';
	}

	async changePasscode(current: string, next: string): Promise<void> {
		const key = await store.changePasscode(current, next);
		setCodec(sealedCodec(key));
	}

	async removePasscode(current: string): Promise<void> {
		await store.removeVault(current);
		setCodec(plainCodec);
		this.status = 'open';
	}

	/** After delete everything: back to a device with no passcode. */
	forget(): void {
		setCodec(plainCodec);
		announce('wiped');
		this.status = 'open';
	}
}

export const vault = new VaultState();
export { WrongPasscodeError } from './vault.repo';
