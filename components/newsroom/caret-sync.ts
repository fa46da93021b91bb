import { Extension } from '@tiptap/react';
import { Plugin, TextSelection, type Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The text selection the page shows, as a selection of the editor's document, when it differs
 * from the one the editor holds; null when they agree, or when the page's selection is not a
 * caret or range in the text (a selected image, an input method composing, outside the editor).
 */
export function caretOnPage(view: EditorView): Selection | null {
  const { state } = view;
  if (view.composing || !(state.selection instanceof TextSelection)) return null;
  const page = (view.root as Document).getSelection?.();
  if (!page?.anchorNode || !page.focusNode || !view.dom.contains(page.anchorNode) || !view.dom.contains(page.focusNode)) return null;
  try {
    // The bias ProseMirror gives a selection it reads from the page itself.
    const anchor = view.posAtDOM(page.anchorNode, page.anchorOffset, 1);
    const head = view.posAtDOM(page.focusNode, page.focusOffset, 1);
    if (anchor === state.selection.anchor && head === state.selection.head) return null;
    return TextSelection.between(state.doc.resolve(anchor), state.doc.resolve(head));
  } catch {
    // A position inside something the editor does not map (ProseMirror reads such a selection as none).
    return null;
  }
}

/**
 * Keys act where the caret is on the page. The editor learns that the browser moved the caret
 * (End, Home, the arrows) from the page's selectionchange event, a task that Chrome may run only
 * after the next key has been handled: Enter pressed just after End then split the paragraph
 * where the caret had been, cutting a link in two. Before each key, a caret the page has moved
 * is read into the editor first.
 */
export const CaretSync = Extension.create({
  name: 'caretSync',
  // Before every keymap, so Enter, Backspace and Delete see the caret where it is.
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleKeyDown(view) {
            const moved = caretOnPage(view);
            if (moved) view.dispatch(view.state.tr.setSelection(moved));
            return false;
          },
        },
      }),
    ];
  },
});
