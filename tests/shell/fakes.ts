/**
 * Stand-ins for the few Electron objects the shell touches. Electron itself is
 * never loaded in tests (requiring it would try to download its binary), so every
 * test file mocks the `electron` module and passes these fakes in.
 */
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents, WebFrameMain } from 'electron';
import { vi } from 'vitest';

/** A navigation-like event whose preventDefault we can observe. */
export interface FakeEvent {
  url: string;
  preventDefault: ReturnType<typeof vi.fn>;
  defaultPrevented(): boolean;
}

export function fakeEvent(url = ''): FakeEvent {
  const preventDefault = vi.fn();
  return { url, preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 };
}

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  beforeRequestListener: BeforeRequestListener | null = null;
  spellCheckerEnabled: boolean | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener): void => {
      this.beforeRequestListener = listener;
    },
  };

  asSession(): Session {
    return this as unknown as Session;
  }

  /** Runs a request through the registered listener and reports whether it was cancelled. */
  isCancelled(url: string): boolean {
    if (!this.beforeRequestListener) throw new Error('no onBeforeRequest listener registered');
    let cancel: boolean | undefined;
    this.beforeRequestListener({ url }, (response) => {
      cancel = response.cancel;
    });
    if (cancel === undefined) throw new Error(`onBeforeRequest never answered for ${url}`);
    return cancel;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly closeDevTools = vi.fn();
  readonly mainFrame: FakeFrame;

  constructor(
    readonly id: number,
    mainFrameUrl = 'app://verbatim/',
  ) {
    super();
    this.mainFrame = new FakeFrame(mainFrameUrl, null, 7, 1);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export class FakeFrame {
  constructor(
    readonly url: string,
    readonly parent: FakeFrame | null,
    readonly processId: number,
    readonly routingId: number,
  ) {}
  asFrame(): WebFrameMain {
    return this as unknown as WebFrameMain;
  }
}

export function fakeInvokeEvent(sender: FakeWebContents, frame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender: sender.asWebContents(), senderFrame: frame ? frame.asFrame() : null } as unknown as IpcMainInvokeEvent;
}
