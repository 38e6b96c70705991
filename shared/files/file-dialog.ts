/**
 * The native "choose a file" dialog, offered by the desktop shell beside the IPC
 * contract (the web harness has none: there the path is typed). Only a path comes
 * back; the file itself is read by the services that are given that path.
 */
import { z } from 'zod';

export const FILE_DIALOG_CHANNEL = 'verbatim-files:choose';

export const fileDialogRequestSchema = z
  .object({
    mode: z.enum(['open', 'save']),
    title: z.string().max(200),
    /** A suggested folder or full path to start in. */
    defaultPath: z.string().max(4096).optional(),
    /** File types offered, such as { name: 'Verbatim bundle', extensions: ['zip'] }. */
    filters: z.array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).max(10) }).strict()).max(10).default([]),
  })
  .strict();
export type FileDialogRequest = z.input<typeof fileDialogRequestSchema>;

/** The chosen absolute path, or null when the person closed the dialog. */
export const fileDialogResponseSchema = z.string().max(4096).nullable();

/** What the preload exposes as `window.verbatimFiles` in the desktop app. */
export interface VerbatimFiles {
  choose(request: FileDialogRequest): Promise<string | null>;
}
