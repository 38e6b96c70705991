/**
 * The entry's wiring, with Electron and the database worker replaced by fakes:
 * what happens before ready, at ready, on a second launch and on quit.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_DIALOG_CHANNEL } from '../../shared/files/file-dialog';
import { channelOf, METHODS } from '../../shared/ipc/contract';
import { fakeEvent, FakeSession } from './fakes';

const world = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  type Emitter = InstanceType<typeof EventEmitter>;

  /** A fresh fake `app`, recording what the entry does in `steps`. */
  function makeState(gotLock: boolean) {
    const steps: string[] = [];
    let ready = false;
    let markReady = () => {};
    const readyPromise = new Promise<void>((resolve) => {
      markReady = () => {
        ready = true;
        steps.push('ready');
        resolve();
      };
    });
    const app = Object.assign(new EventEmitter(), {
      isPackaged: true,
      enableSandbox: vi.fn(() => steps.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => gotLock),
      quit: vi.fn(() => steps.push('quit')),
      exit: vi.fn(),
      isReady: () => ready,
      whenReady: () => readyPromise,
      getPath: (name: string) => `/home/worker/.config/Verbatim-${name}`,
    });
    return {
      app,
      steps,
      markReady: () => markReady(),
      windows: [] as Array<Emitter & Record<string, unknown>>,
      ipcChannels: [] as string[],
      session: null as unknown,
      backendClose: vi.fn(async () => undefined),
      workerArgs: [] as unknown[],
    };
  }
  const holder = { state: makeState(true) };
  return { holder, makeState, EventEmitter };
});

vi.mock('electron', () => {
  const { holder, EventEmitter } = world;
  let nextId = 1;
  class BrowserWindow extends EventEmitter {
    readonly webContents = { id: nextId++ };
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    constructor(readonly options: unknown) {
      super();
      holder.state.windows.push(this as unknown as (typeof holder.state.windows)[number]);
    }
  }
  // Getters, so each launch sees the fake Electron of its own test.
  return {
    get app() {
      return holder.state.app;
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string) => holder.state.ipcChannels.push(channel) },
    session: {
      get defaultSession() {
        return holder.state.session;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => holder.state.steps.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string) => holder.state.steps.push(`handle:${scheme}`)),
    },
  };
});

vi.mock('../../main/worker/worker-backend', () => ({
  workerBackend: (...args: unknown[]) => {
    world.holder.state.workerArgs = args;
    world.holder.state.steps.push('workerBackend');
    return { call: vi.fn(), close: world.holder.state.backendClose };
  },
}));

const flush = () => new Promise((resolve) => setImmediate(resolve));

async function launch(gotLock: boolean) {
  const state = world.makeState(gotLock);
  state.session = new FakeSession();
  world.holder.state = state;
  await import('../../main/shell/main');
  return state;
}

describe('the Electron entry', () => {
  beforeEach(() => {
    // A fresh entry module and a fresh fake Electron for each launch.
    vi.resetModules();
  });

  it('quits at once, without opening a window, when another instance is running', async () => {
    const state = await launch(false);
    expect(state.steps).toContain('quit');
    expect(state.app.listenerCount('second-instance')).toBe(0);
    state.markReady();
    await flush();
    expect(state.windows).toHaveLength(0);
    expect(state.steps).not.toContain('workerBackend');
  });

  it('sets up sandbox, scheme, guards, protocol, IPC and the window in that order, then focuses it on a second launch', async () => {
    const state = await launch(true);
    expect(state.steps.slice(0, 2)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
    expect(state.windows).toHaveLength(0);

    state.markReady();
    await flush();
    expect(state.steps.indexOf('ready')).toBeLessThan(state.steps.indexOf('handle:app'));
    // The worker's reports are printed by Electron, in the main process.
    expect(state.workerArgs).toEqual([expect.stringMatching(/db-worker\.cjs$/), { dbPath: '/home/worker/.config/Verbatim-userData/verbatim.db' }, { print: expect.any(Function) }]);
    // One channel per contract method, and the native file dialog's own.
    expect([...state.ipcChannels].sort()).toEqual([...METHODS.map(channelOf), FILE_DIALOG_CHANNEL].sort());

    const session = state.session as FakeSession;
    expect(session.isCancelled('https://example.com/')).toBe(true);
    expect(session.isCancelled('devtools://devtools/bundled/inspector.html')).toBe(true); // packaged: no devtools

    expect(state.windows).toHaveLength(1);
    const window = state.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://verbatim/');
    const options = window?.options as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false, spellcheck: false });
    expect(String(options.webPreferences.preload)).toMatch(/preload\.cjs$/);

    state.app.emit('second-instance', fakeEvent(), ['verbatim'], '/');
    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
  });

  it('holds the quit until the store is closed, then quits', async () => {
    const state = await launch(true);
    state.markReady();
    await flush();
    state.steps.length = 0;
    const willQuit = fakeEvent();
    state.app.emit('will-quit', willQuit);
    expect(willQuit.defaultPrevented()).toBe(true);
    expect(state.backendClose).toHaveBeenCalledOnce();
    await flush();
    expect(state.steps).toEqual(['quit']);
    const second = fakeEvent();
    state.app.emit('will-quit', second);
    expect(second.defaultPrevented()).toBe(false);
  });
});
