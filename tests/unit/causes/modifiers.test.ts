import { describe, expect, it } from 'vitest';
import { classifyText, MIN_CONFIDENCE, type CauseHit } from '../../../src/core/causes/classify';
import type { CauseId } from '../../../src/core/types';

const causes = (text: string, opts = {}) => classifyText(text, opts).map((h) => h.cause);
const conf = (text: string, cause: CauseId): number => classifyText(text).find((h) => h.cause === cause)?.confidence ?? 0;

describe('negation', () => {
  // Each negated note sits next to its plain twin, so the test fails if the term itself is missing.
  const pairs: [negated: string, plain: string, cause: CauseId][] = [
    ['没有投诉', '客户投诉客服态度差', 'service_experience'],
    ['未发现质量问题', '发现质量问题', 'product_quality'],
    ['无故障', '又出故障了', 'product_quality'],
    ['不贵', '太贵', 'price'],
    ['价格不算贵', '价格太贵', 'price'],
    ['从未出现过宕机', '出现宕机', 'product_quality'],
    ['客户从来没抱怨过服务', '客户抱怨服务', 'service_experience'],
    ['没有收到任何投诉', '收到投诉，服务态度差', 'service_experience'],
    ['质量没问题', '质量有问题', 'product_quality'],
    ['價格不貴', '價格太貴', 'price'],
    ['no complaints', 'customer complained about support', 'service_experience'],
    ['not too expensive', 'too expensive', 'price'],
    ['never had an issue with the product', 'had an issue with the product', 'product_quality'],
    ["we haven't seen any bugs", 'we have seen bugs', 'product_quality'],
    ["The product isn't buggy at all", 'The product is buggy', 'product_quality'],
    ['No issues with the price', 'issues with the price', 'price'],
    ['without any outage', 'another outage', 'product_quality'],
    ['NO COMPLAINTS', 'COMPLAINTS', 'service_experience'],
  ];
  it.each(pairs)('"%s" carries no signal, "%s" does', (negated, plain, cause) => {
    expect(causes(negated)).not.toContain(cause);
    expect(causes(plain)).toContain(cause);
  });

  it('stops at a clause boundary: the negator before the comma does not reach past it', () => {
    expect(causes('价格不贵，但服务太差')).toEqual(['service_experience']);
    expect(causes('价格还行，但服务太差')).toEqual(['service_experience']);
    expect(causes('not expensive, but support is terrible')).toEqual(['service_experience']);
    expect(causes('no bugs but the price went up 30%')).toEqual(['price']);
  });

  it('reaches only a few words or characters', () => {
    expect(causes('没有想到这次系统又出现了严重故障')).toContain('product_quality');
    expect(causes('no one expected that after the upgrade the app would crash')).toContain('product_quality');
  });

  it('does not read question forms or "not only" as negation', () => {
    expect(causes('客户问有没有折扣')).toContain('price');
    expect(causes('not only is it expensive, it is slow')).toContain('price');
    expect(causes('质量不断出问题')).toContain('product_quality');
    expect(causes('非常贵')).toContain('price');
  });

  it('keeps terms that contain a negator as signals', () => {
    expect(causes('工单一周没人理')).toContain('service_experience');
    expect(causes('答应的返利没兑现')).toContain('broken_promise');
    expect(causes('系统不稳定')).toContain('product_quality');
    expect(causes('No response from support')).toContain('service_experience');
    expect(causes("we can't log in since Monday")).toContain('product_quality');
  });
});

describe('intensifiers and repetition', () => {
  it('raise the confidence of the same term', () => {
    expect(conf('服务非常差', 'service_experience')).toBeGreaterThan(conf('服务差', 'service_experience'));
    expect(conf('really expensive', 'price')).toBeGreaterThan(conf('expensive', 'price'));
    expect(conf('系统又崩溃了', 'product_quality')).toBeGreaterThan(conf('系统崩溃了', 'product_quality'));
    expect(conf('the app crashed again', 'product_quality')).toBeGreaterThan(conf('the app crashed', 'product_quality'));
  });

  it('do not create a signal on their own', () => {
    expect(classifyText('非常特别严重')).toEqual([]);
    expect(classifyText('very very really extremely')).toEqual([]);
  });

  it('a settled matter weighs less than an open one', () => {
    expect(conf('bug fixed, customer confirmed', 'product_quality')).toBeLessThan(conf('bug reported', 'product_quality'));
    expect(conf('bug not fixed yet', 'product_quality')).toBeGreaterThanOrEqual(conf('bug reported', 'product_quality'));
  });
});

describe('topics need a judgement', () => {
  it('reads 质量很好 and "renewal discussed, happy" as no signal', () => {
    for (const t of ['质量很好', '价格合理', '服务很到位', 'renewal discussed, happy', 'quality is great', 'support was fast']) {
      expect(classifyText(t), t).toEqual([]);
    }
  });
  it('reads a bad judgement of the same topic as the cause', () => {
    expect(causes('质量很差')).toContain('product_quality');
    expect(causes('price is too high')).toContain('price');
    expect(causes('support is slow')).toContain('service_experience');
  });
  it('does not take 贵 in 贵公司 for a price word', () => {
    expect(classifyText('贵公司的报价已收到')).toEqual([]);
  });
});

describe('competitors', () => {
  it('matches named rivals only when the caller names them, as whole words', () => {
    expect(causes('客户在试 Zoho')).not.toContain('competitor');
    expect(causes('客户在试 Zoho', { competitors: ['Zoho'] })).toContain('competitor');
    expect(causes('客户在对比销售易', { competitors: ['销售易'] })).toContain('competitor');
    expect(causes('sent zohoform link', { competitors: ['Zoho'] })).not.toContain('competitor');
    expect(causes('looking at ＨＵＢＳＰＯＴ', { competitors: ['HubSpot'] })).toContain('competitor');
  });
  it('recognises generic rival words in both languages', () => {
    for (const t of ['竞品报价更低', '客户在和其他供应商比价', 'switching to a competitor', 'evaluating alternatives']) {
      expect(causes(t), t).toContain('competitor');
    }
  });
  it('a note that says the customer stays with us weakens the rival signal', () => {
    expect(causes('客户说竞品他们都看过，还是觉得我们最好')).not.toContain('competitor');
  });
});

describe('normalisation and output shape', () => {
  it('treats full-width, traditional and upper-case forms like their plain forms', () => {
    expect(causes('ＢＵＧ太多')).toEqual(causes('bug太多'));
    expect(causes('產品質量問題')).toEqual(causes('产品质量问题'));
    expect(causes('TOO EXPENSIVE')).toEqual(causes('too expensive'));
  });

  it('returns hits sorted by confidence with evidence, all above the floor', () => {
    const hits: CauseHit[] = classifyText('系统又崩溃了，价格还涨了，客户在看竞品');
    expect(hits.map((h) => h.cause).sort()).toEqual(['competitor', 'price', 'product_quality']);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.confidence).toBeGreaterThanOrEqual(hits[i]!.confidence);
    for (const h of hits) {
      expect(h.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
      expect(h.confidence).toBeLessThan(1);
      expect(h.matches.length).toBeGreaterThan(0);
    }
    expect(hits.find((h) => h.cause === 'product_quality')!.matches).toContain('崩溃');
  });

  it('returns [] for empty, punctuation-only and neutral text', () => {
    for (const t of ['', '   ', '。，！', '下周二开会', 'Sent the Q3 invoice']) expect(classifyText(t)).toEqual([]);
  });
});
