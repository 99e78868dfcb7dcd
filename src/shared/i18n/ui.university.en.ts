import type { DeepStrings } from './merge.js';
import type { uiUniversityZhTW } from './ui.university.zh-TW.js';

export const uiUniversityEn: DeepStrings<typeof uiUniversityZhTW> = {
  universityUi: {
    title: 'University details',
    intro:
      'The name, address and contacts printed on acceptance letters, the status report and notification e-mails; the sign-in page and the header show the name and logo.',
    details: 'Name and contacts',
    nameZh: 'Name in Chinese',
    nameEn: 'Name in English',
    addressZh: 'Address in Chinese',
    addressEn: 'Address in English',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    save: 'Save',
    saved: 'University details saved.',
    logo: 'Logo',
    logoHint: 'PNG or SVG, at most {{maxKb}} KB.',
    logoNone: 'No logo uploaded yet.',
    logoAlt: 'The current logo',
    logoUpload: 'Upload a logo',
    logoSaved: 'Logo updated.',
    reload: 'Load the latest details',
  },
};
