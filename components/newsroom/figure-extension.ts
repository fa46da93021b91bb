import { mergeAttributes, Node } from '@tiptap/core';

/**
 * An inline story image with an editable caption: <figure><img><figcaption>…</figcaption></figure>,
 * the exact markup the reader sanitizer allows and the story stylesheet styles.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  addAttributes() {
    return {
      src: { default: null, parseHTML: (el) => el.querySelector('img')?.getAttribute('src') ?? null },
      alt: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '' },
    };
  },
  parseHTML() {
    return [{ tag: 'figure', contentElement: 'figcaption' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { src, alt } = node.attrs as { src: string | null; alt: string };
    return ['figure', mergeAttributes({}, { 'data-figure': '' }, HTMLAttributes.class ? { class: HTMLAttributes.class } : {}), ['img', { src, alt }], ['figcaption', 0]];
  },
});
