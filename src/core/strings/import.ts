import { defineStrings } from '../../i18n/define';

/**
 * What the importer of CRM exports says about a file or a row: what was wrong, where (row as a
 * spreadsheet numbers it, the header is row 1; column by its header) and, as imp_fix_*, what to do.
 */
export const importStrings = defineStrings({
  en: {
    imp_err_empty_file: 'The file is empty. Export the table from your CRM with its header row and data.',
    imp_err_no_rows: 'The file has a header row but no data rows. Export the table with its data.',
    imp_err_all_ragged: 'No row has the $1 columns the header names. Check that the file is a table and that its delimiter is a comma, semicolon, tab or |.',
    imp_err_xls: 'This is an old Excel .xls workbook. Open it in Excel or WPS and save it as .xlsx or CSV (UTF-8), then import that.',
    imp_err_xlsx: 'The spreadsheet could not be read ($1). Open it in Excel or WPS, save it again as .xlsx or CSV (UTF-8), and import that.',
    imp_err_binary: 'This file is not a table: it holds binary data. Choose the CSV, TSV or .xlsx your CRM exported.',
    imp_err_encoding: 'The text is neither UTF-8 nor GBK/GB18030 (some bytes read as $1 make no characters). Save the file as CSV UTF-8 and import it again, or choose its encoding.',
    imp_err_encoding_forced: 'The file does not read as $1: some bytes make no characters. Choose another encoding, or “Detect”.',
    imp_err_quotes: 'Row $1: a quoted field is never closed, so the rest of the file would run into it. Fix the quotes in that row (a " inside a field is written "").',
    imp_err_duplicate_column: 'Columns $1 and $2 are both named “$3”. Rename one of them so every column name is unique, then import again.',
    imp_err_interrupted: 'The import was interrupted before it was saved (the browser stopped the extension’s worker). Nothing was saved; import the file again.',
    imp_map_need_account: 'Choose the column that holds the account’s name or CRM id.',
    imp_map_need_date: 'Choose the column that holds each row’s date.',
    imp_map_need_amount: 'Choose the column that holds each order’s amount.',
    imp_row_ragged: 'The row has $1 fields but the header has $2.',
    imp_fix_ragged: 'Look for a delimiter or a line break inside a value that is not in quotes, and quote that value.',
    imp_row_no_account: 'Neither the account’s name nor its id is filled in.',
    imp_fix_no_account: 'Fill in the account’s name or CRM id, or delete the row.',
    imp_row_no_date: 'The date is empty.',
    imp_fix_no_date: 'Fill in the date, e.g. 2026-03-05.',
    imp_row_bad_date: '“$1” is not a date.',
    imp_fix_bad_date: 'Write the date as 2026-03-05 (or 2026/3/5, 2026年3月5日).',
    imp_row_bad_amount: '“$1” is not an amount.',
    imp_fix_bad_amount: 'Write a plain number such as 1200.50 (a currency sign is fine).',
    imp_row_no_amount: 'The amount is empty.',
    imp_fix_no_amount: 'Fill in the order’s amount, or delete the row.',
    imp_row_bad_outcome: '“$1” is not an outcome; the account was imported without one.',
    imp_fix_bad_outcome: 'Write churned/retained, 流失/在用, yes/no or 1/0.',
  },
  zh_CN: {
    imp_err_empty_file: '文件是空的。请从 CRM 导出带表头和数据的表格。',
    imp_err_no_rows: '文件只有表头行，没有数据行。请连同数据一起导出表格。',
    imp_err_all_ragged: '没有一行的列数与表头的 $1 列相符。请确认文件是表格，且分隔符是逗号、分号、制表符或 |。',
    imp_err_xls: '这是旧版 Excel .xls 工作簿。请在 Excel 或 WPS 中打开，另存为 .xlsx 或 CSV（UTF-8）后再导入。',
    imp_err_xlsx: '无法读取该电子表格（$1）。请在 Excel 或 WPS 中打开，重新另存为 .xlsx 或 CSV（UTF-8）后导入。',
    imp_err_binary: '这个文件不是表格，里面是二进制数据。请选择 CRM 导出的 CSV、TSV 或 .xlsx 文件。',
    imp_err_encoding: '文本既不是 UTF-8 也不是 GBK/GB18030（按 $1 读取时有字节无法成字）。请将文件另存为 CSV UTF-8 后重新导入，或手动选择编码。',
    imp_err_encoding_forced: '无法按 $1 读取该文件：有字节无法成字。请换一种编码，或选择“自动识别”。',
    imp_err_quotes: '第 $1 行：带引号的字段没有闭合，后面的内容都会被并入其中。请修正该行的引号（字段中的 " 要写成 ""）。',
    imp_err_duplicate_column: '第 $1 列和第 $2 列都叫“$3”。请重命名其中一列，使列名唯一，然后重新导入。',
    imp_err_interrupted: '导入在保存前被中断（浏览器停止了扩展的后台进程）。没有保存任何数据，请重新导入该文件。',
    imp_map_need_account: '请选择存放客户名称或 CRM 编号的列。',
    imp_map_need_date: '请选择存放每行日期的列。',
    imp_map_need_amount: '请选择存放每笔订单金额的列。',
    imp_row_ragged: '该行有 $1 个字段，而表头有 $2 个。',
    imp_fix_ragged: '检查值中是否有未加引号的分隔符或换行，并给该值加上引号。',
    imp_row_no_account: '客户名称和客户编号都为空。',
    imp_fix_no_account: '填写客户名称或 CRM 编号，或删除该行。',
    imp_row_no_date: '日期为空。',
    imp_fix_no_date: '填写日期，例如 2026-03-05。',
    imp_row_bad_date: '“$1”不是日期。',
    imp_fix_bad_date: '日期请写成 2026-03-05（或 2026/3/5、2026年3月5日）。',
    imp_row_bad_amount: '“$1”不是金额。',
    imp_fix_bad_amount: '请写成普通数字，例如 1200.50（可带货币符号）。',
    imp_row_no_amount: '金额为空。',
    imp_fix_no_amount: '填写订单金额，或删除该行。',
    imp_row_bad_outcome: '“$1”不是流失结果；该客户已导入，但没有结果。',
    imp_fix_bad_outcome: '请写 流失/在用、churned/retained、是/否 或 1/0。',
  },
});

type Key = keyof typeof importStrings.en;
export type ImportProblemKey = Extract<Key, `imp_row_${string}`>;
export type ImportFixKey = Extract<Key, `imp_fix_${string}`>;
