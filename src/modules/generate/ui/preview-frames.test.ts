import { describe, expect, it } from 'vitest';
import { framesAfterHtml, framesAfterLoad, initialFrames, type Frames } from './preview-frames';

const shown = (f: Frames) => f.html[f.front];

describe('preview frames', () => {
  it('a stream faster than a frame loads still shows progress: each load brings the newest HTML forward', () => {
    let f = initialFrames('<s0>');
    const seen = [shown(f)];
    // Five sections arrive while the first load behind is still running.
    let latest = '<s0>';
    for (const html of ['<s1>', '<s2>', '<s3>']) {
      latest = html;
      f = framesAfterHtml(f, html);
    }
    expect(f.isLoading).toBe(true);
    expect(shown(f)).toBe('<s0>'); // never blanked while loading
    // The frame behind loaded <s1>: it comes forward and <s3> (the newest) starts loading behind.
    f = framesAfterLoad(f, (1 - f.front) as 0 | 1, latest);
    seen.push(shown(f));
    expect(f.html[(1 - f.front) as 0 | 1]).toBe('<s3>');
    f = framesAfterLoad(f, (1 - f.front) as 0 | 1, latest);
    seen.push(shown(f));
    expect(seen).toEqual(['<s0>', '<s1>', '<s3>']);
    expect(f.isLoading).toBe(false);
  });

  it('the frame on show never gets a new srcdoc, and a late load event of it changes nothing', () => {
    let f = initialFrames('<a>');
    f = framesAfterHtml(f, '<b>');
    const front = f.front;
    expect(f.html[front]).toBe('<a>');
    expect(framesAfterLoad(f, front, '<b>')).toBe(f);
  });

  it('the same HTML again, or none, starts no load', () => {
    const f = initialFrames('<a>');
    expect(framesAfterHtml(f, '<a>')).toBe(f);
    expect(framesAfterHtml(f, null)).toBe(f);
  });

  it('switching back to the page shown a moment ago shows it at once (it is loaded; the same srcdoc would never load again)', () => {
    let f = initialFrames('<en>');
    f = framesAfterHtml(f, '<pt>');
    f = framesAfterLoad(f, (1 - f.front) as 0 | 1, '<pt>');
    expect(shown(f)).toBe('<pt>');
    f = framesAfterHtml(f, '<en>');
    expect(shown(f)).toBe('<en>');
    expect(f.isLoading).toBe(false);
  });

  it('back and forth while a load runs ends on the newest, never waiting for a load that cannot come', () => {
    let f = initialFrames('<en>');
    f = framesAfterHtml(f, '<pt>'); // loading <pt> behind
    f = framesAfterLoad(f, (1 - f.front) as 0 | 1, '<en>'); // by then the person chose <en> again
    expect(shown(f)).toBe('<en>');
    expect(f.isLoading).toBe(false);
  });
});
