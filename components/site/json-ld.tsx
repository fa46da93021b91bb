import { serializeJsonLd } from '@/lib/structured-data';

/** schema.org JSON-LD for search engines. The serializer escapes `<`, so text cannot end the script. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
