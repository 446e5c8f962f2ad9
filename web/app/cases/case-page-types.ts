// Types of the case page's own parts (shared by its server documents and its components).
import type { DateTimeISO } from "../types";
import type { CaseAction } from "./intents";

/** A §3.2 document type with what its upload accepts (scheme data, from the API). */
export interface DocumentRequirement {
  code: string;
  clause: string;
  nameZh: string;
  nameEn: string;
  noteZh: string | null;
  noteEn: string | null;
  required: boolean;
  mediaTypes: string[];
  extensions: string[];
  maxSizeBytes: number;
}

export interface AttachedDocument {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  documentType: string;
  attachedAt: DateTimeISO;
}

export interface CasePageData {
  id: string;
  version: number;
  availableActions: CaseAction[];
  canChangeDocuments: boolean;
  documents: AttachedDocument[];
  documentRequirements: DocumentRequirement[];
}

export interface PartyOption {
  id: string;
  nameZh: string;
  nameEn: string;
}

export interface FactoryOption extends PartyOption {
  factoryCode: string;
  operator: PartyOption;
}

/** Why an upload did not end attached to the case, shown beside that document type's control. */
export interface DocumentFailure {
  documentType: string;
  code: string;
  message: string;
  clause?: string;
}
