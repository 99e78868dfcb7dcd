import type { DeepStrings } from './merge.js';
import type { uiImportsZhTW } from './ui.imports.zh-TW.js';

export const uiImportsEn: DeepStrings<typeof uiImportsZhTW> = {
  importsUi: {
    title: 'Bulk import',
    intro:
      'Add or update many records from one Excel file. Every row is checked first and nothing is written until you import.',
    kind: {
      label: 'What to import',
      partners_agreements: 'Partners and agreements',
      mobilities: 'Outbound mobility (short-term, iPBL, camps, internships, competitions, dual degree)',
      units: 'Organisation units (colleges, departments, programs, offices, centers)',
      accounts: 'People and accounts (students, staff)',
    },
    template: {
      heading: '1. Download the template',
      bodies: {
        partners_agreements:
          'The template has a Partners and an Agreements sheet with headers in Chinese and English, instructions, and the lists of codes.',
        mobilities:
          'The template has an Outbound mobility sheet — one student’s stay abroad per row, for the kinds without a call — with headers in Chinese and English, instructions, and the lists of codes.',
        units:
          'The template has a Units sheet — one unit per row with both names, kind, parent unit code, MoE department code and program types — with headers in Chinese and English, instructions, and the lists of codes.',
        accounts:
          'The template has a People and accounts sheet — one person per row, matched by student or staff number; with a role, their account is created or updated too — with headers in Chinese and English, instructions, and the lists of codes.',
      },
      download: 'Download the import template',
    },
    upload: {
      heading: '2. Upload and check',
      label: 'Excel file (.xlsx)',
      description: 'Up to 10 MB. Uploading only checks the file; nothing is written.',
      check: 'Check the file',
      tooLarge: 'The file is larger than 10 MB. Split it into several files.',
      details: 'Details:',
    },
    report: {
      heading: '3. Check results',
      summary: '{{file}}: {{total}} data rows',
      sheet: 'Sheet',
      allSheets: 'All sheets',
      row: 'Row',
      column: 'Column',
      where: '{{sheet}}, row {{row}}',
      cell: 'Cell',
      message: 'Problem',
      noIssues: 'No problems found: the file can be imported.',
      issuesHeading: 'Problems to fix ({{total}})',
      issuesTable: 'Problems found',
      truncated: 'Only the first {{shown}} of {{total}} problems are kept.',
      rowsHeading: 'What happens to each row',
      rowsTable: 'What happens to each row',
      action: 'Action',
      allActions: 'All',
      name: 'Name',
    },
    actions: { create: 'New', update: 'Update', unchanged: 'Unchanged', error: 'Has errors' },
    statuses: {
      validated: 'Checked, not imported yet',
      importing: 'Importing',
      imported: 'Imported',
      failed: 'Import failed',
    },
    commit: {
      all: 'Import',
      allHint: 'While the file has errors, only “Import valid rows only” is possible.',
      validOnly: 'Import valid rows only',
      confirmTitle: 'Import valid rows only?',
      confirmBody:
        '{{write}} rows will be processed and {{skipped}} rows with errors skipped. You can fix the skipped rows and import them later.',
      confirm: 'Import {{write}} rows',
      nothingToWrite: 'No row can be imported. Fix the file and upload it again.',
      progressLabel: 'Import progress',
      progress: 'Importing… {{processed}} of {{total}} rows done',
      preparing: 'Importing… writing the records',
      sendInvites: 'Mail an invitation to each new account',
      sendInvitesHint:
        'New accounts get a link to set their password (valid for 7 days); otherwise send it later from the user’s page.',
    },
    result: {
      heading: 'Import finished',
      body: '{{create}} created, {{update}} updated, {{unchanged}} unchanged, {{error}} skipped.',
      partners: 'Go to partners',
      agreements: 'Go to agreements',
      mobilities: 'Go to mobility records',
      units: 'Go to organisation units',
      another: 'Import another file',
      failed: 'The import did not finish and nothing was written. You can try again.',
    },
  },
};
