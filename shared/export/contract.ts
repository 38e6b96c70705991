/** IPC methods for export (filled in by the export work). */
export const exportContract = {} as const;
