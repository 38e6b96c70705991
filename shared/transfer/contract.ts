/** IPC methods for transfer (filled in by the transfer work). */
export const transferContract = {} as const;
