import * as z from 'zod/mini';

// The messages between the editor (app) and its canvas (a sandboxed iframe with an opaque
// origin). Both sides parse every message with these schemas and drop anything else; the app
// also checks `event.source` is its own frame, the frame that the sender is its parent with the
// app's origin. zod/mini keeps the frame's script small (it is bundled into the frame).

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
]);

export type FrameToApp = z.infer<typeof frameToAppSchema>;
export type AppToFrame = z.infer<typeof appToFrameSchema>;
