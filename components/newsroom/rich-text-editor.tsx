'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { Placeholder } from '@tiptap/extensions';
import { useEffect, useRef, useState } from 'react';
import { CaretSync } from './caret-sync';
import { EditorToolbar } from './editor-toolbar';
import { Figure } from './figure-extension';
import { ImageDialog } from './image-dialog';
import { LinkDialog } from './link-dialog';
import { cleanPastedHtml } from './paste-cleaner';
import { LINK_KEY_EVENT, StoryLink } from './story-link';

type Props = {
  initialHtml: string;
  /** The body's HTML ('' when empty) and its plain text (for the word count). */
  onChange: (html: string, text: string) => void;
  onReady?: (text: string) => void;
  invalid?: boolean;
  describedBy?: string;
};

/**
 * Puts the caret in the paragraph below the figure just inserted (found by its image address),
 * adding that paragraph if the insertion left none. Where the insertion leaves the caret by itself
 * depends on the block it replaced: after an empty paragraph it could land in the caption.
 */
function caretBelowFigure(tr: Transaction, src: string): boolean {
  let after = -1;
  tr.doc.forEach((node, offset) => {
    if (node.type.name === 'figure' && node.attrs.src === src && offset < tr.selection.from) after = offset + node.nodeSize;
  });
  if (after < 0) return true;
  const next = tr.doc.resolve(after).nodeAfter;
  const paragraph = tr.doc.type.schema.nodes.paragraph;
  if (!paragraph) return true;
  if (next?.type !== paragraph) tr.insert(after, paragraph.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  return true;
}

/** The story body: a WYSIWYG editor limited to what the reader site renders, with in-page dialogs for links and images. */
export function RichTextEditor({ initialHtml, onChange, onReady, invalid, describedBy }: Props) {
  const [linkHref, setLinkHref] = useState<string | null>(null);
  const [imageFile, setImageFile] = useState<File | null>(null);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, code: false, codeBlock: false, horizontalRule: false, link: false }),
      StoryLink,
      Figure,
      Placeholder.configure({ placeholder: 'Write the story…' }),
      CaretSync,
    ],
    content: initialHtml,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        id: 'body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Story body',
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class:
          'story-body min-h-80 max-w-none px-4 py-3 focus:outline-none [&_.is-editor-empty:first-child]:before:pointer-events-none [&_.is-editor-empty:first-child]:before:float-left [&_.is-editor-empty:first-child]:before:h-0 [&_.is-editor-empty:first-child]:before:text-neutral-500 [&_.is-editor-empty:first-child]:before:content-[attr(data-placeholder)]',
      },
    },
    onCreate: ({ editor: e }) => onReady?.(e.getText()),
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML(), e.getText()),
  });
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const open = () => setLinkHref((editor.getAttributes('link').href as string | undefined) ?? '');
    dom.addEventListener(LINK_KEY_EVENT, open);
    return () => dom.removeEventListener(LINK_KEY_EVENT, open);
  }, [editor]);

  function openLink() {
    if (editor) setLinkHref((editor.getAttributes('link').href as string | undefined) ?? '');
  }

  // The native dialog gives the focus back to what had it before (the file input, say) as it
  // closes; the caret belongs in the text, so it is put back once the dialog is gone: in an effect,
  // which runs after the dialog's own cleanup has closed it (a timer could run before that, and
  // the dialog's close then took the focus away again, with the next keystrokes). The focus and
  // the editor's selection are written at once (ProseMirror's view.focus()), not on the next frame
  // as Tiptap's focus command does: a keystroke in between would have its caret move undone.
  // (After a click or a key, React runs this effect before the event is done.)
  const refocus = useRef(false);
  function backToText() {
    refocus.current = true;
  }
  useEffect(() => {
    if (!refocus.current || linkHref !== null || imageFile !== null) return;
    refocus.current = false;
    if (editor && !editor.isDestroyed) editor.view.focus();
  }, [editor, linkHref, imageFile]);

  function closeDialogs() {
    setLinkHref(null);
    setImageFile(null);
    backToText();
  }

  // The commands a dialog runs do not focus the editor themselves (Tiptap's focus() writes the
  // selection to the page on the next frame, after the first keystrokes may have moved it): the
  // effect above does, once the dialog is gone.
  function applyLink(href: string) {
    if (!editor) return;
    const chain = editor.chain().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    setLinkHref(null);
    backToText();
  }

  return (
    <div
      className={`mt-1 rounded-md border bg-white dark:bg-neutral-900 ${invalid ? 'border-red-600 ring-1 ring-red-600 dark:border-red-400 dark:ring-red-400' : 'border-neutral-300 dark:border-neutral-700'}`}
    >
      {editor && <EditorToolbar editor={editor} onLink={openLink} onImage={setImageFile} />}
      <EditorContent editor={editor} />
      {linkHref !== null && (
        <LinkDialog
          initialHref={linkHref}
          onApply={applyLink}
          onRemove={() => {
            editor?.chain().extendMarkRange('link').unsetLink().run();
            setLinkHref(null);
            backToText();
          }}
          onClose={closeDialogs}
        />
      )}
      {imageFile && (
        <ImageDialog
          file={imageFile}
          onClose={closeDialogs}
          onInsert={({ src, alt, caption }) => {
            // No caption: an empty <figcaption>; the editor shows a hint there, nothing a reader could see.
            // A paragraph after it, and the caret in that paragraph, so typing goes on below the image.
            editor
              ?.chain()
              .insertContent([{ type: 'figure', attrs: { src, alt }, content: caption ? [{ type: 'text', text: caption }] : [] }, { type: 'paragraph' }])
              .command(({ tr }) => caretBelowFigure(tr, src))
              .run();
            setImageFile(null);
            backToText();
          }}
        />
      )}
    </div>
  );
}
