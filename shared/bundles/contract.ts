/** IPC methods for bundles (filled in by the bundles work). */
export const bundlesContract = {} as const;
