/**
 * The enquiry desk's and staff training's shared strings (issue 20): validation and error messages,
 * vocabularies, the enquirer's mails, reminders, the certificate and the hours report. The server always
 * has them; the browser loads them with the enquiries and training features.
 */
export const deskZhTW = {
  validation: {
    enquiry_category: '請選擇有效的問題類別。',
    enquiry_assignee: '只能指派給負責此類別之組別的同仁。',
    session_capacity_below_enrolled: '名額不可少於已報名人數。',
    enquiry_sla_order: '結案期限不可短於首次回覆期限。',
    faq_one_language: '請至少完整填寫一種語言的問題與回答。',
  },
  errors: {
    already_rated: '此回覆已評分過，謝謝您。',
    enquiry_closed: '此諮詢已結案，請先重新開啟。',
    already_enrolled: '您已報名此場次。',
    session_full: '此場次已額滿。',
    enrolment_closed: '此報名已取消或已登錄出席，無法變更。',
    not_attended: '登錄出席後才能開立研習證明。',
  },
  enquiryStatuses: { new: '新進', open: '處理中', answered: '已回覆', closed: '已結案' },
  trainingModes: { online: '線上', in_person: '實體' },
  enrolmentStatuses: { enrolled: '已報名', attended: '已出席', absent: '未出席', cancelled: '已取消' },
  notifications: {
    enquiry: {
      first_response_due: {
        title: '諮詢即將逾期未回覆：{{reference}}',
        body: '諮詢「{{subject}}」（{{reference}}）應於 {{dueOn}} 前首次回覆，請盡快處理。',
      },
      resolution_due: {
        title: '諮詢即將逾期未結案：{{reference}}',
        body: '諮詢「{{subject}}」（{{reference}}）應於 {{dueOn}} 前結案，請盡快處理。',
      },
    },
  },
  enquiryMail: {
    greeting: '{{name}} 您好：',
    footer: '此信件由系統自動發送；如需補充說明，請回覆時註明案號。',
    ack: {
      subject: '已收到您的問題（案號 {{reference}}）',
      body: '我們已收到您的問題「{{subject}}」，案號為 {{reference}}，已轉請負責的組別處理。',
      due: '我們將於 {{due}} 前（依我國辦公日計算）首次回覆您。',
    },
    reply: {
      subject: '回覆：{{subject}}（案號 {{reference}}）',
      closing: '如有其他問題，歡迎再次透過線上諮詢表單與我們聯繫。',
      rate: '請為這次的回覆評分',
    },
  },
  trainingCertificate: {
    office: '國際暨兩岸事務處',
    title: '研習證明',
    body: '茲證明 {{name}} 於 {{date}} 參加「{{course}}」（{{mode}}），研習時數 {{hours}} 小時，特此證明。',
    number: '證書編號：',
  },
  trainingHours: { name: '姓名', sessions: '出席場次', hours: '研習時數' },
};
