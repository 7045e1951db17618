import { defineStrings } from '../i18n/define';

/**
 * The store listing's long description (the short one is the manifest's `ext_description`), and
 * the options page's link to the privacy statement shipped in the package (privacy.html).
 */
export const storeStrings = defineStrings({
  en: {
    store_description: `ChurnLens shows churn risk inside the web CRM your team already uses. As you browse account lists and records, it reads what the page shows, keeps a history in your browser and scores every account: a risk level, the likely cause with its evidence, and the retention actions that fit that cause.

• A badge with the risk level beside every account, in lists and on the record
• A side panel that explains the open account: likely cause, evidence, 90-day trend, suggested actions
• A manager's review list in the toolbar popup, highest value at risk first
• Each suggested action becomes a note written into the CRM or a follow-up task; tasks and notes export as CSV in Salesforce, HubSpot, Dynamics 365 or Zoho import columns
• Import CRM exports (CSV, TSV, XLSX) for the history the pages do not show
• Works on any web CRM you enable, one site at a time; teach it an unusual page by pointing at the name and the numbers
• English and Simplified Chinese

Private by design: ChurnLens runs only on the sites you enable, keeps everything in this browser's own storage, and sends nothing anywhere. No account, no server, no tracking.`,
    options_privacy: 'Privacy statement',
  },
  zh_CN: {
    store_description: `ChurnLens 在您团队已在使用的网页版 CRM 里直接显示客户流失风险。浏览客户列表和客户详情时，它读取页面上显示的内容，在您的浏览器中保存历史记录，并为每个客户评分：风险等级、可能原因及其依据，以及针对该原因的挽留措施。

• 列表和客户详情中，每个客户旁都有显示风险等级的标记
• 侧边栏解释当前客户：可能原因、依据、90 天趋势和建议措施
• 工具栏弹窗中的经理复核列表，按风险金额从高到低排列
• 每条建议措施都可写入 CRM 作为跟进记录，或生成带截止日期的跟进任务；任务和记录可导出为 Salesforce、HubSpot、Dynamics 365 或 Zoho 导入格式的 CSV
• 导入 CRM 导出文件（CSV、TSV、XLSX），补充页面上看不到的历史
• 适用于您启用的任何网页版 CRM，逐个站点启用；遇到特殊页面，点选名称和数字即可教会它
• 支持英文和简体中文

隐私优先：ChurnLens 只在您启用的站点上运行，所有数据都保存在本浏览器自己的存储中，不向任何地方发送。无需账号，没有服务器，不做跟踪。`,
    options_privacy: '隐私声明',
  },
});
