import type { CauseId } from '../types';

/**
 * The words sellers and support staff write when a cause is at work, per cause, in Chinese and
 * English. Patterns are regular-expression sources matched against normalised text (lower case,
 * half-width, simplified script; see normalize.ts).
 *
 * - Chinese has no spaces, so a pattern matches anywhere; one-character terms carry look-arounds
 *   against the common words they hide in (贵 in 贵公司 "your company").
 * - English patterns are wrapped in word boundaries by the compiler; they spell out inflections
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

export const LEXICON: Record<CauseId, CauseTerms> = {
  product_quality: {
    zh: [
      ['质量问题|品质问题|质量差|质量太差|质量不过关|质量不合格', 1.6],
      ['故障', 1.4],
      ['缺陷|瑕疵|次品|残次|不合格品', 1.4],
      ['坏了|损坏|破损|坏掉|又坏', 1.3],
      ['退货|退换货|返修|返厂|召回', 1.2],
      ['报[^,.;!?，。；！？]{0,5}错|出错|错误码|异常退出', 1.1],
      ['崩溃|闪退|死机|宕机|白屏|蓝屏|(?:系统|服务器|网站|app|平台|服务|接口)(?:又|都|直接)?挂了', 1.4],
      ['卡顿|很卡|太卡|卡死|卡得', 1.1],
      ['不稳定|时好时坏', 1.2],
      ['漏洞|数据丢失|丢数据|数据不准|数据错误|算错', 1.3],
      ['用不了|打不开|登不上|无法登录|登录不了|无法使用|不能用|没法用', 1.2],
      ['不制冷|不致冷|漏水|发热严重|耗电快', 1.2],
    ],
    en: [
      ['bugs?|buggy', 1.3],
      ['defect(?:s|ive)?|faulty|malfunction\\w*', 1.5],
      ['broken|breaks? down|broke down', 1.2],
      ['crash(?:es|ed|ing)?|outages?|downtime|went down|is down|server down', 1.4],
      ['errors?|error messages?|glitch(?:es|y)?', 0.9],
      ['not working|doesn\'?t work|does not work|stopped working|won\'?t (?:load|start|open)', 1.3],
      ['data loss|lost data|corrupt(?:ed|ion)?', 1.4],
      ['unstable|flaky|unreliable', 1.1],
      ['returns? (?:the|all|some)? ?(?:units?|devices?|goods|items?|orders?)|rma|sent back for repair', 1.2],
      ['quality (?:issues?|problems?|complaints?)|poor quality|low quality', 1.6],
      ['regression|keeps failing|fail(?:s|ed|ing|ure|ures)', 1.0],
      ['laggy|lags|freez(?:es|ing)|froze', 1.0],
      ['can\'?t log ?in|cannot log ?in|login (?:fails|failing|broken)', 1.1],
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
      ['没人理|没有人理|没人管|没人回|无人响应|无人回复|无人处理|无人跟进|石沉大海', 1.5],
      ['推诿|踢皮球|互相推|推来推去|扯皮', 1.6],
      ['态度差|态度恶劣|态度不好|服务态度|不耐烦|敷衍', 1.4],
      ['投诉', 0.5],
      ['客诉|差评客服|升级处理|工单超时|工单积压|超时未处理|一直没解决|迟迟没解决|至今未解决|还没解决', 1.3],
      ['不专业|一问三不知|答非所问', 1.2],
      ['等了\\d+|等了好几天|等了一周|等了很久|等了好久|等很久|等太久|排很久|排了很久|排队太久|催了好几次|多次催促|反复催', 1.3],
      ['没有进展|毫无进展|没进展|一直说在处理|说在处理|不回邮件|不回电话', 1.1],
      ['不满意|不满|生气|火大|恼火', 0.3],
    ],
    en: [
      ['slow (?:response|reply|replies|support|to respond|to reply)|response times?', 1.2],
      ['no (?:reply|response|answer|one (?:answered|replied|responded|called back|got back))', 1.4],
      ['no ?(?:one|body) (?:has )?(?:ever )?(?:answered|replied|responded|got back|gets back|called back|helped|replies|answers|responds)|never (?:got back|heard back|answered|replied|responded)', 1.4],
      ['(?:takes?|took|taking) (?:\\d+|two|three|four|five|several|many|a few) (?:days?|weeks?|hours?) to (?:reply|respond|answer|get back|fix|resolve)|takes forever|nothing happens|no progress|no update', 1.2],
      ['unanswered|ignored (?:our|my|their) (?:ticket|email|request)s?', 1.4],
      ['escalat\\w*', 1.1],
      ['complain\\w*', 0.8],
      ['rude|unprofessional|unhelpful|dismissive', 1.4],
      ['passed around|bounced between|ping-?pong(?:ed)?|runaround', 1.5],
      ['(?:waited|waiting|on hold) (?:for )?(?:\\d+|two|three|four|five|several|many) (?:days?|weeks?|hours?)', 1.3],
      ['sla (?:breach\\w*|missed|violation)|breached (?:the )?sla', 1.4],
      ['ticket (?:still )?(?:open|unresolved|overdue|pending)|tickets? (?:open|overdue) for', 1.1],
      ['(?:low|poor|bad) (?:csat|ces|nps|satisfaction)|csat (?:dropped|down|fell)', 1.2],
      ['frustrat\\w*|dissatisfied|unhappy|furious|angry', 0.3],
    ],
    topics: {
      zh: [['服务|客服|售后|支持|技术支持|响应|回复|工单|实施', 1.0]],
      en: [['service|support|helpdesk|help desk|customer care|response|tickets?|csm|account team', 1.0]],
    },
  },

  price: {
    zh: [
      ['太贵|很贵|偏贵|昂贵|贵了|价格高|价格偏高|价格太高|价格过高|费用高|费用太高|收费高|成本高', 1.5],
      ['(?<![宝珍富高可])贵(?![公司方州宾姓阳重])', 0.7],
      ['降价|便宜点|便宜一些|打折|折扣|优惠|让利|砍价|压价|议价|还价|谈价', 1.2],
      ['涨价|提价|价格上涨|调价|续费价格|续约价格', 1.3],
      ['预算不够|预算有限|预算不足|超预算|超出预算|没预算', 1.4],
      ['预算', 0.4],
      ['性价比低|性价比不高|不值|不划算|花钱买|投入产出', 1.2],
      ['降级|降配|减少账号|减少席位|减少坐席|减少用户数|减少采购|少买', 1.1],
    ],
    en: [
      ['expensive|pricey|overpriced|costly', 1.5],
      ['discounts?|discounted|price (?:cut|reduction|break)|lower (?:the )?price|better price|best price', 1.2],
      ['price (?:increase|hike|rise)|pricing (?:increase|change)|renewal (?:price|uplift|increase)|uplift', 1.3],
      ['negotiat\\w*|haggl\\w*', 0.7],
      ['(?:no|tight|limited|over|out of) budget|budget (?:is )?(?:tight|limited|constraints?)', 1.3],
      ['budget', 0.4],
      ['too much|(?:not )?worth (?:the|it)|value for money|roi', 0.8],
      ['smaller (?:package|plan|tier|edition)|cheaper (?:plan|tier|package|edition)|downgrad\\w*|fewer (?:seats|licenses|licences|users)|reduce (?:seats|licenses|licences|users)|cut (?:seats|licenses)', 1.1],
      ['cheaper', 0.6],
    ],
    topics: {
      zh: [['价格|价钱|费用|收费|报价|定价|单价|年费|续费', 0.9]],
      en: [['prices?|pricing|costs?|fees?|quote|invoice amount|subscription fee', 0.9]],
    },
    judgements: {
      zh: ['(?<!提)高(?!兴|效|端|层|管)|(?<![宝珍富高可])贵(?![公司方州宾姓阳重])|涨|太多|不合理|承受不了|吃不消|压力|接受不了|障碍|阻力|顾虑|门槛'],
      en: ['high|higher|steep|increase\\w*|went up|doubled|unreasonable|afford|push ?back|objection\\w*|too much|obstacle|blocker|sticking point|deal ?breaker'],
    },
  },

  broken_promise: {
    zh: [
      ['没兑现|未兑现|不兑现|没有兑现|无法兑现|不能兑现|兑现不了', 1.7],
      ['说好的|答应的|答应过|口头承诺|承诺的', 1.0],
      ['(?:与|和|跟)(?:宣传|广告|介绍|演示|demo|合同)的?[^,.;!?，。；！？]{0,4}(?:不符|不一样|不同|差距|两回事)|虚假宣传|夸大宣传|夸大其词|货不对板|名不副实|不像宣传', 1.6],
      ['食言|失信|不守信|言而无信|忽悠|被骗|骗人|说话不算数|不讲诚信', 1.6],
      ['返利(?:没|未|迟迟|一直|还没|至今)|返点(?:没|未|迟迟|一直|还没)|奖励没到|补贴没到', 1.6],
      ['延期交付|交付延期|交期延误|没按时交付|未按时交付|未按期|延迟交付|一拖再拖|跳票', 1.3],
      ['(?<!付款|还款|支付)延期|推迟了?\\S{0,2}次|失去信任|不再信任|信任危机', 1.0],
    ],
    en: [
      ['over-?promis\\w*|broke (?:a |the |our |their |its )?promises?|broken promises?|promises? (?:broken|not kept)', 1.7],
      ['never delivered|didn\'?t deliver|did not deliver|not delivered|failed to deliver|yet to deliver', 1.3],
      ['not as (?:advertised|promised|described|sold)|misleading|misled|false advertising|bait and switch', 1.6],
      ['rebates? (?:not|never|still|missing|unpaid|overdue)|(?:missing|unpaid) rebates?|credits? (?:never|not) (?:applied|issued)', 1.6],
      ['promised|we committed|you committed|commitment|you (?:said|told us|guaranteed|assured)|we (?:guaranteed|assured)|sales (?:said|told them)', 0.7],
      ['missed (?:the )?(?:deadline|go-?live|delivery date|launch date)|delivery (?:delayed|slipped)|slipp(?:ed|ing) again', 1.1],
      ['breach of contract|not in line with the contract|contrary to the contract', 1.5],
    ],
    topics: {
      zh: [['承诺|答应|返利|返点|合同约定|约定|保证|宣传', 0.9]],
      en: [['promise[sd]?|rebates?|credits?|guarantee\\w*|sla credit|commitment|committed', 0.9]],
    },
    judgements: {
      zh: ['还没|没到|未到|迟迟|至今|到现在|一直没|没给|没有给|没做到|做不到|没实现|没上线|没交付|没做|没来|落空'],
      en: ['still|never|not yet|yet to|missing|broken|not kept|didn\'?t happen|hasn\'?t|never happened'],
    },
  },

  relationship_neglect: {
    zh: [
      ['很久没联系|好久没联系|长时间没联系|很久没有联系|好久没有联系|几个月没联系|半年没联系|一直没联系|没怎么联系', 1.6],
      ['没有回访|未回访|没回访|没人回访|从没回访|缺少回访', 1.5],
      ['没人跟进|无人跟进|没有跟进|疏于跟进|跟进不够|很少跟进', 1.3],
      ['没拜访|没有拜访|未拜访|从没拜访|没去拜访|没见过面|从来没见过', 1.3],
      ['被忽视|被忽略|不被重视|不重视我们|冷落|没人关心|被遗忘|感觉不到重视|没有被重视', 1.6],
      ['失联|联系不上|不回消息|已读不回|不接电话|沉默', 1.1],
      ['\\d+\\s*(?:天|周|个月)(?:都)?(?:没|未)(?:有)?(?:任何)?(?:联系|沟通|互动|跟进|回复|拜访|见面|消息)|没有任何(?:互动|联系|沟通|往来)', 1.5],
      ['只(?:在|有)?[^,.;!?，。；！？]{0,10}(?:的时候|时)才(?:想起|找|联系|来)', 1.4],
      ['很少(?:主动)?(?:联系|沟通|拜访|回访|来往|关心)|不(?:怎么)?主动联系|(?:从来没|从没|从未|没有?)(?:主动)?\\s*(?:check ?-?in|联系|拜访|回访|关心|问候)', 1.3],
      ['沉默\\s*\\d+|\\d+\\s*天[^,.;!?，。；！？]{0,3}沉默', 1.4],
    ],
    en: [
      ['(?:haven\'?t|have not|hasn\'?t|has not|didn\'?t|did not) (?:spoken|talked|heard|met|been in touch|visited|checked in)', 1.3],
      ['no (?:contact|touchpoints?|check-?ins?|qbr|review meeting|visit|follow-?up|outreach)', 1.4],
      ['neglect\\w*|feel(?:s|ing)? (?:ignored|forgotten|undervalued|not valued)|not valued|taken for granted', 1.6],
      ['gone (?:quiet|dark|silent)|went (?:quiet|dark|silent)|radio silence|ghost(?:ed|ing)', 1.4],
      ['(?:months|weeks) (?:since|without) (?:last )?(?:contact|touch|call|meeting)|last (?:contact|touch(?:point)?) (?:was )?(?:\\d+|months|over)', 1.4],
      ['no ?(?:one|body)(?: from (?:your|our|the) (?:side|team|company|end))? (?:has |had |ever )*(?:reached out|visited|called|checked in|come by|been on ?site)', 1.5],
      ['only (?:call|reach out|contact|show up|get in touch|hear from (?:you|us))\\w* when|just a number|not a priority|(?:an )?afterthought', 1.4],
      ['last (?:contact|touch(?:point)?|visit|check-?in)(?: was| 是|:)?\\s*(?:\\d+|[一二两三四五六七八九十半几]+个?月|over|more than|months)|silent (?:for )?(?:\\d+|over|more than|since|months|weeks)', 1.3],
      ['never (?:visited|met|called|checked in)', 1.3],
      ['unresponsive|not responding to (?:our )?(?:emails|calls)', 1.0],
    ],
  },

  competitor: {
    zh: [
      ['竞品|竞争对手|友商|竞对', 1.5],
      ['(?<!竞争)对手', 1.0],
      ['其他供应商|别的供应商|其他厂家|别的厂家|别家|其他家|另一家|其他品牌|别的品牌|其他服务商|别的服务商|其他平台|别的平台', 1.3],
      ['比价|货比三家|对比了|在对比|做对比|横向对比|选型', 1.1],
      ['换供应商|更换供应商|换成|转投|换到|(?:迁移|切换|转)(?:数据|系统)?到|转向|重新选型|(?:评估|考察)(?:所有|其他|别的|多家)?(?:供应商|厂商)', 1.0],
      ['挖墙脚|挖角|撬单|抢单|被抢', 1.4],
      ['在试用|试用了|在测试|poc|招标|重新招标', 0.8],
      ['报价更低|价格更低|更便宜的|便宜很多', 0.9],
    ],
    en: [
      ['competitors?|competition|competing (?:vendor|offer|product)s?|rivals?', 1.5],
      ['(?:switch(?:ing|ed)?|mov(?:e|ing|ed)|migrat(?:e|ing|ed)|go(?:ing)?) (?:over )?to (?!the |a |our |next |new |annual |monthly )', 0.9],
      ['evaluat(?:e|ing|ed|ion) (?:of )?(?:other|alternative|another|competing)|alternatives?|other (?:vendors?|providers?|suppliers?|tools?|options)', 1.3],
      ['shopping around|shop around|rfp|request for proposal|tender|bake-?off|side-by-side', 1.1],
      ['(?:cheaper|better|lower) (?:offer|quote|deal|price) from|quote from|offer from|counter-?offer', 1.2],
      ['poach\\w*|trial (?:of|with)|piloting|poc with', 0.9],
    ],
    dampeners: {
      zh: ['还是(?:觉得|选择|用|决定用)我们|不会(?:更换|换|转)|不考虑(?:更换|换|其他)|决定(?:留下|继续)|继续(?:用|使用|合作)'],
      en: ['staying with us|(?:will|decided to|going to) stay|not (?:switching|moving|leaving)|won\'?t switch|chose us|picked us|prefer us'],
    },
  },

  staff_turnover: {
    zh: [
      ['离职|跳槽|辞职|离开公司|已离开', 1.4],
      ['换了负责人|负责人变|负责人换|负责人调整|换负责人|新负责人|新的负责人|新来的负责人|新任', 1.6],
      ['对接人变|对接人换|换对接人|换了对接人|新对接人|联系人变更|联系人换|换了联系人|新联系人', 1.6],
      ['人事变动|人员变动|人员调整|管理层变动|高层变动|换了老板|换老板|新老板|新领导|换领导|换了领导', 1.4],
      ['调岗|调走|调任|交接|接手|接任|不再负责', 1.2],
      ['新来的|新上任', 0.9],
      ['(?:csm|客户经理|销售|负责人|对接人|联系人|决策人|客服经理|项目经理|老板|领导)\\s*(?:又|也)?(?:换了|换人|变了|走了)(?=$|[\\s,.;!?，。；！？]|[一二两三四五六七八九十\\d]+个)', 1.4],
      ['换了(?:新的?|个|一个)?\\s*(?:cto|cio|ceo|cfo|vp|总监|经理|负责人|老板|领导|对接人|联系人|决策人|主管)|新(?:的|任|来的)?\\s*(?:cto|cio|ceo|cfo|vp|总监|负责人|对接人|联系人|决策人|主管|采购总监|采购经理)', 1.3],
    ],
    en: [
      ['left the company|has left|resigned|quit|departed|moved on|no longer (?:with|at) (?:the company|them|us)', 1.4],
      ['champion (?:left|is leaving|gone|moved)|lost (?:our|the|their) champion|sponsor (?:left|is leaving|changed)', 1.7],
      ['new (?:decision[- ]makers?|cto|cfo|ceo|cio|vp|head of|director|manager|owner|contact|buyer|procurement|point of contact|poc|admin|stakeholder)', 1.3],
      ['(?:contact|champion|sponsor|owner|decision[- ]maker|admin)s? (?:has |have )?(?:changed|left|resigned|moved on)|(?:account )?owner (?:changed|change)|change of (?:owner|contact|ownership)|contact changed|reassigned|handover|hand-?off|handed over', 1.3],
      ['replaced by|replacing|successor|took over|taking over|interim', 1.0],
      ['reorg\\w*|leadership change|management change|turnover', 0.9],
    ],
  },

  business_change: {
    zh: [
      ['停产|停售|下线|下架|停止维护|停止支持|不再支持|不再提供|停止服务|砍掉|取消了该功能|功能被取消|退市', 1.6],
      ['产品线调整|产品调整|业务调整|战略调整|方向调整|政策调整|改版|新版本去掉|版本升级后', 1.2],
      ['没有移动端|没有手机端|没有app|不支持|暂不支持|缺少.{0,6}功能|缺.{0,4}功能|没有.{0,6}功能|功能缺失|功能不全|功能不够', 1.2],
      ['路线图|规划里没有|暂无计划|没有计划做|不在计划', 1.1],
      ['取消了?[^,.;!?，。；！？]{0,4}(?:版|功能|模块|套餐)|(?:没有|缺少|不提供)\\s*(?:api|sso|sdk|webhook|接口|小程序|离线|私有化|本地部署|中文版|英文版|多语言)', 1.2],
      ['强制迁移|必须迁移|迁移到新|旧版本', 1.0],
    ],
    en: [
      ['sunset\\w*|deprecat\\w*|discontinu\\w*|end[- ]of[- ]life|eol|retir(?:e|ed|ing) (?:the|this|that|our)|being retired|shut(?:ting)? down (?:the|this|our) (?:product|feature|module|api)|no longer (?:supported|available|offered)', 1.6],
      ['feature (?:gap|request|missing|removed)|missing (?:feature|functionality|integration)|lacks?|lacking|no (?:mobile app|mobile|api|integration|sso|offline)', 1.2],
      ['(?:does not|doesn\'?t|do not|don\'?t) support|not supported|unsupported', 1.1],
      ['roadmap|not on (?:the|our) roadmap|not planned|no plans to', 0.9],
      ['forced (?:migration|upgrade)|migrat(?:e|ion) to (?:the )?new (?:version|platform)|new version removed|removed (?:the )?feature|plan changes?|(?:new|changed?) packaging|packaging change|moved (?:\\w+ )?(?:into|to) (?:the )?(?:enterprise|higher|premium|paid) (?:tier|plan|edition)', 1.2],
    ],
  },

  customer_circumstances: {
    zh: [
      ['预算(?:被)?(?:砍|削|缩|冻结|压缩|减)|预算削减|预算缩减|预算冻结|削减预算|缩减预算|砍预算|压缩预算|降本|降本增效|控制成本|成本控制|缩减开支', 1.6],
      ['裁员|缩编|人员缩减|减员|优化了', 1.4],
      ['倒闭|破产|停业|关门|关店|清算|注销|经营困难|经营不善|亏损|资金紧张|资金链|现金流', 1.6],
      ['搬迁|迁址|搬家|搬到|迁往|迁到|撤出', 1.3],
      ['被收购|收购|并购|合并|重组|改制|母公司', 1.2],
      ['拖欠|欠款|欠费|逾期|付款延迟|延迟付款|付款延期|延期付款|回款慢|回款难|账期|未付款|没付款|催款', 1.4],
      ['(?:用量|使用量|订单|采购量|销量|营收|业绩|收入)[^,.;!?，。；！？]{0,8}(?:下降|下滑|减少|萎缩|少了)|用量下降|用量下滑|使用量下降|使用量减少|订单减少|订单下滑|采购量下降|采购减少|业务萎缩|业务收缩|生意不好|销量下滑|营收下降|业绩下滑', 1.4],
      ['疫情|行业不景气|市场不好|淡季|政策影响|停工|停产整顿', 1.0],
    ],
    en: [
      ['budget (?:was |has been |got |is being )?(?:cuts?|freeze|frozen|slashed|reduced|reduction)|cut(?:ting)? (?:the |their |our )?budget|cost[- ]cutting|cutting costs', 1.6],
      ['layoffs?|laid off|lay(?:ing)? off|downsiz\\w*|hiring freeze|headcount (?:cut|reduction|freeze)', 1.5],
      ['bankrupt\\w*|insolven\\w*|going out of business|closing (?:down|stores|shops|offices)|shut(?:ting)? down (?:their|the) (?:business|company|office)|liquidat\\w*|cash ?flow|financial (?:trouble|difficult\\w*|problems)', 1.6],
      ['relocat\\w*|moving (?:offices|hq|headquarters|to)|new (?:office|premises) in', 1.2],
      ['acquired|acquisition|merg(?:er|ed|ing)|parent company|restructur\\w*', 1.2],
      ['late payments?|paid late|overdue (?:invoices?|payments?)|invoices? (?:overdue|unpaid)|payment (?:delayed|delays|late)|unpaid|arrears|collections', 1.4],
      ['usage (?:dropp\\w*|declin\\w*|down|fell|falling|decreas\\w*)|(?:declining|falling|dropping|lower) usage|fewer orders|orders (?:dropp\\w*|down|declin\\w*)|volumes? (?:down|dropp\\w*)|revenue (?:down|declin\\w*|dropp\\w*)|slow season|downturn|recession', 1.4],
    ],
  },

  friction: {
    zh: [
      ['麻烦|太复杂|很复杂|复杂|繁琐|啰嗦|步骤多|步骤太多|流程长', 1.2],
      ['不会用|不会操作|不知道怎么用|不知道怎么操作|不懂怎么|看不懂|搞不懂|弄不明白|找不到', 1.4],
      ['不好用|难用|难上手|上手难|上手慢|学习成本|操作难|操作复杂|不直观|不方便|不习惯|用不惯|体验差', 1.4],
      ['怎么用|如何使用|如何操作|怎么操作|怎么设置|如何设置|怎么导出|如何导出|怎么配置|如何配置', 0.8],
      ['使用率低|活跃度低|很少登录|很少使用|没怎么用|基本不用|没人用|闲置|用得少|登录次数少|不怎么用|不愿意用|不愿用|不想用', 1.5],
      ['(?:登录|使用|在用|用)的?(?:人|人数|率|次数|频率)?(?:很|非常|太)?(?:少|低)|只有\\s*\\d+\\s*(?:个人|人|个)(?:在)?(?:用|使用|登录)', 1.3],
      ['需要培训|要求培训|再培训|培训一下', 0.8],
    ],
    en: [
      ['confus\\w*|complicated|cumbersome|clunky|tedious|convoluted|overwhelm\\w*|not intuitive|unintuitive|counter-?intuitive', 1.4],
      ['hard to (?:use|find|learn|navigate|set up|configure)|difficult to (?:use|find|learn|navigate|set up|configure)|hard to figure', 1.5],
      ['how (?:do|can|to|should)(?: i| we| you)?\\s*\\S|how-?to questions?', 0.7],
      ['can\'?t figure out|cannot figure out|couldn\'?t figure out|can\'?t find|cannot find|where is the', 1.1],
      ['learning curve|steep curve|too many (?:steps|clicks|fields)|extra steps', 1.4],
      ['only \\d+ (?:of \\d+ )?(?:seats?|users?|people|licen[cs]es?) (?:are )?(?:active|used|using|log)|(?:low|poor|weak) (?:adoption|usage|engagement)|adoption\\s*(?:is\\s*)?(?:low|stalled|poor|很低|低)|rarely (?:log|logs|use|uses)|nobody (?:uses|is using|logs)|barely (?:use|uses|used)|shelfware|not using (?:it|the)', 1.5],
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
      ['窜货|串货|乱价|砸价|低价倾销|倾销|价格倒挂|跨区销售|跨区域销售|冲货', 1.8],
      ['渠道冲突|渠道价格|价格体系乱|价格体系混乱|价格不统一|价格不一致|价格混乱|区域价格|控价', 1.6],
      ['(?:别的|其他|另一个|另一家|隔壁|邻近)(?:城市的?)?(?:经销商|代理商|代理|分销商|渠道|客户|门店|区域)[^,.;!?，。；！？]{0,12}(?:便宜|低价|更低|拿货价|价格低)(?:的?(?:价格|折扣|报价|价))?', 1.7],
      ['(?:网上|线上|电商|平台|网店|旗舰店|amazon|京东|天猫|淘宝|拼多多)[^,.;!?，。；！？]{0,8}(?:更低|还低|便宜|低于)|比[^,.;!?，。；！？]{0,5}(?:进货价|拿货价|出厂价)还?低', 1.5],
      ['(?:partner|reseller|distributor|dealer|经销商|代理商?|分销商)\\s*(?:卖|售价|价格|报价)[^,.;!?，。；！？]{0,10}(?:便宜|低)', 1.5],
      ['经销商之间|代理商之间|同行拿货|拿货价|进货价更低|网上价格更低|电商价格更低|线上更便宜', 1.3],
    ],
    en: [
      ['channel conflict|grey market|gray market|price (?:inconsistenc\\w*|mismatch|parity)|inconsistent pricing|map violations?|undercut\\w*|price war', 1.7],
      ['(?:another|other|a different) (?:reseller|distributor|partner|dealer|customer|region|store)s? [^,.;!?]{0,30}(?:lower|cheaper|better) (?:price|rate|deal)', 1.7],
      ['(?:reseller|distributor|partner|dealer)s? (?:sell|sells|selling|sold|offer\\w*) (?:it )?(?:cheaper|for less|below)', 1.7],
      ['regional pric\\w*|cross-?region\\w*|different price in|(?:cheaper|lower price|better price|for less) (?:through|from|via|at) (?:a |an |another |the )?(?:partner|reseller|distributor|dealer)', 1.3],
    ],
  },

  brand_damage: {
    zh: [
      ['曝光|负面新闻|负面报道|负面消息|负面舆情|舆情|舆论|丑闻|上热搜|热搜|媒体报道|被报道|315晚会|黑榜', 1.6],
      ['负面(?!.{0,2}反馈)', 0.8],
      ['口碑差|口碑下滑|口碑不好|差评多|一堆差评|网上差评|名声不好|名声差|品牌形象|形象受损|信誉受损|声誉', 1.4],
      ['数据泄露|泄露|安全事件|被黑|黑客|被罚|罚款|处罚|立案|被起诉|官司|诉讼|维权', 1.4],
      ['网上投诉|微博投诉|公开投诉|黑猫投诉|发帖|小红书|上了?新闻|谣言|传言', 1.2],
    ],
    en: [
      ['bad press|negative (?:press|news|coverage|publicity|headlines|reviews|articles?)|scandal|pr (?:crisis|disaster|nightmare)|made headlines|in the news|went viral|viral', 1.6],
      ['data breach|security (?:breach|incident)|breach(?:ed)? (?:of )?data|hacked|leak(?:ed)?', 1.5],
      ['reputation\\w*|brand (?:damage|image|trust)|public (?:complaints?|backlash)|backlash|boycott\\w*', 1.3],
      ['lawsuit|sued|fined|regulator\\w*|investigation|recall(?:ed)?', 1.2],
      ['(?:g2|trustpilot|glassdoor|reddit|twitter|linkedin) (?:post|thread|reviews?)|rumou?rs?', 1.0],
    ],
    topics: {
      zh: [['口碑|名声|形象|声誉|信誉|评价', 0.9]],
      en: [['reputation|brand|image|reviews', 0.9]],
    },
  },
};

/** A rival the team named in ClassifyOptions.competitors: as strong as the word 竞品 itself. */
export const COMPETITOR_NAME_WEIGHT = 1.5;
