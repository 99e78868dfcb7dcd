import type { DeepStrings } from './merge.js';
import type { uiTrainingZhTW } from './ui.training.zh-TW.js';

export const uiTrainingEn: DeepStrings<typeof uiTrainingZhTW> = {
  trainingUi: {
    title: 'Staff training',
    intro: 'Online courses and workshops for the faculty and staff who do international work.',
    hours: '{{hours}} hours',
    enrolled: '{{count}} enrolled',
    capacity: '{{capacity}} places',
    enrol: 'Enrol',
    cancel: 'Cancel enrolment',
    noSessions: 'No sessions yet.',
    mine: 'My training',
    certificate: 'Download the certificate',
    attendance: 'Attendance',
    attended: 'Attended',
    absent: 'Absent',
    hoursReport: 'Download the hours report ({{year}})',
    newCourse: 'New course',
    titleZh: 'Title (Chinese)',
    titleEn: 'Title (English)',
    mode: 'Format',
    courseHours: 'Hours',
    create: 'Create the course',
    newSession: 'New session',
    startsOn: 'Date',
    startTime: 'Time',
    location: 'Place or link',
    addSession: 'Add',
  },
};
