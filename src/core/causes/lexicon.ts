import type { CauseId } from '../types';

/**
 * The words sellers and support staff write when a cause is at work, per cause, in Chinese and
 * English. Patterns are regular-expression sources matched against normalised text (lower case,
 * half-width, simplified script; see normalize.ts).
 *
 * - Chinese has no spaces, so a pattern matches anywhere; one-character terms carry look-arounds
 *   against the common words they hide in (贵 in 贵公司 "your company").
 * - English patterns must start and end at a word edge (the compiler adds the look-arounds, which
 *   also let a pattern end in Chinese: "last contact 是三个月前"); they spell out inflections
 *   (crash(?:es|ed|ing)?) or end in a stem (complain\w*).
 *
 * Weights are evidence in "nats": a cause's score is the sum of its matches' weights and its
 * confidence is 1 − exp(−score) (see classify.ts), so
 *   1.6 ≈ the term alone makes the cause likely (0.80), e.g. 窜货, "data breach";
 *   1.2 ≈ clear signal (0.70); 0.8 ≈ suggestive (0.55); 0.5 ≈ weak, needs company (0.39).
 *
 * Topics are subjects (价格, "support") that point at a cause only when the same clause judges
 * them badly (贵, 差, "slow", "issue"): "质量很好" is no complaint, "质量很差" is one.
 */
export type Weighted = readonly [pattern: string, weight: number];

export interface CauseTerms {
  zh: readonly Weighted[];
  en: readonly Weighted[];
  topics?: { zh: readonly Weighted[]; en: readonly Weighted[] };
  /** Judgements that count for this cause's topics only, besides the shared NEGATIVE_JUDGEMENTS. */
  judgements?: { zh: readonly string[]; en: readonly string[] };
  /** Anywhere in a note, these say the cause is not at work after all ("还是选择我们" after a rival's name). */
  dampeners?: { zh: readonly string[]; en: readonly string[] };
}

/** People whose change of job reads as an owner or contact change, on either side. */
const ZH_ROLE =
  '(?:csm|ae|am|cto|cio|ceo|cfo|vp|it经理|客户经理|项目经理|总经理|副总|总监|总裁|董事长|经理|负责人|对接人|联系人|决策人|主管|老板|领导|销售|客服经理|采购负责人|采购总监|采购经理)';
const EN_ROLE =
  '(?:champion|contact|sponsor|owner|decision[- ]maker|admin|ae|am|csm|rep|account manager|key user|cto|cio|cfo|ceo|vp|director|buyer)';
/** Clause-internal gap: anything but punctuation, so a pattern never spans two clauses. */
const GAP = '[^,.;!?，。；！？]';

