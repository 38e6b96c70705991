/** Which program wrote a bundle, as its manifest records. */
import { version } from '../../package.json';

export const GENERATOR = { app: 'Verbatim', version } as const;
