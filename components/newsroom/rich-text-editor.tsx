'use client';

import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { Figure } from './figure-extension';
import { cleanPastedHtml } from './paste-cleaner';
import { uploadImage } from './upload-image';

type Props = { initialHtml: string; onChange: (html: string) => void; invalid?: boolean; describedBy?: string };

/** The story body: a WYSIWYG editor limited to what the reader site renders. */
export function RichTextEditor({ initialHtml, onChange, invalid, describedBy }: Props) {
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
      }),
      Figure,
      Placeholder.configure({ placeholder: 'Write the story…' }),
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
          'story-body min-h-80 max-w-none px-4 py-3 focus:outline-none [&_.is-editor-empty:first-child]:before:pointer-events-none [&_.is-editor-empty:first-child]:before:float-left [&_.is-editor-empty:first-child]:before:h-0 [&_.is-editor-empty:first-child]:before:text-neutral-400 [&_.is-editor-empty:first-child]:before:content-[attr(data-placeholder)]',
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.isEmpty ? '' : e.getHTML()),
  });

  return (
    <div
      className={`mt-1 rounded-md border bg-white dark:bg-neutral-900 ${invalid ? 'border-red-600 dark:border-red-400' : 'border-neutral-300 dark:border-neutral-700'}`}
    >
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
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

  function setLink() {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
    const url = window.prompt('Link address (https://…)', previous);
    if (url === null) return;
    if (url.trim() === '' || url.trim() === 'https://') chain().extendMarkRange('link').unsetLink().run();
    else if (/^(https?:\/\/|mailto:)/i.test(url.trim())) chain().extendMarkRange('link').setLink({ href: url.trim() }).run();
    else window.alert('Use a full address starting with https:// or mailto:.');
  }

  async function addImage(file: File | undefined) {
    if (!file) return;
    const alt = window.prompt('Describe the image for readers who cannot see it (alt text)') ?? '';
    const result = await uploadImage(file);
    if ('error' in result) {
      window.alert(result.error);
      return;
    }
    chain()
      .insertContent({ type: 'figure', attrs: { src: result.url, alt }, content: [{ type: 'text', text: 'Caption' }] })
      .run();
  }

  const buttons: { label: string; text: string; on?: boolean; run: () => void }[] = [
    { label: 'Paragraph', text: '¶', run: () => chain().setParagraph().run() },
    { label: 'H2 heading', text: 'H2', on: active?.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'H3 subheading', text: 'H3', on: active?.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Bold', text: 'B', on: active?.bold, run: () => chain().toggleBold().run() },
    { label: 'Italic', text: 'I', on: active?.italic, run: () => chain().toggleItalic().run() },
    { label: 'Link', text: 'Link', on: active?.link, run: setLink },
    { label: 'Quote', text: '❝', on: active?.quote, run: () => chain().toggleBlockquote().run() },
    { label: 'Bulleted list', text: '•', on: active?.bullets, run: () => chain().toggleBulletList().run() },
    { label: '1. Numbered list', text: '1.', on: active?.numbers, run: () => chain().toggleOrderedList().run() },
    { label: 'Undo', text: '↶', run: () => chain().undo().run() },
    { label: 'Redo', text: '↷', run: () => chain().redo().run() },
  ];

  return (
    <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-neutral-200 bg-neutral-50 p-1.5 dark:border-neutral-700 dark:bg-neutral-800">
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={b.label}
          title={b.label}
          aria-pressed={b.on === undefined ? undefined : b.on}
          // A mouse click keeps the caret in the text, so typing goes on where it was; the keyboard path refocuses in run().
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
          className={`min-w-9 rounded px-2 py-1 text-sm font-semibold ${b.on ? 'bg-brand-700 text-white dark:bg-brand-600' : 'text-neutral-800 hover:bg-neutral-200 dark:text-neutral-100 dark:hover:bg-neutral-700'} ${b.text === 'I' ? 'italic' : ''}`}
        >
          {b.text}
        </button>
      ))}
      <label className="ml-auto cursor-pointer rounded px-2 py-1 text-sm font-semibold text-neutral-800 hover:bg-neutral-200 dark:text-neutral-100 dark:hover:bg-neutral-700">
        Insert image
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
          className="sr-only"
          onChange={(e) => {
            void addImage(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