export const LEXICON: Record<CauseId, CauseTerms> = {
  product_quality: {
    zh: [
      ['质量问题|品质问题|质量差|质量太差|质量不过关|质量不合格', 1.6],
      ['故障', 1.4],
      ['缺陷|瑕疵|次品|残次|不合格品|坏点', 1.4],
      ['坏了|损坏|破损|坏掉|又坏', 1.3],
      ['退货|退换货|返修|返厂|召回', 1.2],
      [`报${GAP}{0,5}错|出错|错误码|异常退出|乱码`, 1.1],
      ['崩溃|闪退|死机|宕机|白屏|蓝屏|黑屏|花屏|(?:系统|服务器|网站|app|平台|服务|接口)(?:又|都|直接)?挂了', 1.4],
      ['卡顿|很卡|太卡|卡死|卡得', 1.1],
      ['不稳定|时好时坏|掉线|断线|经常断开|连不上', 1.2],
      ['漏洞|数据丢失|丢数据|数据不准|数据错误|算错|重复(?:扣款|扣费|记录|数据|发送)', 1.3],
      ['用不了|打不开|登不上|无法登录|登录不了|无法使用|不能用|没法用|扫不出|识别不了', 1.2],
      ['不制冷|不致冷|漏水|发热严重|发烫|耗电|续航(?:短|差|不到|不行)|模糊', 1.1],
    ],
    en: [
      ['bugs?|buggy', 1.3],
      ['defect(?:s|ive)?|faulty|malfunction\\w*|dead pixels?', 1.5],
      ['broken|breaks? down|broke down', 1.2],
      ['crash(?:es|ed|ing)?|outages?|downtime|went down|is down|server down|sev ?[01]', 1.4],
      ['errors?|error messages?|glitch(?:es|y)?|throws?|throwing|exceptions?', 0.9],
      ['not working|doesn\'?t work|does not work|stopped working|won\'?t (?:load|start|open)|(?:not|isn\'?t|aren\'?t) loading', 1.3],
      ['data loss|lost data|corrupt(?:s|ed|ion)?|wrong (?:totals?|numbers?|data|amounts?|results?|figures)|incorrect (?:totals?|numbers?|data|amounts?|results?)|duplicat(?:es|ed|ing) (?:events?|records?|entries|data|orders?|charges?)', 1.4],
      ['unstable|flaky|unreliable|keeps? disconnecting|drops? (?:the )?connection', 1.1],
      ['returns? (?:the|all|some)? ?(?:units?|devices?|goods|items?|orders?)|rma|sent back for repair', 1.2],
      ['quality (?:issues?|problems?|complaints?)|poor quality|low quality', 1.6],
      ['regression|keeps failing|fail(?:s|ed|ing|ure|ures)|timing out|times out|timeouts?', 1.0],
      ['laggy|lags|freez(?:es|ing)|froze|battery drain', 1.0],
      ['can\'?t log ?in|cannot log ?in|login (?:fails|failing|broken)', 1.1],
      ['(?:please|pls|plz) fix|hot-?fix|needs? a fix', 0.8],
    ],
    topics: {
      zh: [['质量|品质|产品|性能|稳定性|系统|功能|设备|机器|软件', 0.9]],
      en: [['quality|product|performance|stability|reliability|system|device|app|software|platform', 0.9]],
    },
    judgements: { zh: ['下降|下滑|变差|不达标'], en: ['declin\\w*|degrad\\w*|down'] },
  },

  service_experience: {
    zh: [
      ['响应慢|回复慢|响应太慢|处理慢|反应慢|响应不及时|回复不及时|处理不及时', 1.5],
      ['没人(?:理|管|回|处理|接|负责)|没有人(?:理|管|回|处理|接)|无人(?:响应|回复|处理|跟进|接听)|石沉大海', 1.5],
      [`(?:工单|客服|售后|技术支持|支持团队|support|ticket|helpdesk)${GAP}{0,12}(?:一直|始终|迟迟|都|还|仍然)?(?:没有?|未)(?:人)?(?:回复|回应|响应|答复|处理|跟进)`, 1.5],
      ['推诿|踢皮球|互相推|推来推去|扯皮|不归(?:他们|我们|他|我)管|转了\\S{0,3}(?:个)?部门|让客户自己(?:联系|找|处理)', 1.6],
      ['态度差|态度恶劣|态度不好|服务态度|不耐烦|敷衍|模板话|挂电话', 1.4],
      ['投诉', 0.4],
      ['客诉|差评客服|升级处理|工单超时|工单积压|超时未处理|一直没解决|迟迟没解决|至今未解决|还没解决', 1.3],
      ['不专业|一问三不知|答非所问|解决不了|处理不了|回去研究', 1.1],
      ['等了\\d+|等了好几天|等了一周|等了很久|等了好久|等很久|等太久|排很久|排了很久|排队太久|催了\\S{0,3}次|多次催促|反复催|占线|打不通|没人接', 1.3],
      ['没有进展|毫无进展|没进展|一直说在处理|说在处理|不回邮件|不回电话', 1.1],
      ['不满意|不满|生气|火大|恼火', 0.3],
    ],
    en: [
      ['slow (?:response|reply|replies|support|to respond|to reply)|response times?', 1.2],
      ['no (?:reply|response|answer|update|one (?:answered|replied|responded|called back|got back))', 1.4],
      ['no ?(?:one|body) (?:has )?(?:ever )?(?:answered|replied|responded|got back|gets back|called back|helped|replies|answers|responds)|never (?:got back|heard back|answered|replied|responded)', 1.4],
      // Silence about a ticket is poor service; the same words about the account are neglect (below).
      [`no ?(?:one|body) (?:has |had )?(?:ever )?(?:follows?|followed) up on ${GAP}{0,25}(?:tickets?|cases?|requests?|issues?|bugs?|escalations?|reports?)|(?:support|helpdesk|help desk|service desk|tickets?|engineering)${GAP}{0,20}(?:still )?(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never) (?:yet )?(?:replied|responded|answered|gotten back|got back|followed up)`, 1.4],
      ['(?:takes?|took|taking) (?:\\d+|two|three|four|five|several|many|a few) (?:days?|weeks?|hours?) to (?:reply|respond|answer|get back|fix|resolve)|takes (?:so |too )?(?:long|forever)|nothing happens|no progress|get a (?:human|real person|person)', 1.2],
      ['unanswered|ignored (?:our|my|their) (?:ticket|email|request)s?|hung up', 1.4],
      ['escalat\\w*|reopen(?:ed|s)?', 1.1],
      ['complain\\w*', 0.8],
      ['rude|unprofessional|unhelpful|dismissive', 1.4],
      ['passed around|bounced between|ping-?pong(?:ed)?|runaround', 1.5],
      ['(?:waited|waiting|on hold) (?:for )?(?:\\d+|two|three|four|five|several|many) (?:days?|weeks?|hours?|minutes?|mins?)', 1.3],
      ['sla (?:breach\\w*|missed|violation)|breached (?:the )?sla', 1.4],
      ['ticket (?:still )?(?:open|unresolved|overdue|pending)|tickets? (?:open|overdue) for|closed (?:the ticket|the case|it|tickets?) without', 1.1],
      ['(?:low|poor|bad) (?:csat|ces|nps|satisfaction)|csat (?:dropped|down|fell)', 1.2],
      ['frustrat\\w*|dissatisfied|unhappy|furious|angry|livid|upset', 0.3],
    ],
    topics: {
      zh: [['服务|客服|售后|支持|技术支持|响应|回复|工单|实施', 1.0]],
      en: [['service|support|helpdesk|help desk|customer care|response|tickets?|csm|account team', 1.0]],
    },
  },

  price: {
    zh: [
      ['太贵|很贵|偏贵|昂贵|贵了|价格高|价格偏高|价格太高|价格过高|费用高|费用太高|收费高|成本高|收(?:得|的)?太多', 1.5],
      ['(?<![宝珍富高可])贵(?![公司方州宾姓阳重])', 0.7],
      [`降价|便宜点|便宜一些|打折|折扣|优惠|让利|砍价|压价|议价|还价|谈价|降${GAP}{0,3}个点|让${GAP}{0,3}个点`, 1.2],
      ['涨价|提价|价格上涨|调价|续费价格|续约价格', 1.3],
      [`预算不够|预算有限|预算不足|超预算|超出预算|没预算|承受范围|承受不起|负担不起|超出${GAP}{0,4}承受`, 1.4],
      ['预算', 0.4],
      ['性价比低|性价比不高|不值|不划算|花钱买|投入产出', 1.2],
      ['降级|降配|减少账号|减少席位|减少坐席|减少用户数|减少采购|少买|按月付|分期付', 1.1],
    ],
    en: [
      ['expensive|pricey|overpriced|costly', 1.5],
      ['discounts?|discounted|price (?:cut|reduction|break)|lower (?:the )?price|better (?:price|deal|rate|terms)|best price', 1.2],
      ['price (?:increase|hike|rise)|pricing (?:increase|change)|renewal (?:price|uplift|increase)|uplift|(?:last year\'?s|same|old|previous) (?:rate|price|pricing)', 1.3],
      ['(?:re-?)?negotiat\\w*|haggl\\w*', 0.7],
      ['(?:no|tight|limited|over|out of) budget|budget (?:is )?(?:tight|limited|constraints?)|can\'?t afford|cannot afford', 1.3],
      ['budget', 0.4],
      ['too much|(?:not )?worth (?:the|it)|value for money|roi', 0.8],
      ['smaller (?:package|plan|tier|edition)|cheaper (?:plan|tier|package|edition|option)|downgrad\\w*|fewer (?:seats|licenses|licences|users)|reduce (?:seats|licenses|licences|users)|cut (?:seats|licenses)|monthly (?:billing|payments?) instead', 1.1],
      ['cheaper', 0.6],
    ],
    topics: {
      zh: [['价格|价钱|费用|收费|报价|定价|单价|(?:年|服务|运|维护|实施|订阅|授权|月)费', 0.9]],
      en: [['prices?|pricing|costs?|fees?|quote|invoice amount|subscription fee|per-seat price|rate', 0.9]],
    },
    judgements: {
      zh: ['(?<!提)高(?!兴|效|端|层|管)|(?<![宝珍富高可])贵(?![公司方州宾姓阳重])|涨|太多|不合理|承受不了|吃不消|压力|接受不了|障碍|阻力|顾虑|门槛'],
      en: ['high|higher|steep|increase\\w*|went up|doubled|unreasonable|afford|push ?back|pushing|objection\\w*|too much|obstacle|blocker|sticking point|deal ?breaker|doesn\'?t make sense|makes no sense'],
    },
  },

  broken_promise: {
    zh: [
      ['没兑现|未兑现|不兑现|没有兑现|无法兑现|不能兑现|兑现不了', 1.7],
      ['说好(?![几多久])(?:的|了)?|答应的|答应过|口头承诺|承诺的|当初保证|合同(?:里|上)写的', 1.0],
      [`(?:与|和|跟)(?:宣传|广告|介绍|演示|demo|合同)的?${GAP}{0,4}(?:不符|不一样|不同|差距|两回事)|(?:宣传|广告|演示|demo)${GAP}{0,8}(?:两回事|差距很大|差太多)|虚假宣传|夸大宣传|夸大其词|货不对板|名不副实|不像宣传`, 1.6],
      ['食言|失信|不守信|言而无信|忽悠|被骗|骗人|说话不算数|不讲诚信', 1.6],
      ['返利(?:没|未|迟迟|一直|还没|至今)|返点(?:没|未|迟迟|一直|还没)|奖励没到|补贴没到', 1.6],
      ['延期交付|交付延期|交期延误|没按时交付|未按时交付|未按期|延迟交付|一拖再拖|跳票', 1.3],
      ['(?<!付款|还款|支付)延期|推迟了?\\S{0,2}次|失去信任|不再信任|信任危机|另外收费|额外收费|隐形收费', 1.0],
    ],
    en: [
      ['over-?promis\\w*|broke (?:a |the |our |their |its )?promises?|broken promises?|promises? (?:broken|not kept)', 1.7],
      ['never delivered|didn\'?t deliver|did not deliver|not delivered|failed to deliver|yet to deliver', 1.3],
      ['not as (?:advertised|promised|described|sold)|misleading|misled|false advertising|bait and switch', 1.6],
      [`rebates? (?:not|never|still|missing|unpaid|overdue)|(?:missing|unpaid) rebates?|credits? (?:never|not) (?:applied|issued)|rebates? ${GAP}{0,25}(?:late|overdue|delayed|unpaid)`, 1.6],
      ['promised|we committed|you committed|commitment|you (?:said|told us|guaranteed|assured)|we (?:guaranteed|assured|agreed|told them)|sales (?:said|told them)|agreed verbally|verbal(?:ly)? (?:agreed|agreement|promise)|(?:was|were) supposed to', 0.7],
      ['missed (?:the )?(?:deadline|go-?live|delivery date|launch date)|delivery (?:delayed|slipped)|slipp(?:ed|ing) again|hidden (?:fees?|costs?|charges?)', 1.1],
      ['breach of contract|not in line with the contract|contrary to the contract', 1.5],
    ],
    topics: {
      zh: [['承诺|答应|返利|返点|合同约定|约定|保证|宣传', 0.9]],
      en: [['promise[sd]?|rebates?|credits?|guarantee\\w*|sla credit|commitment|committed', 0.9]],
    },
    judgements: {
      zh: ['还没|没到|未到|迟迟|至今|到现在|一直没|没给|没有给|没做到|做不到|做不了|办不到|没实现|没上线|没交付|没做|没来|落空'],
      en: ['still|never|not yet|yet to|missing|broken|not kept|didn\'?t happen|hasn\'?t|never happened|late|overdue|delayed'],
    },
  },

  relationship_neglect: {
    zh: [
      ['很久没联系|好久没联系|长时间没联系|很久没有联系|好久没有联系|几个月没联系|半年没联系|一直没联系|没怎么联系', 1.6],
      ['没有回访|未回访|没回访|没人回访|从没回访|缺少回访', 1.5],
      ['没人跟进|无人跟进|没有跟进|疏于跟进|跟进不够|很少跟进|没人(?:找过|联系过|来过|问过|拜访过|关心)', 1.4],
      ['没拜访|没有拜访|未拜访|从没拜访|没去拜访|没见过面|从来没见过|从来不(?:来|联系|拜访|问)|不来看看', 1.3],
      ['被忽视|被忽略|不被重视|不重视我们|冷落|怠慢|没人关心|被遗忘|感觉不到重视|没有被重视', 1.6],
      ['失联|联系不上|不回消息|已读不回|不接电话|沉默', 1.1],
      ['\\d+\\s*(?:天|周|个月)(?:都)?(?:没|未)(?:有)?(?:任何)?(?:联系|沟通|互动|跟进|回复|拜访|见面|消息)|没有任何(?:互动|联系|沟通|往来)', 1.5],
      [`只(?:在|有)?${GAP}{0,10}(?:的时候|时)才(?:想起|找|联系|来)|才(?:第一次)(?:联系|拜访|沟通)`, 1.4],
      ['很少(?:主动)?(?:联系|沟通|拜访|回访|来往|关心)|不(?:怎么)?主动联系|(?:从来没|从没|从未|没有?)(?:主动)?\\s*(?:check ?-?in|联系|拜访|回访|关心|问候)', 1.3],
      [`沉默\\s*\\d+|\\d+\\s*天${GAP}{0,3}沉默|上次(?:拜访|联系|见面|沟通|回访)(?:是|在)?(?:去年|半年前|${GAP}{1,4}个月前|很久以前)`, 1.4],
      // "No longer / not once since": 再也没联系, 没再拜访, 一次回访都没做, 回访计划一直没落实.
      ['(?:再也?没有?|没再|再未|从此没有?)(?:安排|做|打|去|来)?过?(?:任何)?(?:回访|联系|拜访|跟进|走访|见面|沟通|问候|来往|去过|来过)', 1.4],
      [`(?:一次|一个)(?:回访|拜访|电话|会议|面)都(?:没|没有|未)|(?:回访|拜访|走访)${GAP}{0,6}(?:没|未)(?:有)?(?:落实|做|安排|执行|进行|完成)`, 1.3],
      // A stretch of time with no contact, in words or digits: 好几个月没见到我们的人, 很长一段时间没去拜访.
      ['(?:[一二两三四五六七八九十几好]+|\\d+)\\s*个?多?(?:天|周|星期|月|年)(?:多)?了?(?:都|也)?(?:没|未)有?(?:跟|和|与)?(?:客户|他们|对方)?(?:任何)?(?:联系|沟通|互动|跟进|拜访|回访|见面|见到|见过|来往|走动|音讯)|(?:很长|好长|相当长)(?:一段)?时间(?:都|也)?(?:没|未)有?(?:去|来|再)?(?:联系|拜访|回访|沟通|走访|见面|跟进|问候|来往)', 1.4],
      // The customer has gone quiet on us: 一直没有回复, 迟迟没有回音 (not 没有回复的必要, "no need to reply").
      ['(?:一直|始终|迟迟|从来|再也|很久|好久|长期)(?:都)?(?:没有?|未|不)(?:任何)?(?:回复|回音|回应|回消息|回邮件|回电话?)(?!的?必要)|杳无音信|音讯全无', 1.3],
      ['(?:他|她|他们|对方|客户)(?:那边)?(?:都|也|一直|始终|还是)?(?:没有?|未)回(?![来去家国])(?:复|音|应|消息|邮件|电话)?(?![复音应]|的?必要)', 1.0],
      [`只(?:在|有|会|是)?${GAP}{0,10}(?:的时候|时候|时|前|之前)才(?:想起|找|联系|来|打电话|打|露面|出现|问|见)`, 1.4],
    ],
    en: [
      ['(?:haven\'?t|have not|hasn\'?t|has not|didn\'?t|did not) (?:spoken|talked|heard|met|been in touch|visited|checked in|had (?:a |any )?(?:\\w+ )?(?:conversation|call|meeting|contact))', 1.3],
      ['no (?:contact|touchpoints?|check-?ins?|qbr|review meeting|visit|follow-?up|outreach)|zero (?:touchpoints?|contact|meetings|calls)|no (?:\\w+ ){1,2}(?:contact|touchpoints?|check-?ins?|meetings?) (?:in|for|since)', 1.4],
      ['neglect\\w*|feel(?:s|ing)? (?:ignored|forgotten|undervalued|not valued)|not valued|taken for granted', 1.6],
      ['gone (?:quiet|dark|silent)|went (?:quiet|dark|silent)|radio silence|ghost(?:ed|ing)', 1.4],
      ['(?:months|weeks) (?:since|without) (?:last )?(?:contact|touch|call|meeting)|account (?:untouched|dormant)|untouched for|no activity (?:for|in|since)', 1.4],
      ['no ?(?:one|body)(?: from (?:your|our|the) (?:side|team|company|end))? (?:has |had |ever )*(?:reached out|visited|called|checked in|come by|been on ?site|follows? up|followed up)', 1.5],
      ['only (?:ever )?(?:call|reach out|contact|show up|get in touch|hear from (?:you|us))\\w* (?:when|at|around|before|if)|just a number|not a priority|(?:an )?afterthought', 1.4],
      // The customer stopped answering us (a ticket nobody answers is service, above).
      [`stopped (?:answering|replying|responding|returning)(?: to)? (?:our |my )?(?:emails?|calls?|messages?|texts?)|(?:our |my )?(?:emails?|calls?|messages?|voicemails?|outreach)${GAP}{0,25}(?:go|goes|went|gone|remain|remained|stay|stayed|are|were|is|was) (?:still )?unanswered|no (?:reply|response|answer|word) from (?:the )?(?:client|customer|them|their side|him|her|procurement|the buyer|their team)`, 1.4],
      [`(?:ages|months|weeks|forever|a (?:long )?while|a long time) since (?:we|anyone|anybody|someone|somebody|our team|I)${GAP}{0,20}(?:reached out|called|visited|checked in|spoke|talked|contacted|met|heard)`, 1.4],
      [`(?:follow-?ups?|check-?ins?|qbrs?|review meetings?|visits?)${GAP}{0,20}(?:never|not) (?:been )?(?:happened|took place|scheduled|booked|held)|never (?:scheduled|booked|held|did) (?:a |the |any |our )?(?:follow-?up|check-?in|qbr|review|visit)|zero (?:outreach|check-?ins?|visits?|follow-?ups?)`, 1.3],
      ['last (?:contact|touch(?:point)?|visit|check-?in)(?: was| 是|:)?\\s*(?:\\d+|[一二两三四五六七八九十半几]+个?月|over|more than|months)|silent (?:for )?(?:\\d+|over|more than|since|months|weeks)', 1.3],
      ['never (?:visited|met|called|checked in)', 1.3],
      ['unresponsive|not responding to (?:our )?(?:emails|calls)', 1.0],
    ],
  },

  competitor: {
    zh: [
      ['竞品|竞争对手|友商|竞对', 1.5],
      ['(?<!竞争)对手', 1.0],
      ['其他供应商|别的供应商|其他厂家|别的厂家|别家|其他家|另一家的?(?:系统|产品|方案|软件|平台|供应商|服务商|厂家)|其他品牌|别的品牌|其他服务商|别的服务商|其他平台|别的平台', 1.3],
      ['比价|货比三家|对比了|在对比|做对比|横向对比|选型', 1.1],
      // "换成" of a person ("对接人换成了王经理") is a staff change, not a switch of vendor.
      ['换供应商|更换供应商|(?<!(?:人|经理|总监|主管|老板|领导)\\s*)换成|转投|换到|(?:迁移|切换|转)(?:数据|系统)?到|转向|重新选型|(?:评估|考察)(?:所有|其他|别的|多家)?(?:供应商|厂商)|替代方案|替代品|国产替代|替换掉|(?:用|换成?)\\S{1,6}替代', 1.0],
      ['挖墙脚|挖角|撬单|抢单|被抢', 1.4],
      ['在试用|试用了|在测试|招标|重新招标', 0.8],
      ['报价更低|价格更低|更便宜的|便宜很多', 0.9],
    ],
    en: [
      ['competitors?|competition|competitive (?:threat|pressure|bid|deal|offer|situation)|competing (?:vendor|offer|product)s?|rivals?', 1.5],
      ['switch(?:ing|ed)? (?:over )?to(?! (?:the|a|our|next|new|annual|monthly)\\b)', 1.0],
      ['(?:mov(?:e|ing|ed)|migrat(?:e|ing|ed)|go(?:ing)?) (?:over )?to(?! (?:the|a|our|next|new|annual|monthly)\\b)', 0.3],
      ['evaluat(?:e|ing|ed|ion) (?:of )?(?:other|alternative|another|competing)|alternatives?|other (?:vendors?|providers?|suppliers?|tools?|options)', 1.3],
      ['shopping around|shop around|rfp|request for proposal|tender|bake-?off|side-by-side', 1.1],
      ['(?:cheaper|better|lower) (?:offer|quote|deal|price) from|quote from|offer from|counter-?offer|demo from|lost (?:the deal |the pilot |it |out )?to', 1.2],
      ['poach\\w*|trial (?:of|with)|trialing|trialling|piloting|pocs?', 0.9],
    ],
    dampeners: {
      zh: ['还是(?:觉得|选择|用|决定用)我们|不会(?:更换|换|转)|不考虑(?:更换|换|其他)|决定(?:留下|继续)|继续(?:用|使用|合作)'],
      en: ['staying with us|(?:will|decided to|going to) stay|not (?:switching|moving|leaving)|won\'?t switch|chose us|picked us|prefer us|happy with us|satisfied with us'],
    },
  },

  staff_turnover: {
    zh: [
      ['离职|跳槽|辞职|离开公司|已离开|被辞退|退休', 1.4],
      ['换了负责人|负责人变|负责人换|负责人调整|换负责人|新负责人|新的负责人|新来的负责人|新任', 1.6],
      ['对接人变|对接人换|换对接人|换了对接人|新对接人|联系人变更|联系人换|换了联系人|新联系人', 1.6],
      // A CRM's own change log: "负责人由 A 变更为 B", "客户经理已调整为 B".
      ['(?:负责人|对接人|联系人|客户经理|客户成功经理|销售代表|csm)\\s*(?:由|从)[^，。；,;]{1,30}?(?:变更|更换|改|换|调整|转交?)(?:为|成|给|到)|(?:负责人|对接人|联系人|客户经理|客户成功经理)\\s*(?:已|已经)?(?:变更|更换|调整)(?:为|成)', 1.6],
      ['人事变动|人员变动|人员调整|管理层变动|高层变动|换了老板|换老板|新老板|新领导|换领导|换了领导', 1.4],
      ['调岗|调走|调任|调到|调去|被调|交接|接手|接任|不再负责', 1.2],
      ['新来的|新上任', 0.9],
      [`${ZH_ROLE}\\s*(?:又|也|刚|已经)?(?:换了|换人了?|换|变了|走了)(?=$|[\\s,.;!?，。；！？了]|[一二两三四五六七八九十\\d]+(?:个|任))`, 1.4],
      [`换了(?:新的?|个|一个)?\\s*${ZH_ROLE}|新(?:的|任|来的)?\\s*(?:cto|cio|ceo|cfo|vp|总监|负责人|对接人|联系人|决策人|主管|采购总监|采购经理|it经理|总经理)|换了[一二两三四五六七八九十\\d]+(?:任|个)`, 1.3],
    ],
    en: [
      ['left the company|has left|resigned|quit|departed|moved on|no longer (?:with|at) (?:the company|them|us)|(?:was|were|got) (?:let go|fired)', 1.4],
      ['champion (?:left|is leaving|gone|moved)|lost (?:our|the|their) champion|sponsor (?:left|is leaving|changed)', 1.7],
      ['new (?:decision[- ]makers?|cto|cfo|ceo|cio|vp|head of|director|manager|owner|contact|buyer|procurement|point of contact|poc|admin|stakeholder)', 1.3],
      [`${EN_ROLE}s? (?:has |have |just )?(?:changed|left|resigned|moved on|quit|retired)|(?:account )?owner (?:changed|change)|change of (?:owner|contact|ownership)|contact changed|reassigned|handover|hand-?off|handed over|no (?:account )?owner|unassigned`, 1.3],
      ['replaced by|replacing|successor|took over|taking over|interim|on (?:maternity|paternity|parental|sick|long-term) leave', 1.0],
      ['reorg\\w*|leadership change|management change|turnover', 0.9],
    ],
  },

  business_change: {
    zh: [
      ['停产|停售|下线|下架|停止维护|停止支持|不再支持|不再提供|停止服务|砍掉|取消了该功能|功能被取消|退市', 1.6],
      [`(?:接口|功能|模块|版本|数据中心|机房|套餐)${GAP}{0,6}(?:关闭|停用|停止)|放弃了?(?:这个|该)?(?:模块|功能|产品|版本|方向)|被我们?放弃|我们不(?:再)?做`, 1.4],
      ['产品线调整|产品调整|业务调整|战略调整|方向调整|政策调整|改版|大改|新版本去掉|版本升级后', 1.2],
      ['没有移动端|没有手机端|没有app|不支持|暂不支持|缺少.{0,6}功能|缺.{0,4}功能|没有.{0,6}功能|功能缺失|功能不全|功能不够', 1.2],
      ['路线图|规划里没有|暂无计划|没有计划|没计划|不在计划', 1.1],
      [`取消了?${GAP}{0,4}(?:版|功能|模块|套餐)|(?:没有|缺少|不提供)\\s*(?:api|sso|sdk|webhook|接口|小程序|离线|私有化|本地部署|中文版|英文版|多语言)`, 1.2],
      ['强制迁移|必须迁移|迁移到新|旧版本', 1.0],
    ],
    en: [
      ['sunset\\w*|deprecat\\w*|discontinu\\w*|end[- ]of[- ]life|eol|retir(?:e|ed|ing) (?:the|this|that|our)|being retired|shut(?:ting)? down (?:the|this|our) (?:product|feature|module|api)|no longer (?:supported|available|offered|offer|offers|include|includes|provide|sell)', 1.6],
      [`(?:api|endpoint|feature|module|version|data cent(?:er|re)|region|free (?:tier|plan|version|edition)|tier|plan)${GAP}{0,20}(?:closing|shut(?:ting)? down|going away|removed|killed|ending)`, 1.3],
      ['feature (?:gap|request|missing|removed)|missing (?:feature|functionality|integration)|lacks?|lacking|no (?:mobile app|mobile|api|integration|sso|offline)', 1.2],
      ['(?:does not|doesn\'?t|do not|don\'?t) support|not supported|unsupported', 1.1],
      ['roadmap|not on (?:the|our) roadmap|not planned|no plans to|nothing planned', 0.9],
      ['forced (?:migration|upgrade)|migrat(?:e|ion) to (?:the )?new (?:version|platform)|new version removed|removed (?:the )?feature|plan changes?|(?:new|changed?) packaging|packaging change|moved (?:\\w+ )?(?:into|to) (?:the )?(?:enterprise|higher|premium|paid) (?:tier|plan|edition)|(?:usage|consumption)-based (?:billing|pricing)|billing model|pricing model', 1.2],
    ],
  },

  customer_circumstances: {
    zh: [
      ['预算(?:被)?(?:砍|削|缩|冻结|压缩|减)|预算削减|预算缩减|预算冻结|削减预算|缩减预算|砍预算|压缩预算|降本|降本增效|控制成本|成本控制|缩减开支', 1.6],
      ['裁员|缩编|人员缩减|减员|优化了', 1.4],
      ['倒闭|破产|停业|关门|关店|清算|注销|经营困难|经营不善|亏损|资金紧张|资金链|现金流|融资(?:失败|没到位|告吹)|没钱了|生意难做', 1.6],
      ['搬迁|迁址|搬家|搬到|迁往|迁到|撤出', 1.3],
      ['被收购|收购|并购|合并|重组|改制|母公司|拆分|分拆|剥离', 1.2],
      ['拖欠|欠款|欠费|逾期|付款延迟|延迟付款|付款延期|延期付款|回款慢|回款难|账期|未付款|没付款|催款|付不出|付不起|付款困难', 1.4],
      [`(?:用量|使用量|订单|采购量|销量|营收|业绩|收入)${GAP}{0,8}(?:下降|下滑|减少|萎缩|少了)|用量下降|用量下滑|使用量下降|使用量减少|订单减少|订单下滑|采购量下降|采购减少|业务萎缩|业务收缩|生意不好|销量下滑|营收下降|业绩下滑|缩到|缩减到|业务(?:基本)?停了|停摆`, 1.4],
      ['疫情|行业不景气|市场不好|淡季|政策影响|停工|停产整顿|先停一停|暂停合作|暂停采购|采购暂停|项目暂停', 1.0],
    ],
    en: [
      ['budget (?:was |has been |got |is being )?(?:cuts?|freeze|frozen|slashed|reduced|reduction)|cut(?:ting)? (?:the |their |our )?budget|cost[- ]cutting|cutting costs', 1.6],
      ['layoffs?|laid off|lay(?:ing)? off|layoff round|downsiz\\w*|hiring freeze|headcount (?:cut|reduction|freeze)', 1.5],
      ['bankrupt\\w*|insolven\\w*|chapter (?:7|11)|receivership|going out of business|closing (?:down|stores|shops|offices)|shut(?:ting)? down (?:their|the) (?:business|company|office)|liquidat\\w*|cash ?flow|financial (?:trouble|difficult\\w*|problems)|ran out of (?:money|cash|runway)|(?:funding|investment|financing)(?: round)? (?:fell through|dried up|fell apart|pulled)', 1.6],
      ['relocat\\w*|moving (?:offices|hq|headquarters|production|manufacturing|operations)|new (?:office|premises) in', 1.2],
      ['acquired|acquisition|merg(?:er|ed|ing)|parent company|restructur\\w*|spin-?off|split up|divest\\w*', 1.2],
      ['late payments?|paid late|overdue (?:invoices?|payments?)|invoices? (?:overdue|unpaid)|payment (?:delayed|delays|late)|payments? \\d+ days late|unpaid|arrears|collections', 1.4],
      ['usage (?:dropp\\w*|declin\\w*|down|fell|falling|decreas\\w*)|(?:declining|falling|dropping|lower) usage|fewer orders|orders (?:dropp\\w*|down|declin\\w*)|volumes? (?:down|dropp\\w*)|revenue (?:down|declin\\w*|dropp\\w*)|slow season|seasonal business|downturn|recession', 1.4],
    ],
  },

  friction: {
    zh: [
      ['麻烦|太复杂|很复杂|复杂|繁琐|啰嗦|步骤多|步骤太多|流程长|太绕|很绕|绕来绕去|不顺手|别扭', 1.2],
      ['不会用|不会操作|不知道怎么用|不知道怎么操作|不懂怎么|看不懂|搞不懂|弄不明白|找不到', 1.4],
      ['不好用|难用|难上手|上手难|上手慢|学习成本|操作难|操作复杂|不直观|不方便|不习惯|用不惯|体验差', 1.4],
      ['怎么用|如何使用|如何操作|怎么操作|怎么设置|如何设置|怎么导出|如何导出|怎么导入|如何导入|怎么配置|如何配置', 0.8],
      ['使用率低|活跃度低|很少登录|很少使用|没怎么用|基本不用|没人用|闲置|用得少|登录次数少|不怎么用|不愿意用|不愿用|不想用', 1.5],
      ['(?:登录|使用|在用|用)的?(?:人|人数|率|次数|频率)?(?:很|非常|太)?(?:少|低)|只有\\s*\\d+\\s*(?:个人|人|个)(?:在)?(?:用|使用|登录)', 1.3],
      ['(?:还是|仍然|继续|又)(?:习惯)?用(?:回)?\\s*(?:excel|表格|纸质|微信)|(?:都|总|每次都)要(?:找|问|靠)我们|习惯${GAP}{0,4}(?:打乱|改变)', 1.3],
      ['需要培训|要求培训|再培训|培训一下', 0.8],
    ],
    en: [
      ['confus\\w*|complicated|cumbersome|clunky|tedious|convoluted|overwhelm\\w*|not intuitive|unintuitive|counter-?intuitive|get(?:ting)? lost', 1.4],
      ['hard to (?:use|find|learn|navigate|set up|configure)|difficult to (?:use|find|learn|navigate|set up|configure)|hard to figure', 1.5],
      ['how (?:do|can|should) (?:i|we|you)|how to\\b[^.!]{0,60}\\?|how-?to questions?', 0.8],
      ['can\'?t figure out|cannot figure out|couldn\'?t figure out|can\'?t find|cannot find|where is the|no ?(?:one|body)(?: \\w+){0,4} knows? how to|(?:don\'?t|doesn\'?t|didn\'?t) know how to', 1.2],
      ['learning curve|steep curve|too many (?:steps|clicks|fields)|extra steps', 1.4],
      ['only \\d+ (?:of \\d+ )?(?:seats?|users?|people|licen[cs]es?) (?:are )?(?:active|used|using|log)|(?:low|poor|weak) (?:adoption|usage|engagement)|adoption\\s*(?:is\\s*)?(?:low|stalled|poor|很低|低)|rarely (?:log|logs|use|uses)|nobody (?:uses|is using|logs)|barely (?:use|uses|used)|shelfware|not using (?:it|the)|log ?-?in (?:rate )?(?:dropped|fell|down|declin\\w*)|login rate', 1.5],
      ['(?:back to|still (?:using|uses|on)) (?:excel|spreadsheets?|email|paper)|never (?:finished|completed) (?:the )?(?:setup|onboarding|implementation|configuration)', 1.3],
      ['(?:need|needs|requested|asked for|more) training|onboarding (?:stalled|stuck|incomplete|slow)|stuck (?:in|on) onboarding', 1.0],
    ],
    topics: {
      zh: [['操作|界面|流程|上手|配置|设置|使用', 0.8]],
      en: [['ui|ux|interface|workflow|setup|onboarding|navigation', 0.8]],
    },
    judgements: {
      zh: ['难|复杂|不清楚|不明白|繁'],
      en: ['hard|difficult|complex|unclear|messy|slow'],
    },
  },

  channel_conflict: {
    zh: [
      ['窜货|串货|冲货|乱价|砸价|低价倾销|倾销|价格倒挂|跨区销售|跨区域销售|跨区|私下降价', 1.8],
      ['渠道冲突|渠道价格|价格体系乱|价格体系混乱|价格不统一|价格不一致|价格混乱|区域价格|控价|价格管不住|价格失控|抢(?:别人|别的|其他)?(?:区域|地盘)', 1.6],
      [`(?:别的|其他|另一个|另一家|隔壁|邻近)(?:城市|县|市|省|地区|区域)?的?(?:经销商|代理商|代理|分销商|渠道|客户|门店)?${GAP}{0,12}(?:便宜|低价|更低|拿货价|价格低)(?:的?(?:价格|折扣|报价|价))?`, 1.7],
      [`(?:给|卖给)?(?:别人|别家|其他客户|同行)的?(?:价格|报价|折扣)${GAP}{0,6}(?:低|更低|便宜|优惠)`, 1.6],
      [`(?:网上|线上|电商|平台|网店|旗舰店|直营店|amazon|京东|天猫|淘宝|拼多多)${GAP}{0,8}(?:更低|还低|便宜|低于|低价)|比${GAP}{0,5}(?:进货价|拿货价|出厂价|进价)还?低`, 1.5],
      [`(?:partner|reseller|distributor|dealer|经销商|代理商?|分销商)\\s*(?:卖|售价|价格|报价)${GAP}{0,10}(?:便宜|低)`, 1.5],
      ['经销商之间|代理商之间|同行拿货|拿货价|进货价更低|网上价格更低|电商价格更低|线上更便宜', 1.3],
    ],
    en: [
      ['channel conflict|grey market|gray market|price (?:inconsistenc\\w*|mismatch|parity)|inconsistent pricing|pricing is inconsistent|map violations?|undercut\\w*|price war|dumping', 1.7],
      ['(?:another|other|a different) (?:reseller|distributor|partner|dealer|customer|region|store)s? [^,.;!?]{0,30}(?:lower|cheaper|better) (?:price|rate|deal)|(?:another|other) (?:reseller|distributor|partner|dealer)s? [^,.;!?]{0,30}(?:for )?(?:\\d+% )?less', 1.7],
      ['(?:reseller|distributor|partner|dealer)s? (?:sell|sells|selling|sold|offer\\w*) (?:it )?(?:cheaper|for less|below)|(?:partners?|resellers?|distributors?|dealers?) (?:are )?(?:bidding|competing) against each other', 1.7],
      [`regional pric\\w*|cross-?region\\w*|different price in|(?:cheaper|lower price|better price|for less|less) (?:through|from|via|at) (?:a |an |another |the )?(?:local )?(?:partner|reseller|distributor|dealer)|partner pricing|online discount\\w*|margins? (?:collapsed|squeezed|eroded)`, 1.3],
    ],
  },

  brand_damage: {
    zh: [
      ['曝光|负面新闻|负面报道|负面消息|负面舆情|舆情|舆论|丑闻|上热搜|热搜|媒体报道|被报道|315晚会|黑榜|失信名单|黑名单|黑稿|抹黑|消费者协会|消协|被(?:消协|媒体|监管|央视)?点名|点名批评|通报批评', 1.6],
      ['负面(?!.{0,2}反馈)', 0.8],
      ['口碑差|口碑下滑|口碑不好|差评多|一堆差评|网上差评|名声不好|名声差|品牌形象|形象受损|信誉受损|声誉', 1.4],
      ['数据泄露|泄露|安全事件|被黑|黑客|勒索病毒|被罚|罚款|处罚|立案|被起诉|官司|诉讼|维权', 1.4],
      [`网上投诉|微博投诉|公开投诉|黑猫投诉|发帖|上了?新闻|谣言|传言|(?:抖音|快手|微博|小红书|知乎|b站|朋友圈)${GAP}{0,10}(?:发|传|骂|吐槽|曝|说我们)|播放量|转发量`, 1.3],
    ],
    en: [
      ['bad press|negative (?:press|news|coverage|publicity|headlines|reviews|articles?)|scandal|pr (?:crisis|disaster|nightmare)|made headlines|in the news|national news|went viral|viral|uproar|outrage|controvers\\w*', 1.6],
      ['data breach|security (?:breach|incident)|breach(?:ed)? (?:of )?data|hacked|leak(?:ed)?|ransomware|cyber-?attack', 1.5],
      ['reputation\\w*|brand (?:damage|image|trust)|public (?:complaints?|backlash)|backlash|boycott\\w*|petition', 1.3],
      ['lawsuit|sued|fined|regulator\\w*|investigation|recall(?:ed)?|class action', 1.2],
      ['(?:g2|trustpilot|glassdoor|reddit|twitter|linkedin) (?:post|thread|reviews?)|rumou?rs?|journalist|reporter|wrote about (?:us|our)|article about (?:us|our)', 1.0],
    ],
    topics: {
      zh: [['口碑|名声|形象|声誉|信誉|评价|品牌', 0.9]],
      en: [['reputation|brand|image|reviews|trust', 0.9]],
    },
    judgements: { zh: ['影响|担心|受损|下滑|变差'], en: ['took a hit|hit|damag\\w*|worried|concern\\w*'] },
  },
};

/** A rival the team named in ClassifyOptions.competitors: as strong as the word 竞品 itself. */
export const COMPETITOR_NAME_WEIGHT = 1.5;
