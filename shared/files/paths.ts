/** File paths as they cross IPC: the services check them again before touching the disk. */
import { z } from 'zod';

/** An absolute path on this computer (POSIX, Windows drive or UNC), as the file field gives it. */
export const absolutePathSchema = z
  .string()
  .max(4096)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), { message: 'Give the full path of the file' })
  .refine((path) => !path.includes('\0'), { message: 'A path cannot hold a NUL character' });
