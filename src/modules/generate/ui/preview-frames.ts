/**
 * The studio preview's two frames, one shown and one loading behind it. While a site streams
 * in, its HTML changes every few tens of milliseconds; giving one frame a new `srcdoc` that often
 * means it never finishes a load, so it never paints (a blank page until the end). Instead the
 * next HTML loads in the hidden frame and is swapped in once loaded, and then the newest HTML of
 * that moment goes behind: each section shows as soon as a frame can paint it, never blank.
 */
export type Frames = { front: 0 | 1; html: [string | null, string | null]; isLoading: boolean };

export function initialFrames(html: string | null): Frames {
  return { front: 0, html: [html, null], isLoading: false };
}

/** New HTML: loads behind the shown frame unless a load is already under way (it follows that one). */
export function framesAfterHtml(frames: Frames, html: string | null): Frames {
  if (html === null || frames.isLoading || frames.html[frames.front] === html) return frames;
  const back = (1 - frames.front) as 0 | 1;
  // Already loaded behind (switching back to the language shown a moment ago): show it now. The
  // same srcdoc would not load again, so waiting for its load would wait forever.
  if (frames.html[back] === html) return { ...frames, front: back };
  const next: Frames['html'] = [...frames.html];
  next[back] = html;
  return { ...frames, html: next, isLoading: true };
}

/** A frame finished loading: the one behind comes to the front; the newest HTML (if newer) goes behind. */
export function framesAfterLoad(frames: Frames, index: 0 | 1, latest: string | null): Frames {
  if (!frames.isLoading || index === frames.front) return frames;
  if (latest === null || latest === frames.html[index]) return { ...frames, front: index, isLoading: false };
  // The newest is what was on show before (loaded already): keep showing that one.
  if (latest === frames.html[frames.front]) return { ...frames, isLoading: false };
  const next: Frames['html'] = [...frames.html];
  next[(1 - index) as 0 | 1] = latest;
  return { front: index, html: next, isLoading: true };
}
