import type { FileFormat } from './documents.js';
import type { Label } from './types.js';

/** A coded choice of the rule's text (an application method, a mark position, a kind of appeal). */
export interface CodedLabel extends Label {
  code: string;
}

/**
 * §10 as data: how a certification mark may be applied and where. Codes are strings so that a
 * revision changing the lists is a data change; lifecycle code only checks membership.
 */
export interface MarkRules {
  clause: string;
  /** §10.1: the style requirement the holder confirms when applying (不允许使用变形标志). */
  styleRequirement: Label;
  /** §10.2: 标准规格认证标志 (bought from CQC) and/or 印刷模压等制作工艺 (the holder's own printing or moulding). */
  applicationMethods: CodedLabel[];
  /** §10.2: 产品本体、铭牌、说明书、包装、随附文件及宣传材料. */
  positions: CodedLabel[];
  /** Which method stands for buying the standard printed marks (§10.2 申购标准规格认证标志). */
  standardMarksMethod: string;
  /** The optional design document of a mark-usage approval: accepted formats and size. */
  designDocument: { formats: FileFormat[]; maxSizeBytes: number };
}

/** §13 as data: the kinds of matter an applicant or holder may raise, and the documents it may attach. */
export interface AppealRules {
  clause: string;
  kinds: CodedLabel[];
  documents: { formats: FileFormat[]; maxSizeBytes: number; maxCount: number };
}
