/**
 * The PDPA module's shared strings (docs/decisions/0020): validation and error messages, the labels of its
 * vocabularies and the xlsx headers. The server always has them; the browser loads them with the privacy feature.
 */
export const privacyZhTW = {
  validation: {
    notice_unknown: '查無此版本的告知事項。',
    notice_not_current: '只能確認目前生效的告知事項。',
    consent_in_future: '日期不可晚於今天。',
    consent_before_notice: '同意日期不可早於告知事項生效日。',
    consent_exists: '此人已就此告知事項及目的表示同意。',
    withdrawn_before_agreed: '撤回日期不可早於同意日期。',
  },
  errors: {
    consent_withdrawn: '此同意已撤回。',
  },
  consentMethods: { staff: '由國際處登錄', self: '本人線上確認' },
  retentionKinds: {
    unselected_applications: '未錄取之出國申請（自截止日起算）',
    inbound_documents: '境外生入學文件（自交流結束日起算）',
    former_people: '已封存之人員資料（自最後一次交流結束起算）',
  },
  privacyExport: {
    at: '時間',
    user: '使用者',
    email: '電子郵件',
    person: '當事人',
    personId: '人員編號',
    personNo: '學號／員工編號',
    action: '動作',
    field: '欄位',
    detail: '說明',
    ip: 'IP 位址',
    noticeVersion: '告知事項版本',
    purpose: '蒐集目的',
    agreedOn: '同意日期',
    method: '方式',
    recordedBy: '登錄者',
    withdrawnOn: '撤回日期',
    consentsFile: '個資同意紀錄',
    consentsSheet: '同意紀錄',
    record: '資料',
    access: '存取',
    change: '異動',
    section: '類別',
    what: '項目',
    subjectFile: '當事人資料查詢',
    subjectSheet: '當事人資料',
    accessFile: '個資存取紀錄',
    accessSheet: '存取紀錄',
  },
};
