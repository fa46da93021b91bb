/**
 * Word and Google Docs paste carries comments, <o:p> tags, style blocks, class soup and
 * wrapper <b id="docs-internal-guid"> elements. Strip the noise before the editor's schema keeps
 * only what it knows (paragraphs, headings, lists, marks), so pasted text comes in clean.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|xml|meta|link|title)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?o:[^>]*>/gi, '')
    .replace(/<b\b[^>]*id="docs-internal-guid[^"]*"[^>]*>([\s\S]*?)<\/b>/gi, '$1')
    .replace(/\s(style|class|lang|align|face|size|color)="[^"]*"/gi, '')
    .replace(/<span\b[^>]*>|<\/span>|<\/?font\b[^>]*>/gi, '')
    .replace(/<h1\b/gi, '<h2')
    .replace(/<\/h1>/gi, '</h2>')
    .replace(/<h[4-6]\b/gi, '<h3')
    .replace(/<\/h[4-6]>/gi, '</h3>');
}
