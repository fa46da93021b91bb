'use client';

// Last-resort boundary when the root layout itself fails: no stack trace, no details.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem', textAlign: 'center' }}>
        <h1>Something went wrong</h1>
        <p>This page could not be shown. Please try again in a moment.</p>
        {error.digest && <p style={{ color: '#555' }}>Reference: {error.digest}</p>}
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the app shell may be broken here; a full page load is the point */}
          <a href="/">Go to the home page</a>
        </p>
      </body>
    </html>
  );
}
