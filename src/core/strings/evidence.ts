import { defineStrings } from '../../i18n/define';

/** How the engine says why: every Evidence.key resolves here, in both languages. */
export const evidenceStrings = defineStrings({
  en: {
    ev_last_contact: 'last contact $1 days ago (usually every $2 days)',
    ev_contact_trend: '$1 contacts in the last 90 days, down from $2 in the 90 days before',
    ev_text: '“$1”',
    ev_open_tickets: '$1 open tickets',
    ev_nps: 'NPS $1 (a detractor)',
    ev_nps_drop: 'NPS fell from $1 to $2',
    ev_csat: 'satisfaction score $1',
    ev_renewal: 'renewal in $1 days',
    ev_owner_change: 'account owner changed from $1 to $2',
    ev_orders_down: 'orders in the last 6 months $1, down $2% from the 6 months before',
    ev_order_silence: 'no order for $1 days (usually every $2 days)',
    ev_no_order_chance: '$1% chance of no order in the next $2 days (last order $3 days ago)',
    ev_arr_down: 'contract value fell from $1 to $2',
    ev_unknown_thin: 'the page shows no dates, activity or scores to judge from',
    ev_unknown_problems: 'the page could not be read well: $1',
  },
  zh_CN: {
    ev_last_contact: '最近一次联系在 $1 天前(该客户通常 $2 天一次)',
    ev_contact_trend: '近 90 天联系 $1 次，此前 90 天为 $2 次',
    ev_text: '“$1”',
    ev_open_tickets: '$1 个未结工单',
    ev_nps: 'NPS 为 $1(贬损者)',
    ev_nps_drop: 'NPS 从 $1 降到 $2',
    ev_csat: '满意度评分 $1',
    ev_renewal: '距续约还有 $1 天',
    ev_owner_change: '客户负责人由 $1 变更为 $2',
    ev_orders_down: '近 6 个月订单 $1，比此前 6 个月下降 $2%',
    ev_order_silence: '已 $1 天没有下单(通常 $2 天一次)',
    ev_no_order_chance: '未来 $2 天内不再下单的概率为 $1%(上次下单在 $3 天前)',
    ev_arr_down: '合同金额从 $1 降到 $2',
    ev_unknown_thin: '页面上没有可用于判断的日期、活动或评分',
    ev_unknown_problems: '页面未能完整读取：$1',
  },
});
