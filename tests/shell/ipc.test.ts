import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import type { Router } from '../../main/ipc/router';
import { FORBIDDEN_MESSAGE, isTrustedSender, registerIpc } from '../../main/shell/ipc';
import { channelOf, METHODS } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { FakeFrame, fakeInvokeEvent, FakeWebContents } from './fakes';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const OWN_ID = 1;
const isOwn = (id: number) => id === OWN_ID;

function setUp() {
  const handlers = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) } as unknown as Pick<IpcMain, 'handle'>;
  const router = { handle: vi.fn<Router['handle']>(async (method) => ok({ answeredBy: method })) };
  registerIpc(ipcMain, router, isOwn);
  const call = (channel: string, event: IpcMainInvokeEvent, request: unknown = {}) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler on ${channel}`);
    return listener(event, request);
  };
  return { handlers, router, call };
}

describe('IPC registration', () => {
  it('registers exactly one handler per contract method, on its own channel', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(METHODS.map(channelOf).sort());
  });

  it('passes a request from our window on app://verbatim to the router, under the channel’s own method', async () => {
    const { router, call } = setUp();
    const contents = new FakeWebContents(OWN_ID);
    for (const method of METHODS) {
      const answer = await call(channelOf(method), fakeInvokeEvent(contents, contents.mainFrame), { probe: method });
      expect(answer).toEqual({ ok: true, value: { answeredBy: method } });
      expect(router.handle).toHaveBeenLastCalledWith(method, { probe: method });
    }
  });

  it('turns a router failure into a typed INTERNAL result, not a thrown error', async () => {
    const { router, call } = setUp();
    router.handle.mockRejectedValueOnce(new Error('boom'));
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const contents = new FakeWebContents(OWN_ID);
    const answer = await call(channelOf('getSettings'), fakeInvokeEvent(contents, contents.mainFrame));
    expect(answer).toMatchObject({ ok: false, code: 'INTERNAL' });
    errorLog.mockRestore();
  });
});

describe('IPC sender checks', () => {
  let setup: ReturnType<typeof setUp>;
  beforeEach(() => {
    setup = setUp();
  });

  const forbidden = { ok: false, code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE };

  async function expectForbidden(event: IpcMainInvokeEvent) {
    for (const method of METHODS) {
      expect(await setup.call(channelOf(method), event)).toEqual(forbidden);
    }
    expect(setup.router.handle).not.toHaveBeenCalled();
  }

  it('refuses a message with no sender frame (navigated away or destroyed)', async () => {
    await expectForbidden(fakeInvokeEvent(new FakeWebContents(OWN_ID), null));
  });

  it.each(['https://evil.example/', 'http://127.0.0.1:5173/', 'file:///tmp/page.html', 'app://elsewhere/', 'about:blank', 'devtools://devtools/'])(
    'refuses a top frame showing %s',
    async (url) => {
      const contents = new FakeWebContents(OWN_ID, url);
      await expectForbidden(fakeInvokeEvent(contents, contents.mainFrame));
    },
  );

  it('refuses a subframe, even one on app://verbatim', async () => {
    const contents = new FakeWebContents(OWN_ID);
    const child = new FakeFrame('app://verbatim/embedded', contents.mainFrame, 7, 2);
    await expectForbidden(fakeInvokeEvent(contents, child));
    const foreignChild = new FakeFrame('https://ads.example/', contents.mainFrame, 9, 3);
    await expectForbidden(fakeInvokeEvent(contents, foreignChild));
  });

  it('refuses a top-level frame that is not the main frame of the sending contents', async () => {
    const contents = new FakeWebContents(OWN_ID);
    const stray = new FakeFrame('app://verbatim/', null, 99, 42);
    await expectForbidden(fakeInvokeEvent(contents, stray));
  });

  it('refuses web contents that Verbatim did not create', async () => {
    const contents = new FakeWebContents(OWN_ID + 1);
    await expectForbidden(fakeInvokeEvent(contents, contents.mainFrame));
  });

  it('refuses a sender whose web contents were destroyed mid-check', async () => {
    const destroyed = {
      senderFrame: new FakeFrame('app://verbatim/', null, 7, 1).asFrame(),
      sender: {
        id: OWN_ID,
        get mainFrame(): never {
          throw new Error('Object has been destroyed');
        },
      },
    } as unknown as IpcMainInvokeEvent;
    await expectForbidden(destroyed);
  });

  it('accepts only the good sender', () => {
    const contents = new FakeWebContents(OWN_ID);
    expect(isTrustedSender(fakeInvokeEvent(contents, contents.mainFrame), isOwn)).toBe(true);
  });
});
