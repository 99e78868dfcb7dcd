/**
 * One term for one thing in Traditional Chinese (issue 23). `tests/i18n.test.ts` fails when a zh-TW string
 * uses an avoided term outside the listed exceptions, or ASCII punctuation right after a Chinese character.
 * Add a concept here before a second word for it creeps into the catalogs.
 */
export type GlossaryEntry = {
  concept: string;
  /** The term used everywhere. */
  use: string;
  /** Terms that mean the same thing here and are not used. */
  avoid: readonly string[];
  /** Fixed names that contain an avoided term on purpose (the Ministry's items, an agreement kind's name). */
  except?: readonly string[];
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'agreement with a partner (cooperation agreement, MOU, exchange agreement)',
    use: '協議',
    avoid: ['合約'],
    // 跨國合約 is the Ministry's own item (transnational contracts of the college-exchange table).
    except: ['跨國合約'],
  },
  {
    concept: 'partner institution',
    use: '合作學校',
    avoid: ['姊妹校', '姐妹校', '友好學校', '夥伴學校'],
    // The agreement kind keeps its usual name.
    except: ['姊妹校合作備忘錄'],
  },
  {
    concept: 'nomination (our students to a partner; a partner’s students to us)',
    use: '提名',
    avoid: ['推薦'],
  },
];

/** Full-width punctuation after Chinese text: 「截止時間：」, not "截止時間:". */
export const HALF_WIDTH_AFTER_CJK = /[\u4e00-\u9fff][:;,!?()]/u;
