import { describe, expect, it } from 'vitest';
import { authorSchema } from './author';

const base = { name: 'Jane Doe', slug: 'jane-doe', jobTitle: '', bio: 'Reports on energy.', links: '', isActive: 'on' };

describe('author validation', () => {
  it('parses links typed one per line, with or without a label', () => {
    const parsed = authorSchema.safeParse({ ...base, links: 'Blog | https://jane.example.org\nhttps://x.com/jane\n' });
    expect(parsed.success && parsed.data.links).toEqual([
      { label: 'Blog', url: 'https://jane.example.org/' },
      { label: 'X', url: 'https://x.com/jane' },
    ]);
  });

  it('refuses HTML in bios, script links and malformed slugs', () => {
    for (const bio of ['<script>alert(1)</script>', 'Hi <b>there</b>', '<img src=x onerror=alert(1)>']) {
      expect(authorSchema.safeParse({ ...base, bio }).success, bio).toBe(false);
    }
    expect(authorSchema.safeParse({ ...base, bio: 'Prices < 5 and > 3' }).success).toBe(true);
    expect(authorSchema.safeParse({ ...base, links: 'javascript:alert(1)' }).success).toBe(false);
    expect(authorSchema.safeParse({ ...base, slug: 'Bad Slug!' }).success).toBe(false);
    expect(authorSchema.safeParse({ ...base, slug: '' }).success).toBe(true);
  });
});
