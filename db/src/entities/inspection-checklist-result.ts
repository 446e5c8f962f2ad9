import { Entity, Enum, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { FactoryInspection } from './inspection.js';
import { InspectionChecklistKind, InspectionItemResult } from './inspection-enums.js';

/**
 * One checklist item's result at an initial inspection. `itemId` is the scheme's identifier
 * (CQC/F002-2009 item "4", sub-item "1.2)", conformity point "5.2.2-1"); the wording stays in
 * the scheme, never copied here.
 */
@Entity({ tableName: 'inspection_checklist_result' })
@Unique({ properties: ['inspection', 'itemId'] })
export class InspectionChecklistResult extends BaseEntity {
  @ManyToOne({ entity: () => FactoryInspection })
  inspection!: Rel<FactoryInspection>;

  @Enum({ items: () => InspectionChecklistKind, nativeEnumName: 'inspection_checklist_kind' })
  checklist!: InspectionChecklistKind;

  @Property({ type: 'string' })
  itemId!: string;

  /** Order of the item in the scheme's checklist, for display. */
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => InspectionItemResult, nativeEnumName: 'inspection_item_result' })
  result!: InspectionItemResult;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
