/** Recruitment and partner nominations (issue 21, items 3–4): validation, errors, mails, labels. */
export const recruitmentZhTW = {
  validation: {
    lead_consent_pair: '同意書版本與同意時間須一併填寫或一併留空。',
    currency_required: '填寫費用時請選擇幣別。',
    funnel_years: '結束學年度不可早於開始學年度，且最多十年。',
    nomination_window_exists: '此學年度與學期的提名期間已存在。',
    nomination_window_closed: '此提名期間目前未開放。',
    nomination_duplicate: '此學生已在本提名期間獲提名。',
    nomination_place_year: '請選擇與提名學年度相同的名額。',
    nomination_expiry_past: '到期日須晚於今天。',
  },
  errors: {
    nomination_link_invalid: '此提名連結無效、已撤銷或已過期。',
    nomination_link_not_live: '此提名連結已撤銷或過期，無法重新寄送。',
    nomination_decided: '此提名已審查完畢。',
  },
  leadChannels: {
    fair: '教育展',
    trip: '招生訪問',
    web: '網站',
    agent: '代理機構',
    referral: '他人介紹',
    other: '其他',
  },
  nominationTerms: { autumn: '上學期', spring: '下學期' },
  recruitmentFunnel: {
    fileName: '招生漏斗',
    sheet: '招生漏斗',
    academicYear: '學年度',
    by: { country: '國家（地區）', channel: '管道' },
    leads: '潛在學生',
    applicants: '申請人',
    admitted: '錄取',
    enrolled: '入學',
  },
  recruitmentMail: {
    footer: '您收到此信是因為您同意接收本校招生資訊；如不願再收到，請直接回信告知。',
  },
  nominationMail: {
    footer: '此信由系統自動寄出。',
    link: {
      subject: '{{partner}}：交換學生提名專屬連結',
      greeting: '{{name}} 您好：',
      body: '請透過下方專屬連結，於提名期間提名貴校交換學生、查看提名狀態，並更新貴校聯絡人與資訊表。此連結僅供您本人使用，請勿轉寄。',
      expires: '連結有效期限至 {{expires}}。',
      open: '開啟提名頁面',
    },
    invite: {
      subject: '交換學生提名通知',
      greeting: '{{name}} 您好：',
      body: '您已獲貴校提名，於{{year}}{{term}}至本校交換。本校將另行寄送入境交換申請的說明，請依說明完成申請。',
    },
  },
};
