import 'server-only';
import { env } from '@/lib/env';

/** Site-wide identity. Settings editable by admins override these defaults (issue: admin). */
export const site = {
  name: 'Meridian Wire',
  tagline: 'Independent news agency: world, politics, business and energy',
  url: env.SITE_URL.replace(/\/$/, ''),
  timeZone: env.SITE_TIME_ZONE,
  locale: 'en-GB',
};
