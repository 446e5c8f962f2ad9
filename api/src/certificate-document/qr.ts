import QRCode from 'qrcode';

/** The public page that shows a certificate's live status: what its QR code opens. */
export function verificationUrl(publicWebUrl: string, number: string): string {
  return `${publicWebUrl.replace(/\/+$/, '')}/certificates/${encodeURIComponent(number)}`;
}

export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

/**
 * The QR code's modules, drawn as vector squares in the PDF (sharp at any zoom, no image
 * codec). Error correction M: a printed, folded or stamped certificate still scans.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) };
}
