/**
 * The student-assistant corps' shared strings (issue 18): validation and error messages, the task kinds
 * and statuses, the monthly hours xlsx and the certificate of service. The server always has them; the
 * browser loads them with the assistants feature.
 */
export const assistantsZhTW = {
  validation: {
    assistant_reason_required: '請說明理由。',
    assistant_task_title: '請填寫中文或英文任務名稱。',
    assistant_quarter_hours: '時數以 15 分鐘為單位。',
    assistant_person: '查無此學生。',
    assistant_no_person: '您的帳號尚未連結學生資料，請洽國際處。',
    assistant_not_student: '只有學生可以應徵。',
    assistant_college_closed: '本梯次未開放此學院的學生應徵。',
    assistant_application_exists: '此學生已應徵本梯次。',
    assistant_hours_future: '日期不可晚於今天。',
    assistant_hours_outside_term: '日期須在服務期間內。',
    assistant_task_unknown: '查無此任務。',
    assistant_rating_staff_only: '只有國際處人員可以評分。',
  },
  errors: {
    assistant_round_closed: '本梯次目前不在應徵期間。',
    assistant_stage_move: '此應徵案無法移至該階段。',
    assistant_round_full: '本梯次錄取名額已滿。',
    assistant_hours_reviewed: '此筆時數已審核。',
    assistant_certificate_unavailable: '尚無核定的服務時數，無法開立服務證明。',
  },
  assistantTaskKinds: {
    buddy: '學伴',
    conference_support: '國際會議支援',
    translation: '文件翻譯',
    chinese_tutoring: '華語課輔',
    publicity_design: '文宣設計',
    other: '其他',
  },
  assistantHoursStatuses: { pending: '待審核', approved: '已核定', rejected: '已退回' },
  assistantExport: {
    date: '日期',
    task: '任務',
    description: '工作內容',
    hours: '時數',
    status: '狀態',
    note: '審核說明',
    approvedTotal: '核定時數合計',
  },
  assistantCertificate: {
    title: '服務證明書',
    reference: '證明書字號',
    body: '茲證明 {{nameZh}} 同學（學號 {{studentNo}}）於{{roc}}學年度第{{semester}}學期擔任本校國際化行政支援學生，服務期間自{{from}}至{{to}}，經核定服務時數共 {{hours}} 小時，服務項目包括：{{kinds}}。特此證明。',
    kind: '服務項目',
    hours: '時數',
  },
  entityTypes: {
    assistant_round: '行政支援學生招募梯次',
    assistant_application: '行政支援學生應徵',
    assistant: '行政支援學生',
    assistant_task: '行政支援學生任務',
    assistant_hours: '服務時數',
    assistant_feedback: '期末回饋',
    buddy_round: '學伴梯次',
    buddy_profile: '學伴資料',
    buddy_pair: '學伴配對',
  },
};
