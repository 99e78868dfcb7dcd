/** Checklist: strings the server needs too (errors, field messages, enum labels, mail, exports). */
export const checklistZhTW = {
  checklistKinds: {
    visa: '簽證',
    residence_permit: '居留證',
    insurance: '保險',
    health_check: '健康檢查',
    financial_proof: '財力證明',
  },
  checklistStatuses: {
    pending: '待繳交',
    under_review: '審核中',
    approved: '已核可',
    rejected: '已退回',
  },
  checklist: {
    workPermit: '工作許可',
    letter: {
      title: '入學許可通知書',
      reference: '文號',
      body: '茲證明 {{nameZh}}（{{nameEn}}）經 {{sending}} 提名，獲{{university}}核准以{{role}}身分至本校{{department}}研修，研修期間：{{period}}。',
      name: '姓名',
      nationality: '國籍',
      sendingInstitution: '原就讀學校',
      hostDepartment: '就讀系所',
      program: '身分類別',
      period: '研修期間',
      periodRange: '{{start}}至{{end}}',
      periodFrom: '{{start}}起',
      status: {
        exchange_in: '交換學生',
        short_term_in: '短期研修生',
        chinese_language: '華語中心學生',
        mainland_visiting: '大陸研修生',
        teep: 'TEEP 實習生',
        iipp: 'IIPP 實習生',
        foundation: '國際專修部學生',
      },
      closing: '特此證明。歡迎您來校研修。',
      signatory: '{{office}} 處長',
      role: {
        exchange_in: '交換學生',
        short_term_in: '短期研修生',
        chinese_language: '華語中心學生',
        mainland_visiting: '大陸研修生',
        teep: 'TEEP 實習生',
        iipp: 'IIPP 實習生',
        foundation: '國際專修部學生',
      },
    },
  },
  notifications: {
    document: {
      expiry_60: {
        title: '{{document}} 將於 60 天內到期：{{person}}',
        body: '{{person}} 的{{document}}將於 {{expiresOn}} 到期（剩 {{days}} 天），請提醒當事人及早辦理展延。',
      },
      expiry_30: {
        title: '{{document}} 將於 30 天內到期：{{person}}',
        body: '{{person}} 的{{document}}將於 {{expiresOn}} 到期（剩 {{days}} 天），請儘速辦理展延並上傳新文件。',
      },
      expiry_7: {
        title: '{{document}} 即將到期（7 天內）：{{person}}',
        body: '{{person}} 的{{document}}將於 {{expiresOn}} 到期（僅剩 {{days}} 天）。逾期可能影響在臺居留或實習資格，請立即處理。',
      },
    },
  },
  errors: {
    letterUnavailable: '入學許可通知書僅適用於已錄取（或之後階段）的境外交換及非學位生。',
  },
};
