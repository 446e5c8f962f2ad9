import type { TabularImportResult } from '@cqc/api';

/** The report as lines for a terminal: every issue with its place, or each certificate's outcome. */
export function reportLines(result: TabularImportResult): string[] {
  if (result.status === 'INVALID') {
    return [
      `The file has ${result.issues.length} problem(s); nothing was imported. 文件有 ${result.issues.length} 处问题，未导入任何证书。`,
      ...result.issues.map((i) => `  ${i.sheet}${i.row !== null ? ` row ${i.row}` : ''}${i.column ? ` [${i.column}]` : ''}: ${i.en} / ${i.zh}`),
    ];
  }
  const word = { IMPORTED: 'imported', ALREADY_PRESENT: 'already present, skipped', NOT_WRITTEN: 'NOT written', WOULD_IMPORT: 'would be imported' } as const;
  const lines = result.certificates.map((c) => `  ${c.number} (row ${c.row}): ${word[c.outcome]}`);
  const summary = result.status === 'DRY_RUN'
    ? `Dry run: the file is valid; ${result.total - result.skipped} of ${result.total} certificate(s) would be imported, ${result.skipped} already present.`
    : `${result.imported} certificate(s) imported, ${result.skipped} already present (skipped), of ${result.total}.`;
  const failure = result.status === 'FAILED' ? [`The import stopped: ${result.error}. Certificates marked NOT written were not imported; run the same file again to complete it.`] : [];
  return [...lines, summary, ...failure];
}
