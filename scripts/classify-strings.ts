import { defineStrings } from '../src/i18n/define';

/** Messages of `npm run classify`, in the language of the shell (LANG=zh_CN… gives Chinese). */
export const classifyCliStrings = defineStrings({
  en: {
    usage:
      'Usage: npm run classify -- <file.jsonl | -> [--competitors name1,name2]\nEach input line is {"text": "..."}; each output line is {"causes":[{"id":"price","confidence":0.83}]}.',
    no_file: 'Cannot read "$1": $2. Give the path of a .jsonl file, or - to read standard input.',
    not_found: 'no such file',
    object_keys: 'an object with the keys $1',
    bad_option: 'Unknown option "$1". $2',
    missing_value: 'Option $1 needs a value, e.g. $1 Zoho,HubSpot.',
    line_empty: 'line $1: the line is empty; expected a JSON object like {"text": "..."}.',
    line_json: 'line $1: not valid JSON ($2). Write one JSON object per line, like {"text": "..."}.',
    line_shape: 'line $1: expected a JSON object with a "text" string, got $2.',
    text_type: 'line $1: "text" must be a string, got $2.',
    summary_bad: '$1 of $2 lines could not be read; their output lines hold {"error": ...}.',
  },
  zh_CN: {
    usage:
      '用法：npm run classify -- <文件.jsonl | -> [--competitors 名称1,名称2]\n每行输入为 {"text": "..."}；每行输出为 {"causes":[{"id":"price","confidence":0.83}]}。',
    no_file: '无法读取“$1”：$2。请给出 .jsonl 文件的路径，或用 - 从标准输入读取。',
    not_found: '文件不存在',
    object_keys: '只含键 $1 的对象',
    bad_option: '未知选项“$1”。$2',
    missing_value: '选项 $1 需要一个值，例如 $1 Zoho,HubSpot。',
    line_empty: '第 $1 行：该行为空；应为 JSON 对象，例如 {"text": "..."}。',
    line_json: '第 $1 行：不是有效的 JSON（$2）。请每行写一个 JSON 对象，例如 {"text": "..."}。',
    line_shape: '第 $1 行：应为带 "text" 字符串的 JSON 对象，实际为 $2。',
    text_type: '第 $1 行："text" 必须是字符串，实际为 $2。',
    summary_bad: '共 $2 行，其中 $1 行无法读取；对应的输出行为 {"error": ...}。',
  },
});
