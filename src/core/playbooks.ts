/** Cause → retention actions, in the seeds' words, ordered by how well they fit the evidence. */
import type { Action, CauseId, CauseScore } from './types';
import type { playbookStrings } from './strings/playbooks';

type ActionKey = Extract<keyof typeof playbookStrings.en, `act_${string}`>;

export const PLAYBOOKS: Record<CauseId, ActionKey[]> = {
  product_quality: ['act_product_quality_review', 'act_product_quality_replace', 'act_product_quality_followup'],
  service_experience: ['act_service_experience_owner', 'act_service_experience_apologise', 'act_service_experience_confirm'],
  price: ['act_price_roi', 'act_price_tier', 'act_price_bundle'],
  broken_promise: ['act_broken_promise_honour', 'act_broken_promise_writing', 'act_broken_promise_senior'],
  relationship_neglect: ['act_relationship_neglect_call', 'act_relationship_neglect_visit', 'act_relationship_neglect_cadence'],
  competitor: ['act_competitor_pitch', 'act_competitor_compare', 'act_competitor_exec'],
  staff_turnover: ['act_staff_turnover_intro', 'act_staff_turnover_multithread', 'act_staff_turnover_sponsor'],
  business_change: ['act_business_change_early', 'act_business_change_plan', 'act_business_change_roadmap'],
  customer_circumstances: ['act_customer_circumstances_terms', 'act_customer_circumstances_rightsize', 'act_customer_circumstances_warm'],
  friction: ['act_friction_onboarding', 'act_friction_training', 'act_friction_steps'],
  channel_conflict: ['act_channel_conflict_consistency', 'act_channel_conflict_inspect', 'act_channel_conflict_explain'],
  brand_damage: ['act_brand_damage_communicate', 'act_brand_damage_crisis'],
};

/** User edits over the defaults: a changed title, a disabled action. */
export interface PlaybookOverrides {
  disabled?: string[];
  titles?: Record<string, { en?: string; zh_CN?: string }>;
}

/** Accounts worth this much (in their currency) get a visit before a call and an executive early. */
const BIG_ACCOUNT = 100_000;
const FAVOURED_FOR_BIG = new Set<string>(['act_relationship_neglect_visit', 'act_competitor_exec', 'act_broken_promise_senior']);

export function actionsFor(causes: CauseScore[], value: number, overrides: PlaybookOverrides = {}): Action[] {
  const disabled = new Set(overrides.disabled ?? []);
  const out: Action[] = [];
  for (const cs of causes.slice(0, 2)) {
    PLAYBOOKS[cs.cause].forEach((key, i) => {
      if (disabled.has(key)) return;
      const bonus = value >= BIG_ACCOUNT && FAVOURED_FOR_BIG.has(key) ? 1.5 : 0;
      out.push({
        id: key,
        cause: cs.cause,
        titleKey: key,
        ...(overrides.titles?.[key] ? { title: overrides.titles[key] } : {}),
        fit: Math.round(cs.confidence * (1 - (i - bonus) * 0.15) * 100) / 100,
      });
    });
  }
  return out.sort((a, b) => b.fit - a.fit);
}
