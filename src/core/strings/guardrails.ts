import { defineStrings } from '../../i18n/define';

/** Warnings a backtest raises about its own figures: what looks wrong, why it matters, what to do. */
export const guardrailStrings = defineStrings({
  en: {
    guard_leaky_column:
      'Column "$1" alone separates the outcomes (ROC AUC $2 on held-out rows). It is probably recorded after the outcome (a cancellation date, a reason, a status): leave it out and run again.',
    guard_auc_too_high:
      'The $1 model reaches ROC AUC $2, too good to be true for churn. Check for columns that record the outcome itself and for duplicated rows.',
    guard_duplicate_rows:
      '$1 test rows ($2%) have an identical copy among the training rows of their fold, so the backtest partly scores rows the model has already seen. Keep one row per account and run again.',
    guard_duplicate_ids:
      '$1 test rows ($2%) belong to an account that also has a row among the training rows of their fold, so the backtest partly scores accounts the model has already seen. Keep one row per account and run again.',
    guard_few_positives:
      'Only $1 rows have the outcome "$2", about $3 per test fold. Below $4 per fold one fold\'s ROC AUC moves by ±0.05 or more, so treat these figures as rough and add labelled accounts.',
  },
  zh_CN: {
    guard_leaky_column:
      '列“$1”单独就能区分结果（在留出数据上的 ROC AUC 为 $2）。它很可能是在结果发生之后才记录的（如注销日期、原因或状态）：请去掉该列后重新运行。',
    guard_auc_too_high:
      '$1 模型的 ROC AUC 达到 $2，对流失预测来说好得不真实。请检查是否有列直接记录了结果本身，以及是否有重复行。',
    guard_duplicate_rows:
      '有 $1 行测试数据（$2%）在同一折的训练数据中有完全相同的副本，回测因此部分是在评估模型已经见过的数据。请每个客户只保留一行后重新运行。',
    guard_duplicate_ids:
      '有 $1 行测试数据（$2%）所属的客户在同一折的训练数据中也有行，回测因此部分是在评估模型已经见过的客户。请每个客户只保留一行后重新运行。',
    guard_few_positives:
      '只有 $1 行的结果为“$2”，每个测试折约 $3 行。每折少于 $4 行时，单折的 ROC AUC 会波动 ±0.05 以上，请把这些数字当作粗略参考，并补充更多已标注的客户。',
  },
});

export type GuardrailKey = keyof typeof guardrailStrings.en;
