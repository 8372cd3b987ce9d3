// Every built-in rule by its stable id, sorted. Static imports: the CLI loads this module lazily, and rules are small.
import type { Rule } from "../types.js";
import r_accepted_immutable from "./accepted-immutable.js";
import r_assumption_validation from "./assumption-validation.js";
import r_assumptions_stated from "./assumptions-stated.js";
import r_chosen_option_listed from "./chosen-option-listed.js";
import r_consequences_present from "./consequences-present.js";
import r_context_present from "./context-present.js";
import r_date_valid from "./date-valid.js";
import r_deciders_present from "./deciders-present.js";
import r_decision_assertive from "./decision-assertive.js";
import r_decision_has_rationale from "./decision-has-rationale.js";
import r_decision_size from "./decision-size.js";
import r_failure_mode_mitigation from "./failure-mode-mitigation.js";
import r_failure_modes_stated from "./failure-modes-stated.js";
import r_links_resolve from "./links-resolve.js";
import r_no_placeholders from "./no-placeholders.js";
import r_number_unique from "./number-unique.js";
import r_one_way_door_rigor from "./one-way-door-rigor.js";
import r_options_considered from "./options-considered.js";
import r_options_weighed from "./options-weighed.js";
import r_reversibility_stated from "./reversibility-stated.js";
import r_review_overdue from "./review-overdue.js";
import r_status_valid from "./status-valid.js";
import r_supersede_consistent from "./supersede-consistent.js";
import r_title_present from "./title-present.js";
import r_tradeoffs_two_sided from "./tradeoffs-two-sided.js";
import r_vague_claims from "./vague-claims.js";

export const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ["accepted-immutable", r_accepted_immutable],
  ["assumption-validation", r_assumption_validation],
  ["assumptions-stated", r_assumptions_stated],
  ["chosen-option-listed", r_chosen_option_listed],
  ["consequences-present", r_consequences_present],
  ["context-present", r_context_present],
  ["date-valid", r_date_valid],
  ["deciders-present", r_deciders_present],
  ["decision-assertive", r_decision_assertive],
  ["decision-has-rationale", r_decision_has_rationale],
  ["decision-size", r_decision_size],
  ["failure-mode-mitigation", r_failure_mode_mitigation],
  ["failure-modes-stated", r_failure_modes_stated],
  ["links-resolve", r_links_resolve],
  ["no-placeholders", r_no_placeholders],
  ["number-unique", r_number_unique],
  ["one-way-door-rigor", r_one_way_door_rigor],
  ["options-considered", r_options_considered],
  ["options-weighed", r_options_weighed],
  ["reversibility-stated", r_reversibility_stated],
  ["review-overdue", r_review_overdue],
  ["status-valid", r_status_valid],
  ["supersede-consistent", r_supersede_consistent],
  ["title-present", r_title_present],
  ["tradeoffs-two-sided", r_tradeoffs_two_sided],
  ["vague-claims", r_vague_claims],
]);

export const RULE_IDS: readonly string[] = [...RULES.keys()];
