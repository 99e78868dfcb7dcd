/** Web strings of a student's home page. */
export const uiHomeEn = {
  homeUi: {
    title: 'My exchange',
    subtitle: 'Calls you can apply to, your applications and exchanges, and what to do next.',
    openCalls: 'Calls open for applications',
    noOpenCalls: 'No call is open for applications now.',
    deadline: 'Deadline: {{at}}',
    applied: 'Applied',
    myApplications: 'My applications',
    noApplications: 'You have not applied yet.',
    draftNeeds: 'Not submitted yet: complete and submit it before the deadline.',
    myMobility: 'My exchanges',
    noMobility: 'No exchange recorded yet.',
    period: 'Period: {{from}} to {{to}}',
    openEnded: 'not set',
  },
};
