import { defineStrings } from '../src/i18n/define';

/** Messages of `npm run backtest`, in the language of the shell (LANG=zh_CN… gives Chinese). */
export const backtestCliStrings = defineStrings({
  en: {
    usage:
      'Usage: npm run backtest -- <file.csv> --label <column> [--positive <value>] [--id <column>] [--folds <n>] [--seed <n>] [--json]\n' +
      '       npm run backtest -- --transactions <file> [--json]\n' +
      'The CSV has one row per account and a label column with two outcomes (e.g. Churn = Yes/No).\n' +
      'A transactions file has one purchase per line (customer, date, …), as the CDNOW files do.',
    no_file: 'Cannot read "$1": $2. Give the path of the file.',
    not_found: 'no such file',
    bad_option: 'Unknown option "$1".',
    missing_value: 'Option $1 needs a value.',
    bad_number: 'Option $1 needs a whole number, got "$2".',
    no_label: 'Name the outcome column with --label <column>.',
    two_files: 'Give one CSV file, not "$1" and "$2".',
    progress: 'Backtesting: $1 of $2 models fitted',
    txn_title: 'BG/NBD backtest of $1',
    txn_params: 'Fitted parameters: r = $1, α = $2, a = $3, b = $4; log-likelihood $5.',
    txn_correlation: 'Holdout correlation of predicted and actual purchases: $1 (recency baseline: $2).',
    txn_field: '$1: $2',
    txn_unavailable: 'The BG/NBD transaction backtest is not part of this build yet ($1).',
  },
  zh_CN: {
    usage:
      '用法：npm run backtest -- <文件.csv> --label <列名> [--positive <值>] [--id <列名>] [--folds <n>] [--seed <n>] [--json]\n' +
      '      npm run backtest -- --transactions <文件> [--json]\n' +
      'CSV 每行一个客户，标签列有两种结果（例如 Churn = Yes/No）。\n' +
      '交易文件每行一次购买（客户、日期……），格式同 CDNOW 文件。',
    no_file: '无法读取“$1”：$2。请给出文件路径。',
    not_found: '文件不存在',
    bad_option: '未知选项“$1”。',
    missing_value: '选项 $1 需要一个值。',
    bad_number: '选项 $1 需要一个整数，收到的是“$2”。',
    no_label: '请用 --label <列名> 指定结果列。',
    two_files: '请只给一个 CSV 文件，而不是“$1”和“$2”。',
    progress: '回测中：已拟合 $1 / $2 个模型',
    txn_title: '$1 的 BG/NBD 回测',
    txn_params: '拟合参数：r = $1，α = $2，a = $3，b = $4；对数似然 $5。',
    txn_correlation: '留出期预测购买次数与实际的相关系数：$1（最近一次购买基线：$2）。',
    txn_field: '$1：$2',
    txn_unavailable: 'BG/NBD 交易回测尚未包含在此版本中（$1）。',
  },
});
