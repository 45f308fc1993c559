import * as z from 'zod/mini';

// The messages between the app and a page it shows in a scripted frame: the editor's canvas and
// the studio's live preview (an iframe sandboxed with `allow-scripts` only, so its origin is
// opaque). Both sides parse every message with these schemas and drop anything else, and both
// check who sent it (acceptAppMessage, acceptFrameMessage). zod/mini keeps the frame's script
// small (it is bundled into the frame).

const sectionId = z.string().check(z.maxLength(40));
const textKey = z.string().check(z.maxLength(120));

export const frameToAppSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** A click: on a section (key null) or on one of its texts. */
  z.object({ type: z.literal('select'), sectionId: z.nullable(sectionId), key: z.nullable(textKey) }),
  /** The text being edited in place, as it reads now (plain text). */
  z.object({ type: z.literal('text'), key: textKey, text: z.string().check(z.maxLength(5000)) }),
  /**
   * A click on a link or button's label: the app opens the link's popover (label and target)
   * beside `rect`, the label's box in the frame's viewport.
   */
  z.object({
    type: z.literal('link'),
    sectionId,
    key: textKey,
    rect: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
  }),
  /** A click on a picture: the app opens the image picker for the image whose alt text is `altKey`. */
  z.object({ type: z.literal('image'), sectionId, altKey: textKey }),
  /** In-place editing of `key` ended (Enter, Escape, focus left). */
  z.object({ type: z.literal('text-done'), key: textKey }),
  /** Undo/redo pressed while the canvas had focus and no text was being edited. */
  z.object({ type: z.literal('history'), action: z.enum(['undo', 'redo']) }),
]);

const patch = z.object({ id: sectionId, html: z.string().check(z.maxLength(2_000_000)) });

export const appToFrameSchema = z.discriminatedUnion('type', [
  /** Replace these sections where they are; `force` also replaces the one being typed in. */
  z.object({ type: z.literal('patch'), sections: z.array(patch).check(z.maxLength(200)), force: z.boolean() }),
  /** The page's sections changed order or number: this is the whole list, in order. */
  z.object({ type: z.literal('sections'), sections: z.array(patch).check(z.maxLength(200)) }),
  z.object({ type: z.literal('select'), sectionId: z.nullable(sectionId) }),
  /**
   * The whole page as the renderer wrote it (the studio's preview while a site streams in): the
   * frame patches what differs — the stylesheet, the header, each section, the footer — in
   * place, so what is already painted stays painted and nothing reloads.
   */
  z.object({ type: z.literal('document'), html: z.string().check(z.maxLength(4_000_000)) }),
]);

export type FrameToApp = z.infer<typeof frameToAppSchema>;
export type AppToFrame = z.infer<typeof appToFrameSchema>;

/** What a message event needs to say about itself (a structural slice of `MessageEvent`). */
export type MessageLike = { source: unknown; origin: string; data: unknown };

/**
 * In the frame: a message is taken only from the window that embeds it, sent from the app's own
 * origin, and of the protocol's shape; anything else (another frame, a page it was opened in, a
 * malformed message) is null.
 */
export function acceptAppMessage(event: MessageLike, parent: unknown, parentOrigin: string): AppToFrame | null {
  if (!parentOrigin || event.source !== parent || event.origin !== parentOrigin) return null;
  const parsed = appToFrameSchema.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}

/**
 * In the app: a message is taken only from our own frame's window, which a sandboxed srcdoc
 * frame without `allow-same-origin` sends with the opaque origin "null", and of the protocol's
 * shape. Another frame, another window or a message with the app's own origin is null.
 */
export function acceptFrameMessage(event: MessageLike, frameWindow: unknown): FrameToApp | null {
  if (!frameWindow || event.source !== frameWindow || event.origin !== 'null') return null;
  const parsed = frameToAppSchema.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}
