/** Cohort programs (issue 18): validation and error text, the vocabulary's labels and the certificate. */
export const cohortsZhTW = {
  validation: {
    cohort_duplicate_application: '此電子郵件已申請本計畫，同一人不可重複申請。',
    cohort_duplicate_in_file: '此電子郵件在檔案中重複（第 {{row}} 列已出現）。',
    cohort_reason_required: '不錄取時請填寫理由。',
    cohort_interview_date: '請填寫面試日期。',
    cohort_session_outside: '課程日期須在計畫期間內。',
    cohort_mentor: '請選擇有效的導師。',
    cohort_not_participant: '此人不是本計畫的學員。',
    cohort_note_future: '日期不可晚於今天。',
    cohort_completion_missing: '出席率 {{pct}}%（須達 {{min}}%），缺席必修場次 {{missed}} 場。',
    cohort_certificate_exists: '此學員已核發證書。',
    cohort_import_empty: '檔案中沒有申請資料。',
    cohort_import_headers: '第一列須有「姓名」與「電子郵件」欄位。',
  },
  cohortApplicationFields: {
    program: '專班計畫',
    programUnit: '主辦單位',
    programStart: '計畫開始日',
    stage: '階段',
    source: '來源',
    nationality: '國籍',
    score: '書審分數',
    participant: '成為學員',
    attendedHours: '出席時數',
    certified: '已發證書',
    appliedOn: '申請日',
  },
  reportBuilder: { entities: { cohort_applications: '專班申請（申請漏斗與成果）' } },
  notifications: {
    cohorts: {
      stage_interview: {
        title: '面試通知：{{program}}',
        body: '感謝您申請「{{program}}」。誠摯邀請您於 {{date}} 參加面試，時間與地點將另行通知。',
      },
      stage_offered: {
        title: '錄取通知：{{program}}',
        body: '恭喜您獲「{{program}}」錄取，請回覆是否接受。',
      },
      stage_accepted: {
        title: '歡迎加入「{{program}}」',
        body: '您在「{{program}}」的名額已確認，課程表與報到資訊將另行寄送。',
      },
      stage_rejected: {
        title: '申請結果：{{program}}',
        body: '感謝您申請「{{program}}」。很遺憾，本次未能錄取。',
      },
      stage_withdrawn: {
        title: '申請已撤回：{{program}}',
        body: '您對「{{program}}」的申請已撤回；如有誤，請與我們聯繫。',
      },
    },
  },
  errors: {
    cohort_stage_not_allowed: '申請目前的階段不能改為此階段。',
    cohort_not_completed: '此學員尚未完成計畫，不能核發結業證書。',
    cohort_certificate_not_issued: '此學員尚未核發證書。',
    cohort_code_unknown: '查無此驗證碼。',
    cohort_not_open: '此計畫目前未開放申請。',
  },
  cohorts: {
    stages: {
      submitted: '已送件',
      screening: '書面審查',
      interview: '面試',
      offered: '已錄取',
      accepted: '已接受',
      rejected: '未錄取',
      withdrawn: '已退出',
    },
    orgRoles: { government: '外國政府', research: '研究機構', sponsor: '贊助單位', other: '其他' },
    sessionKinds: {
      course: '專業課程',
      chinese: '華語課程',
      cultural: '文化活動',
      company_visit: '企業參訪',
      ceremony: '典禮',
    },
    sources: { form: '線上表單', import: '檔案匯入', staff: '人工建立' },
    certificate: {
      title: '結業證書',
      body: '茲證明 {{name}} 於 {{fromZh}} 至 {{toZh}} 參加「{{programZh}}」，修畢規定課程，成績合格，特頒此證書。',
      code: '驗證碼',
      verifyAt: '線上驗證',
    },
  },
};
