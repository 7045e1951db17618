/**
 * Words that change what a lexicon match means: negators ("没有投诉", "no complaints"),
 * intensifiers ("非常贵", "really slow"), repetition ("又坏了", "crashed again"), resolution
 * ("已修复", "fixed") and the judgements that turn a topic (价格, "support") into a complaint.
 * Sources are regular expressions over normalised text, like the lexicon's.
 */

/**
 * Clause boundaries stop a negator's or a judgement's reach: in "价格不贵，但服务太差" the 不
 * must not touch 服务. 、 and "and" are not boundaries ("质量、价格都有问题" judges both).
 */
export const CLAUSE_BREAK =
  /[,.;!?，。；！？\n\r\t|()（）【】\[\]「」…~]|(?<!不)但是?|可是|不过|然而|却|\b(?:but|however|although|though|whereas|except)\b/g;

/**
 * Chinese negators act on what follows within a few characters (没有收到任何投诉: four between).
 * Words that begin with a negating character without negating anything are listed in
 * NEGATOR_EXCEPTIONS; a negator inside a lexicon match (不稳定, 没人理) belongs to that match.
 */
export const ZH_NEGATOR = /没有|从未|从没|毫无|并非|并不|绝无|不是|谈不上|算不上|没|未|无|不|非|别/g;
export const ZH_NEGATOR_EXCEPTIONS =
  /不断|不停|不少|不仅|不但|不光|不只|不止|不久|不到|不得不|不管|不论|无论|不同|不错|不然|不一定|非常|非得|非要|无法|不能|没法|未能|没多久|没过多久|没几天|没想到|未来|无数|无比|别人|别处|不过|有没有|是不是|能不能|会不会|要不要|好不好|对不对/g;
export const ZH_NEGATION_SCOPE = 5;

/** English negators reach three words on ("never had an issue", "no complaints at all"). */
export const EN_NEGATOR =
  /\b(?:no|not|never|without|none|nothing|nor|neither|zero|hardly|barely|free of)\b|n't\b|n’t\b/g;
/** "can't log in" reports a problem rather than denying one; "not only" and "no longer" affirm. */
export const EN_NEGATOR_EXCEPTIONS =
  /\b(?:can't|cannot|can not|couldn't|not only|not just|no longer|no matter|no doubt|never mind|nothing but)\b/g;
export const EN_NEGATION_SCOPE = 3;

/** Intensifiers just before a match (up to two characters or words between) raise its weight. */
export const INTENSIFIER =
  /非常|特别|严重|极其|极度|十分|超级|相当|实在|真的|越来越|完全|根本|太|超|很|巨|\b(?:very|extremely|really|so|super|too|totally|completely|absolutely|incredibly|seriously|badly|terribly|way)\b/g;
export const INTENSIFIER_FACTOR = 1.4;
export const INTENSIFIER_REACH = 2;

/** Repetition anywhere in the clause: the seeds single out repeated issues as the warning. */
export const REPEAT_MARKER =
  /多次|反复|频繁|经常|一再|屡次|再次|又一次|又|三番五次|接二连三|一直|总是|老是|\b(?:again|repeatedly|constantly|recurring|keeps?|multiple times|several times|every (?:day|week|time)|still)\b|!!+/g;
export const REPEAT_FACTOR = 1.25;

/** A clause that says the matter is settled ("已修复") weakens its signals; "not fixed" does not. */
export const RESOLVED_MARKER =
  /已解决|已修复|已处理|已恢复|已经解决|已经修复|解决了|修好了|恢复正常|已退款|已补发|接受了|同意了|\b(?:resolved|fixed|solved|restored|sorted out|closed out|refunded|accepted)\b/g;
export const RESOLVED_FACTOR = 0.25;

/** A note that says the cause is not at work after all keeps this share of its evidence. */
export const DAMPENER_FACTOR = 0.2;

/** Judgements shared by every topic: a bad word about a subject in the same clause. */
export const NEGATIVE_JUDGEMENTS = {
  zh: [
    '差|不好|很烂|太烂|烂|糟|问题|不满|投诉|抱怨|吐槽|慢|不行|不稳定|堪忧|失望|不靠谱|有意见|不如|不够|不太行|一般般|头疼|受不了',
  ],
  en: [
    'bad|poor|terrible|awful|horrible|worse|worst|issues?|problems?|complain\\w*|unhappy|not happy|disappoint\\w*|slow|sucks|frustrat\\w*|concerns?|dissatisf\\w*|unacceptable|mediocre|subpar|lousy|upset|angry|pain',
  ],
} as const;
