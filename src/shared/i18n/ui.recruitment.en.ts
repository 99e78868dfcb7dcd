import type { DeepStrings } from './merge.js';
import type { uiRecruitmentZhTW } from './ui.recruitment.zh-TW.js';

export const uiRecruitmentEn: DeepStrings<typeof uiRecruitmentZhTW> = {
  recruitmentUi: {
    funnel: {
      title: 'Recruitment funnel',
      intro: 'Leads, applicants, admitted and enrolled students per country or channel, academic year by year.',
      fromYear: 'From academic year',
      toYear: 'To academic year',
      groupBy: 'Group by',
      download: 'Download Excel',
      noApplicants: 'Applicants and admitted appear once admission applications are kept here.',
      empty: 'No figures for these years.',
      tableLabel: 'Recruitment funnel',
    },
  },
};
