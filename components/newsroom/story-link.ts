import Link from '@tiptap/extension-link';

/** The DOM event the editor's element hears when Ctrl/Cmd+K asks for the link dialog. */
export const LINK_KEY_EVENT = 'story-link-key';

/**
 * The story body's link mark. Tiptap's Link is inclusive whenever autolink is on, so text typed
 * right after a link became part of it; here it never is. Ctrl/Cmd+K asks for an address in the
 * editor's link dialog.
 */
export const StoryLink = Link.extend({
  inclusive: () => false,
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.editor.view.dom.dispatchEvent(new CustomEvent(LINK_KEY_EVENT));
        return true;
      },
    };
  },
}).configure({ openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' });
