/** IPC methods for packs (filled in by the packs work). */
export const packsContract = {} as const;
