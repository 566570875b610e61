import { sealedCodec, VAULT_HEADER_KEY } from '$lib/db/codec';
import { database } from '$lib/db/db';
import { importAesKey, newKdfParameters, randomBytes } from './crypto';
import { setCodec } from './keyring';
import { newKeyId, type OpenVault, type VaultHeader } from './vault.repo';

/**
 * For tests: a vault with a fresh random data key (its header names the key but cannot unwrap
 * it), and a sealed codec for it in use.
 */
export async function sealWithFreshKeyForTests(): Promise<OpenVault> {
	const key = await importAesKey(randomBytes(32));
	const header: VaultHeader = {
		format: 1,
		kdf: newKdfParameters(),
		wrappedKey: randomBytes(48),
		keyId: newKeyId()
	};
	await database().meta.put({ key: VAULT_HEADER_KEY, value: header });
	setCodec(sealedCodec(key, header.keyId!));
	return { key, keyId: header.keyId! };
}
