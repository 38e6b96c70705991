/** What the app asks about bundles in general: the signing key to show, and where bundles go. */
import type { BundleDefaults, SigningKeyPublic } from '../../shared/bundles/contract';
import type { StoreService } from '../store/store-service';
import type { UserService } from '../users/user-service';
import { exportsFolderFor } from './out-path';
import { organisationSigningKey } from './signing-key';

export class BundleService {
  constructor(
    private readonly store: StoreService,
    private readonly users: UserService,
  ) {}

  /** The public key and fingerprint recipients compare with what `verbatim verify` prints. */
  signingKey(): SigningKeyPublic {
    const user = this.users.require('staff', 'admin');
    const { publicKeyPem, fingerprint } = organisationSigningKey(this.store.requireDb(), this.users.actorOf(user));
    return { publicKeyPem, fingerprint };
  }

  defaults(): BundleDefaults {
    this.users.require();
    return { exportsFolder: exportsFolderFor(this.store.paths.db) };
  }
}
