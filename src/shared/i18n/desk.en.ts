import type { deskZhTW } from './desk.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const deskEn: DeepStrings<typeof deskZhTW> = {
  validation: {
    enquiry_category: 'Choose a valid category.',
    enquiry_assignee: 'Only colleagues of the division handling this category can be assigned.',
    session_capacity_below_enrolled: 'The capacity cannot be lower than the number already enrolled.',
    enquiry_sla_order: 'The resolution time cannot be shorter than the first-response time.',
    faq_one_language: 'Fill in the question and the answer in at least one language.',
  },
  errors: {
    already_rated: 'This answer has already been rated. Thank you.',
    enquiry_closed: 'This enquiry is closed: reopen it first.',
    already_enrolled: 'You are already enrolled in this session.',
    session_full: 'This session is full.',
    enrolment_closed: 'This enrolment was cancelled or its attendance recorded: it cannot change.',
    not_attended: 'A certificate is issued once attendance is recorded.',
  },
  enquiryStatuses: { new: 'New', open: 'In progress', answered: 'Answered', closed: 'Closed' },
  trainingModes: { online: 'Online', in_person: 'In person' },
  enrolmentStatuses: { enrolled: 'Enrolled', attended: 'Attended', absent: 'Absent', cancelled: 'Cancelled' },
  notifications: {
    enquiry: {
      first_response_due: {
        title: 'Enquiry about to miss its first reply: {{reference}}',
        body: 'The enquiry “{{subject}}” ({{reference}}) needs a first reply by {{dueOn}}.',
      },
      resolution_due: {
        title: 'Enquiry about to miss its resolution: {{reference}}',
        body: 'The enquiry “{{subject}}” ({{reference}}) should be resolved by {{dueOn}}.',
      },
    },
  },
  enquiryMail: {
    greeting: 'Dear {{name}},',
    footer: 'This message was sent automatically; when you write back, please quote the reference number.',
    ack: {
      subject: 'We have received your question (ref. {{reference}})',
      body: 'We have received your question “{{subject}}”, reference {{reference}}, and passed it to the division that handles it.',
      due: 'You will hear from us by {{due}} (counted in Taiwan’s working days).',
    },
    reply: {
      subject: 'Re: {{subject}} (ref. {{reference}})',
      closing: 'If you have any other question, you are welcome to ask us again through the online form.',
      rate: 'Rate this answer',
    },
  },
  trainingCertificate: {
    office: 'Office of International and Cross-Strait Affairs',
    title: 'Certificate of Attendance',
    body: 'This is to certify that {{nameEn}} attended “{{courseEn}}” ({{modeEn}}) on {{dateEn}}, for {{hours}} hours of training.',
    number: 'Certificate no.',
  },
  trainingHours: { name: 'Name', sessions: 'Sessions attended', hours: 'Training hours' },
};
