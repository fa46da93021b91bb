'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useState } from 'react';
import { IMAGE_TYPE_ERROR, IMAGE_TYPES } from './image-dialog';

type Props = { editor: Editor; onLink: () => void; onImage: (file: File) => void };

/** The body's formatting buttons; Link and Insert image open the editor's dialogs. */
export function EditorToolbar({ editor, onLink, onImage }: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      quote: e.isActive('blockquote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
    }),
  });
  const chain = () => editor.chain().focus();

  function pick(file: File | undefined) {
    if (!file) return;
    // The type is checked before anyone is asked to describe the picture (the server checks the content again).
    if (!IMAGE_TYPES.includes(file.type)) return setFileError(IMAGE_TYPE_ERROR);
    setFileError(null);
    onImage(file);
  }

  const buttons: { label: string; text: string; on?: boolean; keys?: string; run: () => void }[] = [
    { label: 'Paragraph', text: '¶', run: () => chain().setParagraph().run() },
    { label: 'H2 heading', text: 'H2', on: active?.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'H3 subheading', text: 'H3', on: active?.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Bold', text: 'B', on: active?.bold, keys: 'Control+B', run: () => chain().toggleBold().run() },
    { label: 'Italic', text: 'I', on: active?.italic, keys: 'Control+I', run: () => chain().toggleItalic().run() },
    { label: 'Link', text: 'Link', on: active?.link, keys: 'Control+K', run: onLink },
    { label: 'Quote', text: '❝', on: active?.quote, run: () => chain().toggleBlockquote().run() },
    { label: 'Bulleted list', text: '•', on: active?.bullets, run: () => chain().toggleBulletList().run() },
    { label: '1. Numbered list', text: '1.', on: active?.numbers, run: () => chain().toggleOrderedList().run() },
    { label: 'Undo', text: '↶', keys: 'Control+Z', run: () => chain().undo().run() },
    { label: 'Redo', text: '↷', run: () => chain().redo().run() },
  ];

  return (
    <div className="sticky top-0 z-10 border-b border-neutral-200 bg-neutral-50 dark:border-neutral-700 dark:bg-neutral-800">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 p-1.5">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-label={b.label}
            title={b.keys ? `${b.label} (${b.keys.replace('Control', 'Ctrl/⌘')})` : b.label}
            aria-keyshortcuts={b.keys}
            aria-pressed={b.on === undefined ? undefined : b.on}
            // A mouse click keeps the caret in the text, so typing goes on where it was; the keyboard path refocuses in run().
            onMouseDown={(e) => e.preventDefault()}
            onClick={b.run}
            className={`min-w-9 rounded px-2 py-1 text-sm font-semibold ${b.on ? 'bg-brand-700 text-white dark:bg-brand-600' : 'text-neutral-800 hover:bg-neutral-200 dark:text-neutral-100 dark:hover:bg-neutral-700'} ${b.text === 'I' ? 'italic' : ''}`}
          >
            {b.text}
          </button>
        ))}
        <label className="ml-auto cursor-pointer rounded px-2 py-1 text-sm font-semibold text-neutral-800 focus-within:outline-3 focus-within:outline-brand-600 hover:bg-neutral-200 dark:text-neutral-100 dark:hover:bg-neutral-700">
          Insert image
          <input
            type="file"
            accept={IMAGE_TYPES.join(',')}
            className="sr-only"
            onChange={(e) => {
              pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {fileError && (
        <p role="alert" className="border-t border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200">
          {fileError}
        </p>
      )}
    </div>
  );
}
