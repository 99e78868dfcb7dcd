import type { DeepStrings } from './merge.js';
import type { uiUnitsZhTW } from './ui.units.zh-TW.js';

export const uiUnitsEn: DeepStrings<typeof uiUnitsZhTW> = {
  unitsUi: {
    title: 'Organisation units',
    intro:
      'The university, colleges, departments, degree programs, offices and centers: both names, the MoE department code and the program types each offers. A unit that records point to is deactivated, never deleted.',
    new: 'New unit',
    export: 'Export to Excel',
    import: 'Import from Excel',
    showInactive: 'Show inactive units',
    inactive: 'Inactive',
    empty: 'No units yet.',
    search: 'Search names or codes',
    form: {
      createTitle: 'New unit',
      editTitle: '{{name}}',
      backToList: 'Back to organisation units',
      created: 'Unit created.',
      saved: 'Unit saved.',
      codeHint: 'Letters, digits and hyphens, e.g. ENG-CSIE; imports and permissions name units by code.',
      parentHint: 'The university is the top unit; every other unit has a parent.',
      moeCodeHint: 'The Ministry of Education’s department code, used in the Ministry’s tables.',
      programTypesHint: 'The program types this department or degree program offers (several allowed).',
      references: '{{count}} records point to this unit.',
    },
    activity: {
      archive: 'Deactivate',
      restore: 'Reactivate',
      archiveTitle: 'Deactivate this unit?',
      restoreTitle: 'Reactivate this unit?',
      archiveConfirm: 'Records keep pointing to an inactive unit, but new records should no longer use it.',
      restoreConfirm: 'The unit will be active again.',
      archived: 'Unit deactivated.',
      restored: 'Unit reactivated.',
    },
    remove: {
      label: 'Delete',
      title: 'Delete this unit?',
      confirm: 'No record points to this unit. Deleting it cannot be undone.',
      done: 'Unit deleted.',
    },
  },
};
