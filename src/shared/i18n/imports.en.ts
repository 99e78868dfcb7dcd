import type { importsZhTW } from './imports.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const importsEn: DeepStrings<typeof importsZhTW> = {
  imports: {
    title: 'Bulk import',
    unitTitle: 'Organisation units import',
    mobilityTitle: 'Outbound mobility import',
    accountsTitle: 'People and accounts import',
    sheets: {
      partners: 'Partners',
      agreements: 'Agreements',
      mobilities: 'Outbound mobility',
      units: 'Units',
      accounts: 'People and accounts',
      instructions: 'Instructions',
      lists: 'Lists',
    },
    columns: {
      owningUnitCode: 'Owning unit code',
      partnerRefs: 'Partners (code or name)',
      notes: 'Notes',
      studentNo: 'Student number',
      partnerRef: 'Partner (code or English name)',
      hostNameZh: 'Host (Chinese name)',
      hostNameEn: 'Host (English name)',
      startDate: 'Start date',
      endDate: 'End date',
      purpose: 'Purpose',
      personNumber: 'Student or staff number',
      unitCode: 'Unit code',
      role: 'Account role',
    },
    lists: {
      countryCode: 'Country / region code',
      nameZh: 'Chinese name',
      nameEn: 'English name',
      unitCode: 'Unit code',
      yesNo: 'Yes / No',
    },
    yes: 'Yes',
    no: 'No',
    template: {
      fileName: 'bulk-import-template',
      unitFileName: 'organisation-units-import-template',
      mobilityFileName: 'outbound-mobility-import-template',
      accountsFileName: 'People and accounts import template',
      examplePurpose: 'Summer short-term study',
      pickTitle: 'Choose a value',
      pickMessage: 'Pick from the list, or enter the code or the name in Chinese or English.',
      instructions: {
        rows: 'One record per row. Row 2 is an example (code EXAMPLE): it is skipped on import and may be deleted.',
        required:
          'Columns marked * are required. Columns may be in any order; a header may be in Chinese or English only.',
        country: 'Country / region: the ISO two-letter code (e.g. JP, US) or the name in Chinese or English.',
        choices: 'Type, status, kind: pick from the list, or enter the code or the name in Chinese or English.',
        unit: 'Owning unit: the unit code, e.g. OIA-IC (International Cooperation) or ENG (College of Engineering); see the Lists sheet.',
        partners:
          'Partners of an agreement: the partner code, or the English name with the country code, e.g. Kyoto University (JP); separate several with a semicolon ;. Partners on the Partners sheet of the same file may be named.',
        dates: 'Dates: an Excel date, or text as YYYY-MM-DD (e.g. 2026-08-01).',
        yesNo: 'Yes/no columns: yes, no, Y, N, 1, 0; blank means no.',
        status:
          'An agreement’s status is Draft or Active only. Enter Active for a signed agreement (it needs a start date, and an end date or open-ended); blank means Active. Later status changes are made in the app.',
        matching:
          'Importing again creates no duplicates: partners match on their code, or without one on English name and country; agreements match on our agreement code, or without one on kind, English title and partners. A matched record is updated only if something changed.',
        blanks:
          'A blank cell never clears existing data (except yes/no columns); an existing agreement’s status is not changed by an import.',
        check: 'After the upload every row is checked and nothing is written; you import after reviewing the report.',
      },
      unitInstructions: {
        rows: 'One unit per row. Row 2 is an example (code EXAMPLE): it is skipped on import and may be deleted.',
        required:
          'Columns marked * are required. Columns may be in any order; a header may be in Chinese or English only.',
        check: 'After the upload every row is checked and nothing is written; you import after reviewing the report.',
        kind: 'Kind: university, college, department, degree program, office, division or center; pick from the list, or enter the code or the name in Chinese or English.',
        parent:
          'Parent unit code: the code of an existing unit or of a row above in this file (a parent comes before its sub-units). The university has no parent.',
        codes:
          'Unit codes use letters, digits and hyphens only (e.g. ENG-CSIE); the MoE department code is the Ministry of Education’s code for the department.',
        programTypes:
          'Program types: one or several, separated by commas or semicolons, e.g. Bachelor, Master, Doctoral.',
        matching:
          'Importing again creates no duplicates: units match on their code, and an existing unit is updated only if something changed.',
        blanks:
          'A blank cell never clears existing data. Whether a unit is active is set on its page in the app, not by an import.',
      },
      mobilityInstructions: {
        rows: 'One student’s stay abroad per row. Row 2 is an example (student number EXAMPLE): it is skipped on import and may be deleted.',
        required:
          'Columns marked * are required. Columns may be in any order; a header may be in Chinese or English only.',
        check: 'After the upload every row is checked and nothing is written; you import after reviewing the report.',
        student: 'Student number: a student already registered in People.',
        kind: 'Kind: short-term study, iPBL project, camp abroad, internship abroad, international competition or dual degree. Exchange goes through a call and cannot be imported.',
        host: 'A partner: its code, or the English name with the country code, e.g. Kyoto University (JP). Any other host: its name in Chinese or English.',
        country:
          'Country / region: the ISO two-letter code (e.g. JP, US) or the name in Chinese or English; blank means the partner’s country.',
        dates:
          'Dates: an Excel date, or text as YYYY-MM-DD (e.g. 2026-08-01). The start date is required; the end date cannot be before it.',
        credits:
          'Credit-bearing: yes or no (blank means no); only credit-bearing stays may give credits. A credit-bearing stay of a semester or more is flagged “at least one semester (credits)”.',
        status:
          'Status: planned, abroad, returned or closed; blank follows the dates (planned before the start, returned after the end, abroad in between). An existing record’s status only moves forward, never back.',
        matching:
          'Importing again creates no duplicates: the same student, kind, start date and partner (or host name) is the same record, updated only if something changed.',
        blanks: 'A blank cell never clears existing data (except yes/no columns).',
      },
      accountsInstructions: {
        rows: 'Each row is one person (student, staff or visiting scholar). Row 2 is an example (number EXAMPLE): it is skipped on import and may be deleted.',
        required:
          'Columns marked * are required. Columns may be reordered; a header may be in Chinese or English only.',
        check: 'After the upload every row is checked and nothing is written; you import after reviewing the result.',
        number:
          'Number: the student number for a student, the staff number for anyone else; existing people are matched by it.',
        unit: 'Unit: the unit code, e.g. CSIE (Computer Science and Information Engineering); the codes are on the Lists sheet.',
        role: 'Account role: leave blank to import the person only; with a role, e-mail and unit are required, and the account with that e-mail is created or updated, given the role in that unit and linked to the person.',
        matching:
          'Importing again creates nothing twice: people are matched by number, accounts by e-mail; they are updated only when something changed.',
        blanks: 'Blank cells never clear existing values; an existing account keeps its other roles.',
        invite:
          'New accounts have no password: tick "Mail an invitation" when importing and each user sets their own from the link in the mail.',
      },
    },
    rowErrors: {
      unknownUnit: 'No unit has the code “{{value}}”.',
      unknownPartner:
        'No partner “{{value}}” found. Enter its code, or the English name with the country code, e.g. Kyoto University (JP).',
      ambiguousPartner: 'Several partners are named “{{value}}”: add the country code or use the partner code.',
      partnerRowInvalid: 'Partner “{{value}}” (row {{row}} of the Partners sheet) has errors to fix first.',
      duplicateRow: 'Duplicate of row {{row}}.',
      sameRecord: 'Matches the same existing record as row {{row}}.',
      unknownStudent: 'No student has the student number “{{value}}”.',
      personLinkedElsewhere: 'The person with number “{{value}}” is linked to another account.',
      accountLinkedElsewhere: 'The account “{{value}}” is linked to another person.',
      kindNotAllowed: 'The kind “{{value}}” cannot be imported. Use one of: {{kinds}}.',
      unknownParent:
        'No parent unit has the code “{{value}}”: enter the code of an existing unit or of a row above in this file.',
      unknownCountry:
        'No country or region “{{value}}”. Enter the ISO two-letter code (e.g. JP) or the name in Chinese or English.',
    },
  },
  validation: {
    import_missing_column: 'The {{sheet}} sheet has no column “{{column}}”, which is required.',
  },
  errors: {
    importNoFile: 'Choose an Excel file (.xlsx) to upload.',
    importNotXlsx:
      'This file is not an Excel workbook (.xlsx). Save it as .xlsx from the import template and try again.',
    importTooLarge: 'The file is too large: an import file cannot be larger than 10 MB.',
    importInflatedTooLarge:
      'The workbook unpacks to more than 128 MB and cannot be imported: save it from the import template as .xlsx, or split it into several files.',
    importTooManyCells: 'Too many cells: at most 1,500,000 cells per import. Split the file into several.',
    importTooManyRows: 'Too many rows: at most 50,000 rows per import. Split the file into several.',
    importNoSheets: 'No Partners or Agreements sheet found. Please use the import template.',
    importNoUnitSheet: 'No Units sheet found. Please use the organisation units import template.',
    importNoMobilitySheet: 'No Outbound mobility sheet found. Please use the outbound mobility import template.',
    importNoAccountSheet: 'No People and accounts sheet found: please use the people and accounts import template.',
    importEmpty: 'The file has no data rows.',
    importMissingColumns: 'A sheet is missing required columns. Please use the import template.',
    importHasErrors: 'The file still has errors. Fix them and upload it again, or choose “Import valid rows only”.',
    importNotPending: 'This batch has already been imported or is being imported.',
  },
};
