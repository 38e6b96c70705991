/**
 * The anonymisation engine: pure TypeScript, no Node or browser APIs beyond TextEncoder,
 * so it runs in main, a worker, the CLI and the renderer.
 */
export { ENTITY_TYPES, type Confidence, type DetectOptions, type Detection, type EntityType } from './types';
export { createDetector, detect, type Detector } from './detect';
export { createBundleAnonymiser, type BundleAnonymiser, type BundleOptions } from './bundle';
export { redact, type AnonymisedText, type MaskedSpan } from './redact';
export { PlaceholderBook, normaliseValue, type HmacSha256 } from './placeholders';
export { hmacSha256, sha256 } from './hmac-sha256';
export { resolveOverlaps } from './spans';
export { isValidNhsNumber } from './detectors/nhs-number';
export { isValidNinoPrefix } from './detectors/nino';
export { isValidOutwardCode } from './detectors/postcode';
export { DEFAULT_ALLOW_LIST } from '../../resources/names/allow-list';
export * from './disclosure/index';
