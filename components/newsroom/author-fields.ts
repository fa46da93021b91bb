import type { AdminFieldSpec } from './admin-form-state';

/** The author-profile form's fields, filled from `current` when editing. */
export function authorFields(current?: { name: string; slug: string; jobTitle: string; bio: string; links: string; isActive: boolean }): AdminFieldSpec[] {
  return [
    { name: 'name', label: 'Name', defaultValue: current?.name },
    { name: 'slug', label: 'Slug', defaultValue: current?.slug, hint: 'The address /authors/slug. Empty: made from the name. Changing it redirects the old address.' },
    { name: 'jobTitle', label: 'Job title', defaultValue: current?.jobTitle },
    { name: 'photo', label: 'Photo', type: 'file', hint: 'JPEG, PNG, WebP, AVIF or GIF, up to 10 MB.' },
    { name: 'bio', label: 'Bio', type: 'textarea', defaultValue: current?.bio, hint: 'Plain text, no HTML.', wide: true },
    { name: 'links', label: 'Profile links', type: 'textarea', rows: 3, defaultValue: current?.links, hint: 'One per line: Label | https://… (X, LinkedIn, website…).', wide: true },
    { name: 'isActive', label: 'Active (unticked: shown as a former contributor)', type: 'checkbox', defaultValue: current ? String(current.isActive) : 'on' },
  ];
}
