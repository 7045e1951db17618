/**
 * One canonical form for matching: notes arrive typed on phones and desktops, in simplified or
 * traditional script, with full-width letters and punctuation from Chinese input methods.
 */

/** Traditional → simplified pairs for the characters the lexicon, negators and clause markers use. */
const TRADITIONAL = `
質质 價价 貴贵 務务 競竞 對对 應应 響响 問问 題题 費费 戶户 談谈 換换 離离 職职 負负 責责 滿满 訴诉
維维 護护 關关 係系 聯联 繫系 續续 約约 預预 調调 閉闭 遷迁 煩烦 雜杂 會会 竄窜 貨货 損损 兌兑 現现
諾诺 實实 體体 驗验 壞坏 錯错 誤误 產产 銷销 優优 漲涨 員员 減减 縮缩 這这 說说 沒没 無无 還还 處处
開开 發发 線线 機机 單单 報报 訂订 評评 論论 環环 術术 時时 長长 為为 從从 過过 嚴严 極极 經经 營营
層层 據据 與与 們们 個个 後后 來来 讓让 給给 條条 點点 況况 資资 戰战 爭争 權权 補补 償偿 訊讯 慮虑
難难 習习 練练 驟骤 麼么 麽么 檔档 網网 態态 慣惯 復复 鬆松 盤盘 錢钱 額额 簽签 億亿 萬万 歸归 級级
異异 穩稳 丟丢 騙骗 傳传 聞闻 醜丑 幣币 內内 覺觉 於于 並并 當当 將将 專专 業业 盡尽 嗎吗 淨净 區区
劃划 導导 啟启 數数 壓压 議议 擊击 雖虽 該该 隊队 達达 遲迟 滯滞 罰罚 訟讼 紛纷 頭头 碼码`;

const TRAD_MAP: ReadonlyMap<string, string> = new Map(
  TRADITIONAL.split(/\s+/)
    .filter((p) => p.length === 2)
    .map((p) => [p[0]!, p[1]!] as const),
);

const HAN = /[\u4e00-\u9fff]/;
/** Every traditional character the map knows, so only those are visited. */
const TRAD_CHARS = new RegExp(`[${[...TRAD_MAP.keys()].join('')}]`, 'gu');

/**
 * NFKC folds full-width ASCII (ＢＵＧ，) to half-width; lower-casing makes English matching
 * case-blind; curly apostrophes become ' so "don’t" negates like "don't".
 */
export function normalizeText(text: string): string {
  const s = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc\uff07]/g, "'");
  if (!HAN.test(s)) return s;
  return s.replace(TRAD_CHARS, (ch) => TRAD_MAP.get(ch)!);
}
