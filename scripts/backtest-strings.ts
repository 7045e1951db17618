import { defineStrings } from '../src/i18n/define';

/** Messages of `npm run backtest`, in the language of the shell (LANG=zh_CN… gives Chinese). */
export const backtestCliStrings = defineStrings({
  en: {
    usage:
      'Usage: npm run backtest -- <file.csv> --label <column> [--positive <value>] [--id <column>] [--baseline <column>]\n' +
      '                           [--models logistic,stumps,ga2m,blend] [--folds <n>] [--seed <n>] [--json]\n' +
      '       npm run backtest -- --transactions <file> [--calibration-end <date|week>] [--holdout-end <date|week>] [--json]\n' +
      'The CSV has one row per account and a label column with two outcomes (e.g. Churn = Yes/No).\n' +      'A baseline column holds a score you already have (0–1 or 0–100): it is scored as it stands, on the same folds.\n' +
      'A transactions file has one purchase per line (customer, date, …), as the CDNOW files do. BG/NBD is fitted\n' +
      'on the calibration period and checked on the holdout after it; by default calibration is the first half of\n' +
      'the log and the holdout the rest. A period end is a date (1997-09-30 or 19970930) or a week counted from\n' +
      'the first purchase (39: the end of week 39).',
    no_file: 'Cannot read "$1": $2. Give the path of the file.',
    not_found: 'no such file',
    bad_option: 'Unknown option "$1".',
    missing_value: 'Option $1 needs a value.',
    bad_number: 'Option $1 needs a whole number, got "$2".',
    bad_models: 'Option --models takes model names separated by commas ($1), got "$2".',
    no_label: 'Name the outcome column with --label <column>.',
    two_files: 'Give one CSV file, not "$1" and "$2".',
    progress: 'Backtesting: $1 of $2 models fitted',
    txn_title: 'BG/NBD backtest of $1',
    txn_err_empty: 'the file is empty: put one purchase per line (customer, date, amount), with or without a header line.',
    txn_err_header: 'line $1: the header needs a customer id column and a date column (found: $2). Name them, e.g. customer_id and date.',
    txn_err_columns: 'line $1: expected 3 to 5 columns (id, date, [count,] amount), found $2. Check the separator (tab, comma, semicolon or spaces), or add a header line naming the columns.',
    txn_err_date: 'line $1, column $2: "$3" is not a date like 19970325 or 1997-03-25. Correct or remove that line.',
    txn_err_amount: 'line $1, column $2: "$3" is not an amount. Write it as a plain number, e.g. 11.77.',
    txn_err_no_rows: 'no purchases after the header line: add one purchase per line below it.',
    txn_params: 'Fitted parameters: r = $1, α = $2, a = $3, b = $4; log-likelihood $5.',
    txn_correlation: 'Holdout correlation of predicted and actual purchases: $1 (recency baseline: $2).',
    txn_field: '$1: $2',
    txn_only_option: 'Option $1 only applies to a transaction backtest: add --transactions <file>.',
    txn_extra_file: 'With --transactions, give no other file ("$1").',
    txn_bad_period_end:
      'Option $1 needs a date (1997-09-30 or 19970930) or a week number counted from the first purchase (39 = the end of week 39), got "$2".',
    txn_period_outside:
      '$1 falls on $2, outside the log, which runs from $3 to $4: calibration needs a purchase before its end and the holdout cannot run past the last purchase. Give a date after $3 and up to $4, or a week from 1 to $5.',
    txn_period_order:
      'Calibration must end before the holdout does, but it ends $1 and the holdout $2. Give an earlier --calibration-end or a later --holdout-end.',
  },
  zh_CN: {
    usage:
      '用法：npm run backtest -- <文件.csv> --label <列名> [--positive <值>] [--id <列名>] [--baseline <列名>]\n' +
      '                         [--models logistic,stumps,ga2m,blend] [--folds <n>] [--seed <n>] [--json]\n' +
      '      npm run backtest -- --transactions <文件> [--calibration-end <日期|周>] [--holdout-end <日期|周>] [--json]\n' +
      'CSV 每行一个客户，标签列有两种结果（例如 Churn = Yes/No）。\n' +      '基准列是您已有的分数（0–1 或 0–100）：按原样在相同的折上评估。\n' +
      '交易文件每行一次购买（客户、日期……），格式同 CDNOW 文件。BG/NBD 在校准期上拟合，\n' +
      '在其后的留出期上检验；默认校准期为记录的前一半，留出期为其余部分。期末可以是日期\n' +
      '（1997-09-30 或 19970930），也可以是从首次购买起算的周数（39：第 39 周末）。',
    no_file: '无法读取“$1”：$2。请给出文件路径。',
    not_found: '文件不存在',
    bad_option: '未知选项“$1”。',
    missing_value: '选项 $1 需要一个值。',
    bad_number: '选项 $1 需要一个整数，收到的是“$2”。',
    bad_models: '选项 --models 需要以逗号分隔的模型名（$1），收到的是“$2”。',
    no_label: '请用 --label <列名> 指定结果列。',
    two_files: '请只给一个 CSV 文件，而不是“$1”和“$2”。',
    progress: '回测中：已拟合 $1 / $2 个模型',
    txn_title: '$1 的 BG/NBD 回测',
    txn_err_empty: '文件是空的：请每行写一笔购买（客户、日期、金额），可带或不带表头行。',
    txn_err_header: '第 $1 行：表头需要客户编号列和日期列（找到的是：$2）。请为它们命名，如 customer_id 和 date。',
    txn_err_columns: '第 $1 行：应有 3 到 5 列（编号、日期、[数量、]金额），实际为 $2 列。请检查分隔符（制表符、逗号、分号或空格），或加一行表头写明各列。',
    txn_err_date: '第 $1 行第 $2 列：“$3”不是日期（应如 19970325 或 1997-03-25）。请改正或删除该行。',
    txn_err_amount: '第 $1 行第 $2 列：“$3”不是金额。请写成数字，如 11.77。',
    txn_err_no_rows: '表头行之后没有购买记录：请在表头下每行写一笔购买。',
    txn_params: '拟合参数：r = $1，α = $2，a = $3，b = $4；对数似然 $5。',
    txn_correlation: '留出期预测购买次数与实际的相关系数：$1（最近一次购买基线：$2）。',
    txn_field: '$1：$2',
    txn_only_option: '选项 $1 只用于交易回测：请加上 --transactions <文件>。',
    txn_extra_file: '使用 --transactions 时请不要再给其他文件（“$1”）。',
    txn_bad_period_end: '选项 $1 需要一个日期（1997-09-30 或 19970930）或从首次购买起算的周数（39 表示第 39 周末），收到的是“$2”。',
    txn_period_outside:
      '$1 落在 $2，超出了记录的范围（$3 至 $4）：校准期结束前须有购买，留出期也不能超过最后一次购买。请给出晚于 $3、不晚于 $4 的日期，或 1 到 $5 之间的周数。',
    txn_period_order: '校准期必须在留出期之前结束，但校准期结束于 $1，留出期结束于 $2。请给出更早的 --calibration-end 或更晚的 --holdout-end。',
  },
});
