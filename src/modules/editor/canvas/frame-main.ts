import { appToFrameSchema, type FrameToApp } from '../canvas-protocol';

// The script inside the editor's canvas. It runs in an iframe sandboxed with `allow-scripts`
// only: an opaque origin, no access to the app's DOM, cookies or storage. It does three things:
// reports clicks (select a section, edit a text in place), reports what is typed, and patches
// sections the app re-rendered. Bundled by scripts/build-editor-frame.mjs into
// canvas-script.generated.ts; the app's CSP allows exactly that bundle by its hash.

const parentOrigin = document.querySelector<HTMLMetaElement>('meta[name="pm-parent-origin"]')?.content ?? '';
let editing: HTMLElement | null = null;

function send(message: FrameToApp) {
  // Only the app's own origin may receive what is typed here.
  if (parentOrigin) window.parent.postMessage(message, parentOrigin);
}

function sectionOf(element: Element | null): HTMLElement | null {
  return element?.closest<HTMLElement>('[data-pm-section]') ?? null;
}

function markSelected(sectionId: string | null) {
  for (const element of document.querySelectorAll('.pm-selected')) element.classList.remove('pm-selected');
  if (!sectionId) return;
  const section = document.querySelector(`[data-pm-section="${CSS.escape(sectionId)}"]`);
  section?.classList.add('pm-selected');
}

function stopEditing() {
  const element = editing;
  if (!element) return;
  editing = null;
  element.removeAttribute('contenteditable');
  element.classList.remove('pm-editing');
  send({ type: 'text-done', key: element.dataset.pmKey ?? '' });
}

function startEditing(element: HTMLElement) {
  if (editing === element) return;
  stopEditing();
  editing = element;
  element.setAttribute('contenteditable', 'plaintext-only');
  element.classList.add('pm-editing');
  element.focus();
}

document.addEventListener(
  'click',
  (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // Links and buttons on the page are content here, not navigation.
    if (target?.closest('a, button, form, summary')) event.preventDefault();
    // Enter on a focused link clicks the link itself, not its label: find the label inside it.
    const text =
      target?.closest<HTMLElement>('[data-pm-key]') ?? target?.closest('a, button')?.querySelector<HTMLElement>('[data-pm-key]') ?? null;
    const section = sectionOf(target);
    const sectionId = section?.dataset.pmSection ?? null;
    markSelected(sectionId);
    // A link or button's label is edited in the app's popover (label and target), not in place.
    const isLink = text !== null && sectionId !== null && text.closest('a, button') !== null;
    if (text && !isLink) startEditing(text);
    else stopEditing();
    send({ type: 'select', sectionId, key: isLink ? null : (text?.dataset.pmKey ?? null) });
    if (isLink) {
      const box = text.getBoundingClientRect();
      send({ type: 'link', sectionId, key: text.dataset.pmKey ?? '', rect: { x: box.x, y: box.y, width: box.width, height: box.height } });
    }
  },
  true,
);

document.addEventListener('submit', (event) => event.preventDefault(), true);

document.addEventListener('input', (event) => {
  if (!editing || event.target !== editing) return;
  send({ type: 'text', key: editing.dataset.pmKey ?? '', text: editing.innerText.slice(0, 5000) });
});

document.addEventListener('focusout', (event) => {
  if (editing && event.target === editing) stopEditing();
});

document.addEventListener('keydown', (event) => {
  if (editing && (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey))) {
    event.preventDefault();
    editing.blur();
    return;
  }
  const isMod = event.ctrlKey || event.metaKey;
  if (!editing && isMod && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    send({ type: 'history', action: event.shiftKey ? 'redo' : 'undo' });
  }
});

function parseSection(html: string): Element | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild;
}

function replaceSection(id: string, html: string, force: boolean) {
  const current = document.querySelector(`[data-pm-section="${CSS.escape(id)}"]`);
  const next = parseSection(html);
  if (!current || !next) return;
  if (editing && current.contains(editing)) {
    // The person is typing in this section: their own keystrokes are already on screen.
    if (!force) return;
    editing = null;
  }
  if (current.classList.contains('pm-selected')) next.classList.add('pm-selected');
  current.replaceWith(next);
}

function replaceAllSections(sections: { id: string; html: string }[]) {
  const existing = [...document.querySelectorAll('main [data-pm-section]')];
  const main = document.querySelector('main');
  if (!main) return;
  const selected = document.querySelector('.pm-selected')?.getAttribute('data-pm-section') ?? null;
  const anchor = existing[0] ?? null;
  const fragment = document.createDocumentFragment();
  for (const { html } of sections) {
    const element = parseSection(html);
    if (element) fragment.append(element);
  }
  if (anchor) anchor.before(fragment);
  else main.append(fragment);
  for (const element of existing) element.remove();
  editing = null;
  markSelected(selected);
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.origin !== parentOrigin) return;
  const parsed = appToFrameSchema.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === 'patch') for (const section of message.sections) replaceSection(section.id, section.html, message.force);
  else if (message.type === 'sections') replaceAllSections(message.sections);
  else {
    markSelected(message.sectionId);
    const section = message.sectionId ? document.querySelector(`[data-pm-section="${CSS.escape(message.sectionId)}"]`) : null;
    section?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
});

send({ type: 'ready' });
