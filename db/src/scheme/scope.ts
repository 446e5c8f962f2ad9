import type { Mounting, ProductType } from '../entities/enums.js';
import type { Label } from './types.js';

/** One product type the rule covers, with the constructions it admits (§1). */
export interface ProductTypeScope {
  productType: ProductType;
  label: Label;
  /** ACB: only the withdrawable (抽屉式) kind; MCCB: only the fixed (固定式) kind. */
  mountings: Mounting[];
  /**
   * Allowed pole counts. The source's "三极" most plausibly qualifies both types (RULES.md B),
   * so this is data a later version or an administrator can widen, not a constant in logic.
   */
  poles: number[];
}

/** What the rule applies to (§1). Products outside it are refused with a reason. */
export interface ScopeRules {
  clause: string;
  productTypes: ProductTypeScope[];
  /** Ratings are AC: "额定电压不超过交流 1000V". */
  voltageKind: 'AC';
  /** Rated voltages up to this (V) are in scope. */
  maxRatedVoltage: number;
  /** Above maxRatedVoltage up to this (V): accepted but handled by reference (参照执行) and flagged. */
  referenceMaxRatedVoltage: number;
  /** What the assessment leaves out (power drawn by add-on modules). */
  notAssessed: Label[];
}
