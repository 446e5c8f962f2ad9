// GraphQL documents of the case page's own parts: the actions the API offers the viewer, the
// §3.2 documents, and the parties an applicant can apply with. Re-exported by queries.server.ts.
import { gql } from "../graphql.server";
import type { CasePageData, FactoryOption, PartyOption } from "./case-page-types";

export const CasePageQuery = gql<{ certificationCase: CasePageData | null }, { id: string }>(`
  query CasePage($id: ID!) {
    certificationCase(id: $id) {
      id version availableActions canChangeDocuments
      documents { id fileName mediaType size documentType attachedAt }
      documentRequirements { code clause nameZh nameEn noteZh noteEn required mediaTypes extensions maxSizeBytes }
    }
  }
`);

export const AttachCaseDocumentMutation = gql<
  { attachCaseDocument: { id: string; version: number } },
  { caseId: string; version: number; documentId: string; documentType: string }
>(`
  mutation AttachCaseDocument($caseId: ID!, $version: Int!, $documentId: ID!, $documentType: String!) {
    attachCaseDocument(caseId: $caseId, version: $version, documentId: $documentId, documentType: $documentType) { id version }
  }
`);

export const DetachCaseDocumentMutation = gql<{ detachCaseDocument: { id: string; version: number } }, { caseId: string; version: number; documentId: string }>(`
  mutation DetachCaseDocument($caseId: ID!, $version: Int!, $documentId: ID!) {
    detachCaseDocument(caseId: $caseId, version: $version, documentId: $documentId) { id version }
  }
`);

export const ApplicationPartiesQuery = gql<{ applicationParties: { manufacturers: PartyOption[]; factories: FactoryOption[] } }>(`
  query ApplicationParties {
    applicationParties {
      manufacturers { id nameZh nameEn }
      factories { id factoryCode nameZh nameEn operator { id nameZh nameEn } }
    }
  }
`);
