import { describe, expect, it } from 'vitest';
import { acceptAppMessage, acceptFrameMessage } from './frame-protocol';

// Both ends of the scripted frames (editor canvas, studio preview) take a message only from the
// one window they talk to, with the origin that window must have, and of the protocol's shape.

const APP = 'https://app.example';
const parent = { name: 'the embedding app window' };
const frameWindow = { name: 'our frame' };
const documentMessage = { type: 'document', html: '<!doctype html><html><body><main></main></body></html>' };

describe('the frame takes messages from its app only', () => {
  it('accepts a well-formed message from the embedding window with the app origin', () => {
    expect(acceptAppMessage({ source: parent, origin: APP, data: documentMessage }, parent, APP)).toEqual(documentMessage);
    const patch = { type: 'patch', sections: [{ id: 'hero', html: '<section id="hero"></section>' }], force: false };
    expect(acceptAppMessage({ source: parent, origin: APP, data: patch }, parent, APP)).toEqual(patch);
  });

  it('refuses another sender, another origin, or no known app origin', () => {
    expect(acceptAppMessage({ source: { name: 'another frame' }, origin: APP, data: documentMessage }, parent, APP)).toBeNull();
    expect(acceptAppMessage({ source: parent, origin: 'https://evil.example', data: documentMessage }, parent, APP)).toBeNull();
    expect(acceptAppMessage({ source: parent, origin: 'null', data: documentMessage }, parent, APP)).toBeNull();
    expect(acceptAppMessage({ source: parent, origin: '', data: documentMessage }, parent, '')).toBeNull();
  });

  it('refuses a message of the wrong shape', () => {
    const refused = [
      null,
      'document',
      { type: 'eval', code: 'alert(1)' },
      { type: 'document' },
      { type: 'document', html: 42 },
      { type: 'document', html: 'x'.repeat(4_000_001) },
      { type: 'patch', sections: [{ id: 'x'.repeat(41), html: '' }], force: true },
      { type: 'select', sectionId: 7 },
    ];
    for (const data of refused)
      expect(acceptAppMessage({ source: parent, origin: APP, data }, parent, APP), JSON.stringify(data)?.slice(0, 60)).toBeNull();
  });
});

describe('the app takes messages from its own frame only', () => {
  it("accepts a well-formed message from its frame's window with the opaque origin", () => {
    expect(acceptFrameMessage({ source: frameWindow, origin: 'null', data: { type: 'ready' } }, frameWindow)).toEqual({ type: 'ready' });
  });

  it('refuses another window, a real origin (a frame that is not sandboxed), or no frame yet', () => {
    expect(acceptFrameMessage({ source: { name: 'another frame' }, origin: 'null', data: { type: 'ready' } }, frameWindow)).toBeNull();
    expect(acceptFrameMessage({ source: frameWindow, origin: APP, data: { type: 'ready' } }, frameWindow)).toBeNull();
    expect(acceptFrameMessage({ source: undefined, origin: 'null', data: { type: 'ready' } }, undefined)).toBeNull();
    expect(acceptFrameMessage({ source: null, origin: 'null', data: { type: 'ready' } }, null)).toBeNull();
  });

  it('refuses a message of the wrong shape', () => {
    const refused = [
      {},
      { type: 'document', html: '' },
      { type: 'text', key: 'k', text: 'x'.repeat(5001) },
      { type: 'history', action: 'wipe' },
    ];
    for (const data of refused) expect(acceptFrameMessage({ source: frameWindow, origin: 'null', data }, frameWindow)).toBeNull();
  });
});
