import { defineStrings } from '../../i18n/define';

/**
 * Errors about an imported table (a CRM export or a labelled data set). Each says what is wrong,
 * where (row as a spreadsheet numbers it, header = row 1; column by name) and what to do.
 */
export const tabularStrings = defineStrings({
  en: {
    tab_err_empty: 'The file is empty. Export the table with a header row and at least one data row.',
    tab_err_no_rows: 'The file has a header row but no data rows. Export the table with its data.',
    tab_err_ragged: 'Row $1 has $2 fields but the header has $3. Check that row for an unquoted delimiter or a broken line.',
    tab_err_quotes: 'Row $1: a quoted field is not closed or has stray quotes ($2). Fix the quoting in that row.',
    tab_err_duplicate_column: 'Columns $1 and $2 are both named "$3". Rename one of them so every column name is unique.',
    tab_err_no_column: 'There is no column named "$1". The columns are: $2.',
    tab_err_label_empty: 'Row $1: the label column "$2" is empty. Fill in the outcome or remove the row.',
    tab_err_label_third: 'Row $1: the label column "$2" holds "$3", but it already holds "$4" and "$5". The label must have exactly two outcomes (churned or not).',
    tab_err_label_single: 'The label column "$1" only ever holds "$2". A backtest needs rows of both outcomes.',
    tab_err_positive_unknown: 'The positive outcome "$1" is not a value of "$2", which holds "$3" and "$4". Give one of those.',
    tab_err_positive_ambiguous: 'Cannot tell which of "$1" and "$2" in column "$3" means churned. Name the positive outcome.',
    tab_err_too_few_class: 'Only $1 rows have the outcome "$2"; $3-fold cross-validation needs at least $3 rows of each outcome.',
    tab_err_no_features: 'No usable column is left to learn from: every column is the label, an id, constant or empty.',
    tab_err_folds: 'The number of folds must be a whole number of at least 2; got "$1".',
    tab_err_baseline_value: 'Row $1: the baseline column "$2" holds "$3", not a score. Give every row a number from 0 to 1 (or 0 to 100).',
  },
  zh_CN: {
    tab_err_empty: '文件是空的。请导出带表头行且至少有一行数据的表格。',
    tab_err_no_rows: '文件只有表头行，没有数据行。请连同数据一起导出表格。',
    tab_err_ragged: '第 $1 行有 $2 个字段，而表头有 $3 个。请检查该行是否有未加引号的分隔符或断行。',
    tab_err_quotes: '第 $1 行：带引号的字段没有闭合或有多余的引号（$2）。请修正该行的引号。',
    tab_err_duplicate_column: '第 $1 列和第 $2 列都叫“$3”。请重命名其中一列，使每个列名唯一。',
    tab_err_no_column: '没有名为“$1”的列。现有的列：$2。',
    tab_err_label_empty: '第 $1 行：标签列“$2”为空。请填写结果或删除该行。',
    tab_err_label_third: '第 $1 行：标签列“$2”的值为“$3”，但该列已有“$4”和“$5”。标签只能有两种结果（流失或未流失）。',
    tab_err_label_single: '标签列“$1”的值全是“$2”。回测需要两种结果的行。',
    tab_err_positive_unknown: '正类结果“$1”不是列“$2”中的值，该列只有“$3”和“$4”。请从中选一个。',
    tab_err_positive_ambiguous: '无法判断列“$3”中的“$1”和“$2”哪个表示流失。请指定正类结果。',
    tab_err_too_few_class: '只有 $1 行的结果为“$2”；$3 折交叉验证要求每种结果至少 $3 行。',
    tab_err_no_features: '没有可用于学习的列：每一列都是标签、ID、常量或空列。',
    tab_err_folds: '折数必须是不小于 2 的整数；收到的是“$1”。',
    tab_err_baseline_value: '第 $1 行：基准列“$2”的值为“$3”，不是分数。请为每一行填写 0 到 1（或 0 到 100）之间的数字。',
  },
});
