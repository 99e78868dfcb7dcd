/** Bulk import: template headers, row errors and report labels (server and web). */
export const importsZhTW = {
  imports: {
    title: '批次匯入',
    mobilityTitle: '出國交流批次匯入',
    sheets: {
      partners: '合作學校',
      agreements: '合作協議',
      mobilities: '出國交流',
      instructions: '說明',
      lists: '選項',
    },
    columns: {
      owningUnitCode: '負責單位代碼',
      partnerRefs: '合作學校（代碼或名稱）',
      notes: '備註',
      studentNo: '學號',
      partnerRef: '合作學校（代碼或英文名稱）',
      hostNameZh: '接待機構中文名稱',
      hostNameEn: '接待機構英文名稱',
      startDate: '開始日期',
      endDate: '結束日期',
      purpose: '目的',
    },
    lists: {
      countryCode: '國家／地區代碼',
      nameZh: '中文名稱',
      nameEn: '英文名稱',
      unitCode: '單位代碼',
      yesNo: '是／否',
    },
    yes: '是',
    no: '否',
    template: {
      fileName: '批次匯入範本',
      mobilityFileName: '出國交流匯入範本',
      examplePurpose: '暑期短期研修',
      pickTitle: '請選擇',
      pickMessage: '可填清單中的選項，也可填代碼或中文、英文名稱。',
      instructions: {
        rows: '每一列是一筆資料。第 2 列是範例（代碼為 EXAMPLE），匯入時會略過，可以刪除。',
        required: '標有 * 的欄位必填。欄位順序可以調整，標題可只寫中文或英文。',
        country: '國家／地區：填 ISO 兩碼代碼（如 JP、US），或中文、英文名稱。',
        choices: '類型、狀態、協議類別：可從下拉選單選擇，也可填代碼或中文、英文名稱。',
        unit: '負責單位：填單位代碼，例如 OIA-IC（國際合作組）或 ENG（工學院），代碼見「選項」工作表。',
        partners:
          '協議的合作學校：填合作學校代碼，或英文名稱加國家代碼，例如 Kyoto University (JP)；多所學校以分號 ; 分隔。可參照本檔「合作學校」工作表中的學校。',
        dates: '日期：Excel 日期，或 YYYY-MM-DD 格式的文字（例如 2026-08-01）。',
        yesNo: '是／否欄位：是、否、Yes、No、Y、N、1、0；空白視為「否」。',
        status:
          '協議狀態只能是「草稿」或「生效中」。已簽署的協議請填「生效中」（需填生效日，以及到期日或「無期限」）；空白視為生效中。之後的狀態變更請在系統中操作。',
        matching:
          '重複匯入不會重複建立資料：合作學校以代碼比對，沒有代碼時以英文名稱加國家比對；協議以本校協議編號比對，沒有編號時以類別、英文名稱與合作學校比對。比對到的資料有變更才更新。',
        blanks: '空白儲存格不會清除既有資料（是／否欄位除外）；既有協議的狀態不會因匯入而改變。',
        check: '上傳後系統會先逐列檢查，不會寫入任何資料；確認檢查結果後再匯入。',
      },
      mobilityInstructions: {
        rows: '每一列是一位學生的一次出國交流。第 2 列是範例（學號為 EXAMPLE），匯入時會略過，可以刪除。',
        required: '標有 * 的欄位必填。欄位順序可以調整，標題可只寫中文或英文。',
        check: '上傳後系統會先逐列檢查，不會寫入任何資料；確認檢查結果後再匯入。',
        student: '學號：須為系統中已有的學生（人員資料）。',
        kind: '類別：短期研修、iPBL 國際專題實作、海外營隊、海外實習、國際競賽或雙聯學制。交換學生請經由甄選公告辦理，不能匯入。',
        host: '合作學校填代碼或英文名稱加國家代碼，例如 Kyoto University (JP)；非合作學校請改填接待機構的中文或英文名稱。',
        country: '國家／地區：填 ISO 兩碼代碼（如 JP、US），或中文、英文名稱；空白時採用合作學校的國家。',
        dates:
          '日期：Excel 日期，或 YYYY-MM-DD 格式的文字（例如 2026-08-01）。開始日期必填，結束日期不可早於開始日期。',
        credits:
          '修讀學分：是／否（空白視為「否」）；只有修讀學分的交流可以填學分數。修讀學分且達一學期者，系統會標記為「至少 1 學期（修讀學分）」。',
        status:
          '狀態：規劃中、出國中、已返國或已結案；空白時依日期判斷（開始前為規劃中、結束後為已返國，其間為出國中）。既有資料的狀態只會往後推進，不會倒退。',
        matching:
          '重複匯入不會重複建立資料：同一學生、類別、開始日期及合作學校（或接待機構名稱）視為同一筆，有變更才更新。',
        blanks: '空白儲存格不會清除既有資料（是／否欄位除外）。',
      },
    },
    rowErrors: {
      unknownUnit: '找不到代碼為「{{value}}」的單位。',
      unknownPartner: '找不到合作學校「{{value}}」。請填代碼，或英文名稱加國家代碼，例如 Kyoto University (JP)。',
      ambiguousPartner: '有多所合作學校名為「{{value}}」，請加上國家代碼或改填代碼。',
      partnerRowInvalid: '合作學校「{{value}}」（合作學校工作表第 {{row}} 列）有錯誤，需先修正。',
      duplicateRow: '與第 {{row}} 列重複。',
      sameRecord: '與第 {{row}} 列對應到同一筆既有資料。',
      unknownStudent: '找不到學號為「{{value}}」的學生。',
      kindNotAllowed: '類別「{{value}}」不能匯入，請填：{{kinds}}。',
      unknownCountry: '找不到國家或地區「{{value}}」，請填 ISO 兩碼代碼（如 JP）或中文、英文名稱。',
    },
  },
  validation: {
    import_missing_column: '{{sheet}}工作表缺少必填欄位「{{column}}」。',
  },
  errors: {
    importNoFile: '請選擇要上傳的 Excel 檔案（.xlsx）。',
    importNotXlsx: '這個檔案不是 Excel 活頁簿（.xlsx），請用匯入範本另存為 .xlsx 後再上傳。',
    importTooLarge: '檔案太大：匯入檔案不可超過 10 MB。',
    importTooManyRows: '資料列太多：一次最多匯入 50,000 列，請分成幾個檔案。',
    importNoSheets: '找不到「合作學校」或「合作協議」工作表，請使用匯入範本。',
    importNoMobilitySheet: '找不到「出國交流」工作表，請使用出國交流匯入範本。',
    importEmpty: '檔案中沒有任何資料列。',
    importMissingColumns: '工作表缺少必填欄位，請使用匯入範本。',
    importHasErrors: '檔案仍有錯誤，請修正後重新上傳，或選擇「只匯入正確的列」。',
    importNotPending: '此批次已匯入或正在匯入中。',
  },
};
