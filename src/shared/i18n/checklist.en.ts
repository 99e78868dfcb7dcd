import type { checklistZhTW } from './checklist.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const checklistEn: DeepStrings<typeof checklistZhTW> = {
  checklistKinds: {
    visa: 'Visa',
    residence_permit: 'Residence permit',
    insurance: 'Insurance',
    health_check: 'Health check',
    financial_proof: 'Financial proof',
  },
  checklistStatuses: {
    pending: 'Pending',
    under_review: 'Under review',
    approved: 'Approved',
    rejected: 'Rejected',
  },
  checklist: {
    workPermit: 'Work permit',
    letter: {
      title: 'Letter of Acceptance',
      reference: 'Ref. No.',
      body: 'This is to certify that {{nameEn}} ({{nameZh}}), nominated by {{sendingEn}}, has been accepted by {{universityEn}} as {{roleEn}} in the {{departmentEn}} for the period {{periodEn}}.',
      name: 'Name',
      nationality: 'Nationality',
      sendingInstitution: 'Sending institution',
      hostDepartment: 'Host department',
      program: 'Status',
      period: 'Period of study',
      periodRange: '{{start}} – {{end}}',
      periodFrom: 'starting {{start}}',
      status: {
        exchange_in: 'Exchange student',
        short_term_in: 'Short-term visiting student',
        chinese_language: 'Chinese Language Center student',
        mainland_visiting: 'Mainland visiting student',
        teep: 'TEEP intern',
        iipp: 'IIPP intern',
        foundation: 'Foundation-program student',
      },
      closing: 'We look forward to welcoming you to our campus.',
      signatory: 'Dean, {{office}}',
      role: {
        exchange_in: 'an exchange student',
        short_term_in: 'a short-term visiting student',
        chinese_language: 'a Chinese Language Center student',
        mainland_visiting: 'a mainland visiting student',
        teep: 'a TEEP intern',
        iipp: 'an IIPP intern',
        foundation: 'a foundation-program student',
      },
    },
  },
  notifications: {
    document: {
      expiry_60: {
        title: '{{document}} expires within 60 days: {{person}}',
        body: 'The {{document}} of {{person}} expires on {{expiresOn}} ({{days}} days left). Please remind them to renew it in good time.',
      },
      expiry_30: {
        title: '{{document}} expires within 30 days: {{person}}',
        body: 'The {{document}} of {{person}} expires on {{expiresOn}} ({{days}} days left). Please renew it soon and upload the new document.',
      },
      expiry_7: {
        title: '{{document}} expires within 7 days: {{person}}',
        body: 'The {{document}} of {{person}} expires on {{expiresOn}} (only {{days}} days left). An expired document may affect their stay or internship in Taiwan: please act now.',
      },
    },
  },
  errors: {
    letterUnavailable:
      'The acceptance letter is only for inbound exchange and non-degree students who have been accepted (or later).',
  },
};
