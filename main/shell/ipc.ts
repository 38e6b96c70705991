/**
 * Registers one IPC handler per contract method, each on its own fixed channel.
 * Before the router sees a request, the sender must be the top frame of a window
 * Verbatim created, showing app://verbatim: not a subframe, not a page that was
 * navigated elsewhere, not some other web contents.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, METHODS } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/result';
import type { Router } from '../ipc/router';
import { isAppUrl } from './origin';

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export function isTrustedSender(event: SenderEvent, isOwnWebContents: (webContentsId: number) => boolean): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false; // the frame navigated away or was destroyed
    if (!isAppUrl(frame.url)) return false;
    if (frame.parent !== null) return false;
    if (!isOwnWebContents(event.sender.id)) return false;
    const main = event.sender.mainFrame;
    return frame.processId === main.processId && frame.routingId === main.routingId;
  } catch {
    // A sender destroyed mid-check throws on access: it is not trusted.
    return false;
  }
}

export const FORBIDDEN_MESSAGE = 'This request did not come from a Verbatim window, so it was refused.';

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router, isOwnWebContents: (webContentsId: number) => boolean): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), async (event: IpcMainInvokeEvent, request: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isOwnWebContents)) return err('FORBIDDEN', FORBIDDEN_MESSAGE);
      try {
        return await router.handle(method, request);
      } catch (error) {
        console.error(`verbatim: ${method} failed`, error);
        return err('INTERNAL', 'Something went wrong inside Verbatim. Nothing was changed by this request.');
      }
    });
  }
}
