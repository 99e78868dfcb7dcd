import type { DeepStrings } from './merge.js';
import type { uiAcademicCalendarZhTW } from './ui.academic-calendar.zh-TW.js';

export const uiAcademicCalendarEn: DeepStrings<typeof uiAcademicCalendarZhTW> = {
  academicCalendarUi: {
    title: 'Academic calendar',
    intro:
      'Each academic year’s first and second semester, and when teaching starts. A semester left unset keeps the defaults: first semester 1 August – 31 January, second 1 February – 31 July; teaching 1 September – 31 January and 1 February – 30 June. The Ministry tables’ semesters and calls’ exchange dates follow these dates.',
    year: 'Academic year {{from}}–{{to}} ({{roc}})',
    addYear: 'Add academic year',
    yearInput: 'Academic year (ROC)',
    empty: 'No academic year is set yet: all use the default dates.',
    semesters: { '1': 'First semester', '2': 'Second semester' },
    defaults: 'Default',
    range: '{{from}} – {{to}}',
    teaching: 'Teaching starts {{from}}, ends {{to}}',
    set: 'Set dates',
    edit: 'Edit',
    fields: {
      firstDay: 'First day',
      lastDay: 'Last day',
      teachingStart: 'Teaching starts',
      teachingEnd: 'Teaching ends',
    },
    teachingHint: 'Leave blank for the defaults (teaching from 1 September, to 30 June), kept within the semester.',
    saved: 'Semester dates saved.',
    conflict: 'Someone else changed this semester’s dates: the latest version is shown; check it and save again.',
    remove: {
      label: 'Back to defaults',
      title: 'Remove these semester dates?',
      confirm: 'The semester will use the default dates.',
      done: 'The semester uses the default dates again.',
    },
  },
};
