import type { DeepStrings } from './merge.js';
import type { resourcesZhTW } from './resources.zh-TW.js';

export const resourcesEn: DeepStrings<typeof resourcesZhTW> = {
  entityTypes: {
    resource: 'Resource',
    resource_category: 'Resource category',
    portal_news: 'Portal news',
    partner_profile: 'Partner public profile',
    testimonial: 'Testimonial',
  },
  notifications: {
    resource: {
      review: {
        title: 'Resource due for review: {{title}}',
        body: 'The resource “{{title}}” you own is due for review on {{reviewOn}}: check it is still right, then upload a new version or set a new review date.',
      },
    },
  },
};
