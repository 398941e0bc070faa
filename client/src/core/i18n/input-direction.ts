/**
 * Free text runs in the direction of what is typed into it (issue 11): an Arabic name typed in the
 * Swedish interface runs right to left, a Latin one in the Arabic interface left to right, and an
 * empty field follows the page, so that in Arabic the caret starts at the right.
 *
 * A text field or text area that holds text gets `dir="auto"` (its first strong letter decides);
 * an empty one gets no `dir` and takes the page's. Fields that set their own direction (e-mail,
 * phone and identity numbers: `dir="ltr"`) are left alone, and so are other input types. One
 * listener for the whole document instead of a prop on every field: every form, dialog and
 * composer gets it, also the ones still to come.
 */
const FREE_TEXT = 'textarea, input:not([type]), input[type="text"], input[type="search"]';
/** Marks a `dir` this module set, as opposed to one the page set. */
const OURS = 'data-typed-direction';

export function followTypedDirection(element: EventTarget | Node | null): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  if (!element.matches(FREE_TEXT)) return;
  if (element.hasAttribute('dir') && !element.hasAttribute(OURS)) return;
  if (element.value) {
    element.setAttribute('dir', 'auto');
    element.setAttribute(OURS, '');
  } else {
    element.removeAttribute('dir');
    element.removeAttribute(OURS);
  }
}

/** Starts following typed text in `root`; returns the way to stop. */
export function installTypedDirection(root: Document = document): () => void {
  const onEvent = (event: Event) => followTypedDirection(event.target);
  root.addEventListener('input', onEvent, true);
  root.addEventListener('focusin', onEvent, true);
  // Fields that arrive filled in (an edit form, a draft): their direction before anyone types.
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        followTypedDirection(node);
        node.querySelectorAll(FREE_TEXT).forEach(followTypedDirection);
      }
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return () => {
    root.removeEventListener('input', onEvent, true);
    root.removeEventListener('focusin', onEvent, true);
    observer.disconnect();
  };
}
