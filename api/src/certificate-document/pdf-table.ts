/** A column of a PDF table: its header and its share of the table width. */
export interface Column {
  title: string;
  weight: number;
}

const FONT_SIZE = 7.5;
const PAD = 2;

/**
 * A plain ruled table at the current position, breaking across pages with the header repeated:
 * pdfkit has no tables of its own. Cells wrap; a row is as tall as its tallest cell.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][], at: { x: number; width: number }): void {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * at.width);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const drawRow = (cells: string[], shade: boolean) => {
    doc.fontSize(FONT_SIZE);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!shade) drawRow(columns.map((c) => c.title), true);
    }
    const y = doc.y;
    let x = at.x;
    if (shade) doc.save().rect(at.x, y, at.width, height).fill('#eeeeee').restore();
    cells.forEach((text, i) => {
      doc.fillColor('#000').text(text, x + PAD, y + PAD, { width: widths[i]! - 2 * PAD, lineBreak: true });
      x += widths[i]!;
    });
    doc.save().lineWidth(0.4).strokeColor('#999').rect(at.x, y, at.width, height).stroke().restore();
    doc.x = at.x;
    doc.y = y + height;
  };

  drawRow(columns.map((c) => c.title), true);
  for (const row of rows) drawRow(row, false);
}
