import type { DeepStrings } from './merge.js';
import type { uiMinistryZhTW } from './ui.ministry.zh-TW.js';

export const uiMinistryEn: DeepStrings<typeof uiMinistryZhTW> = {
  ministryUi: {
    subtitle: 'Computed from the records as they are now; choose any figure to see the records it counts.',
    periodMode: 'Compute for a reporting period or for dates',
    byPeriod: 'Reporting period',
    byDates: 'Dates',
    period: 'Reporting period',
    choosePeriod: 'Choose a reporting period or enter the dates.',
    from: 'First day',
    to: 'Last day',
    referenceDate: 'Reference date',
    grouping: 'Which table',
    export: 'Download xlsx',
    settingsLink: 'Counting settings',
    settingsUsed: 'Counting settings used, with their sources',
    cellLabel: '{{column}}, {{row}}: {{value}}, show the records',
    cellTitle: 'Records counted: {{label}}',
    noRows: 'No records count in this period.',
    settingsTitle: 'Counting settings',
    settingsSubtitle:
      "The rules the Ministry's tables count by, with their sources; a change applies to every report at once.",
    readOnly: 'Only administrators change the settings.',
    edit: 'Edit',
    editSetting: 'Edit: {{label}}',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Setting saved.',
    sourceZh: 'Source (Chinese)',
    sourceEn: 'Source (English)',
    version: 'Version {{version}}',
    defaultValue: 'Default (not changed yet)',
  },
};
