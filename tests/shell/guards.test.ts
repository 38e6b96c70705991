import { beforeEach, describe, expect, it, vi } from 'vitest';

// The shell must never load the real electron package (it would download a binary).
vi.mock('electron', () => ({}));

import { configureContentsGuards, configureGuards, configureSessionGuards, isRequestAllowed } from '../../main/shell/guards';
import { fakeEvent, FakeSession, FakeWebContents } from './fakes';

describe('session guards', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    configureSessionGuards(session.asSession(), false);
  });

  it('denies every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check with no', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'serial', 'usb', 'hid']) {
      expect(session.permissionCheckHandler?.(null, permission, 'app://verbatim', {})).toBe(false);
    }
  });

  it.each([
    'http://example.com/',
    'https://www.nhs.uk/',
    'http://127.0.0.1:8080/ipc/getSettings',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'chrome-extension://abc/page.html',
    'app://elsewhere/index.html',
    'not a url',
  ])('cancels %s', (url) => {
    expect(session.isCancelled(url)).toBe(true);
  });

  it.each(['app://verbatim/', 'app://verbatim/assets/index-abc123.js', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://verbatim/0f0e'])(
    'lets %s through',
    (url) => {
      expect(session.isCancelled(url)).toBe(false);
    },
  );

  it('turns the spellchecker off so no dictionaries are fetched and no words are marked', () => {
    expect(session.spellCheckerEnabled).toBe(false);
  });

  it('lets devtools:// through only when developer tools are allowed', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', false)).toBe(false);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', true)).toBe(true);
    expect(isRequestAllowed('https://example.com/', true)).toBe(false);
  });
});

describe('web contents guards', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents(1);
    configureContentsGuards(contents.asWebContents(), false);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on app://verbatim, refuses anything else', (eventName) => {
    for (const url of ['https://example.com/', 'http://localhost:3000/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)', 'app://user@verbatim/']) {
      const event = fakeEvent(url);
      contents.emit(eventName, event, url);
      expect(event.defaultPrevented(), `${eventName} ${url}`).toBe(true);
    }
    const inApp = fakeEvent('app://verbatim/stories');
    contents.emit(eventName, inApp, inApp.url);
    expect(inApp.defaultPrevented()).toBe(false);
  });

  it('denies window.open, whatever the URL', () => {
    for (const url of ['https://example.com/', 'app://verbatim/', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('prevents webviews from attaching', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.defaultPrevented()).toBe(true);
  });

  it('closes developer tools if they open in production', () => {
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });

  it('leaves developer tools alone in development', () => {
    const development = new FakeWebContents(2);
    configureContentsGuards(development.asWebContents(), true);
    development.emit('devtools-opened');
    expect(development.closeDevTools).not.toHaveBeenCalled();
  });
});

describe('configureGuards', () => {
  it('guards the session and the contents together, production by default', () => {
    const session = new FakeSession();
    const contents = new FakeWebContents(3);
    configureGuards(session.asSession(), contents.asWebContents());
    expect(session.isCancelled('https://example.com/')).toBe(true);
    expect(session.isCancelled('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });
});
