/**
 * One reason a rule check gives, in both languages. `field` is a path into the checked input
 * (`models[2].frameCurrent`) so that a form can put the message beside the field; `clause`
 * cites the rule (`§3.1`).
 */
export interface RuleFinding {
  code: string;
  clause: string;
  field: string;
  messageZh: string;
  messageEn: string;
}
