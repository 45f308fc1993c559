import { acceptAppMessage, type FrameToApp } from '../frame-protocol';

// The script inside the editor's canvas and the studio's live preview. It runs in an iframe
// sandboxed with `allow-scripts` only: an opaque origin, no access to the app's DOM, cookies or
// storage. In the canvas it reports clicks (select a section, edit a text in place) and what is
// typed, and patches sections the app re-rendered; in the preview it patches the page the app
// sends as a site streams in (a page without editor hints has nothing to select or edit). Bundled by scripts/build-frame-script.mjs into
// frame-script.generated.ts; the app's CSP allows exactly that bundle by its hash.

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
    // A picture is changed in the app's image picker (photo and alt text), not in place.
    const picture = target?.closest<HTMLElement>('[data-pm-image]') ?? null;
    if (picture && sectionId) {
      stopEditing();
      send({ type: 'select', sectionId, key: null });
      send({ type: 'image', sectionId, altKey: picture.dataset.pmImage ?? '' });
      return;
    }
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

/** Our own elements, which the rendered page does not have: kept when the page is patched. */
function isFrameOwn(element: Element): boolean {
  return element.tagName === 'SCRIPT'
    ? element.parentElement === document.body
    : element.matches('meta[name="pm-parent-origin"], style[data-pm]');
}

/**
 * Makes `target`'s children read like `source`'s, touching only the ones that differ: an element
 * whose markup is unchanged is left alone (so it stays painted), `<main>` is patched section by
 * section, anything else that changed is replaced where it is.
 */
function patchChildren(target: Element, source: Element) {
  const current = [...target.children].filter((element) => !isFrameOwn(element));
  const wanted = [...source.children];
  wanted.forEach((next, index) => {
    const here = current[index];
    if (here && here.outerHTML === next.outerHTML) return;
    if (here && here.tagName === 'MAIN' && next.tagName === 'MAIN') {
      patchChildren(here, next);
      return;
    }
    const copy = document.importNode(next, true);
    if (here) here.replaceWith(copy);
    else {
      const own = [...target.children].find(isFrameOwn);
      target.insertBefore(copy, own ?? null);
    }
  });
  for (const extra of current.slice(wanted.length)) extra.remove();
}

/** The studio's preview: the page the renderer wrote, patched into this one in place. */
function showDocument(html: string) {
  // DOMParser runs nothing: the page's markup is only read here, then copied over piece by piece.
  const next = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const name of ['lang', 'dir']) {
    const value = next.documentElement.getAttribute(name);
    if (value === null) root.removeAttribute(name);
    else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  }
  patchChildren(document.head, next.head);
  patchChildren(document.body, next.body);
}

window.addEventListener('message', (event) => {
  const message = acceptAppMessage(event, window.parent, parentOrigin);
  if (!message) return;
  if (message.type === 'patch') for (const section of message.sections) replaceSection(section.id, section.html, message.force);
  else if (message.type === 'sections') replaceAllSections(message.sections);
  else if (message.type === 'document') showDocument(message.html);
  else {
    markSelected(message.sectionId);
    const section = message.sectionId ? document.querySelector(`[data-pm-section="${CSS.escape(message.sectionId)}"]`) : null;
    section?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
});

send({ type: 'ready' });
