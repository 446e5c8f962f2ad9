import PDFDocument from 'pdfkit';
import { currentScheme, type Scheme } from '@cqc/db';
import { cjkFont } from './cjk-font.js';
import type { IssuedVersion } from './load-version.js';
import { qrMatrix, type QrMatrix } from './qr.js';
import { drawTable, type Column } from './pdf-table.js';

const MARGIN = 48;
const QR_SIZE = 96;

const MOUNTING: Record<string, string> = { WITHDRAWABLE: '抽屉式 Withdrawable', FIXED: '固定式 Fixed' };

const KIND: Record<string, { zh: string; en: string }> = {
  FIRST_ISSUE: { zh: '首次发证', en: 'First issue' },
  VARIATION: { zh: '变更换证', en: 'Variation' },
  EXTENSION: { zh: '扩展换证', en: 'Extension' },
  RENEWAL: { zh: '再认证换证', en: 'Renewal' },
};

/**
 * The certificate document of one version (§8: parties, unit, product, series, models with
 * ratings and grade, key-component configurations, basis, mode, dates, body, number), with a
 * QR code that opens the public page showing the certificate's live status. Returns the
 * document already ended: the caller pipes it to the response, which streams it.
 */
export function certificatePdf(v: IssuedVersion, url: string, createdAt: Date, scheme: Scheme = currentScheme): PDFKit.PDFDocument {
  const s = v.snapshot;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${v.number} v${v.versionNo}`,
      Subject: scheme.title.en,
      Creator: s.certificationBody.nameEn || scheme.certificationBody.en,
      CreationDate: createdAt,
    },
  });
  doc.registerFont('cjk', cjkFont());
  doc.font('cjk');
  const width = doc.page.width - 2 * MARGIN;

  drawQr(doc, qrMatrix(url), doc.page.width - MARGIN - QR_SIZE, MARGIN);
  doc.fontSize(7).text(url, doc.page.width - MARGIN - QR_SIZE - 20, MARGIN + QR_SIZE + 2, { width: QR_SIZE + 20, align: 'center' });

  doc.fontSize(18).text('产品认证证书', MARGIN, MARGIN, { width: width - QR_SIZE - 12 });
  doc.fontSize(11).text('Product Certification Certificate', { width: width - QR_SIZE - 12 });
  doc.fontSize(9).text(`${scheme.title.zh} / ${scheme.title.en}`, { width: width - QR_SIZE - 12 });
  doc.moveDown(0.6);
  doc.fontSize(13).text(`证书编号 Certificate No.: ${v.number}`, { width: width - QR_SIZE - 12 });
  const kind = KIND[v.kind] ?? { zh: v.kind, en: v.kind };
  doc.fontSize(9).text(`版本 Version ${v.versionNo} · ${kind.zh} ${kind.en}`, { width: width - QR_SIZE - 12 });
  if (v.isDemo) doc.text('演示数据，非真实证书 · Demonstration data, not a real certificate', { width: width - QR_SIZE - 12 });
  doc.y = Math.max(doc.y, MARGIN + QR_SIZE + 14);
  doc.moveDown(0.5);

  const field = (zh: string, en: string, value: string) => {
    doc.fontSize(8).fillColor('#555').text(`${zh} ${en}`, MARGIN, doc.y, { width });
    doc.fontSize(10).fillColor('#000').text(value || '—', { width });
    doc.moveDown(0.3);
  };
  const party = (p: { nameZh: string; nameEn: string; addressZh: string; addressEn: string }) =>
    `${p.nameZh}  ${p.addressZh}\n${p.nameEn}  ${p.addressEn}`;

  field('认证委托人名称、地址', 'Applicant', party(s.applicant));
  field('制造商名称、地址', 'Manufacturer', party(s.manufacturer));
  field('生产企业名称、地址', 'Factory', `${party(s.factory)}\n工厂编码 Factory code: ${s.factory.factoryCode}`);
  field('认证单元名称', 'Certification unit', s.unitName);
  field('产品名称', 'Product', `${s.productNameZh} / ${s.productNameEn} (${s.productType}, Inm ${s.frameCurrent} A)`);
  field('系列', 'Series', s.series);
  field('认证依据', 'Basis', s.basis.join('; '));
  const mode = s.mode === scheme.mode.zh || s.mode === scheme.mode.en ? `${scheme.mode.zh} / ${scheme.mode.en}` : s.mode;
  field('认证模式', 'Certification mode', mode);
  const dates = v.versionNo === 0
    ? `发证日期 Issued: ${v.issuedOn}    有效期至 Valid until: ${s.expiresOn}`
    : `首次发证 First issued: ${v.firstIssuedOn}    换证日期 Reissued: ${v.issuedOn}    有效期至 Valid until: ${s.expiresOn}`;
  field('发证日期和有效期', 'Dates', dates);
  if (v.versionNo > 0 && (v.changeSummaryZh || v.changeSummaryEn)) field('变更内容', 'Change', `${v.changeSummaryZh}\n${v.changeSummaryEn}`);
  field('认证机构', 'Certification body', `${s.certificationBody.nameZh} / ${s.certificationBody.nameEn}`);

  heading(doc, '规格型号及能耗等级', 'Models, ratings and power-consumption grade');
  drawTable(doc, MODEL_COLUMNS, s.models.map((m) => [
    m.designation, MOUNTING[m.mounting] ?? m.mounting, String(m.poles), `${m.ratedVoltage}`, `${m.frameCurrent}`, m.ratedCurrents.join(', '), m.grade,
    m.status === 'WITHDRAWN' ? '已撤销 Withdrawn' : '有效 In scope',
  ]), { x: MARGIN, width });

  heading(doc, '关键元器件配置（附件1）', 'Key-component configurations (Annex 1)');
  for (const configuration of s.keyComponentConfigurations) {
    keepWithNext(doc, 70);
    doc.fontSize(9).text(configuration.label, MARGIN, doc.y, { width });
    drawTable(doc, COMPONENT_COLUMNS, configuration.components.map((k) => {
      const type = scheme.keyComponentTypes.find((t) => t.type === k.type);
      return [type ? `${type.zh}\n${type.en}` : k.type, k.model ?? '', k.rating ?? '', k.material ?? '', k.grade ?? '', k.dimensions ?? '', k.supplier];
    }), { x: MARGIN, width });
    doc.moveDown(0.4);
  }

  doc.moveDown(0.5);
  doc.fontSize(8).fillColor('#333').text(
    `证书的当前状态（有效、暂停、撤销、注销）以公开查询页面为准，请扫描二维码或访问：${url}\n` +
      `The certificate's current status (valid, suspended, revoked, cancelled) is the one shown on its public page: scan the QR code or open ${url}`,
    MARGIN, doc.y, { width },
  );
  doc.end();
  return doc;
}

/** Starts a new page when less than `points` remain: a label is never left alone at a page's foot. */
function keepWithNext(doc: PDFKit.PDFDocument, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: PDFKit.PDFDocument, zh: string, en: string): void {
  keepWithNext(doc, 90);
  doc.moveDown(0.4);
  doc.fontSize(11).fillColor('#000').text(`${zh}  ${en}`, MARGIN, doc.y);
  doc.moveDown(0.2);
}

function drawQr(doc: PDFKit.PDFDocument, qr: QrMatrix, x: number, y: number): void {
  // A quiet zone of 4 modules is part of the code: without it many readers fail.
  const cell = QR_SIZE / (qr.size + 8);
  doc.save().fillColor('#000');
  for (let r = 0; r < qr.size; r++) {
    for (let c = 0; c < qr.size; c++) if (qr.isDark(r, c)) doc.rect(x + (c + 4) * cell, y + (r + 4) * cell, cell, cell);
  }
  doc.fill().restore();
}

const MODEL_COLUMNS: Column[] = [
  { title: '型号\nModel', weight: 3 },
  { title: '安装\nMounting', weight: 2 },
  { title: '极数\nPoles', weight: 1 },
  { title: 'Ue (V)', weight: 1.2 },
  { title: 'Inm (A)', weight: 1.2 },
  { title: 'In (A)', weight: 3 },
  { title: '能耗等级\nGrade', weight: 1.3 },
  { title: '状态\nStatus', weight: 1.8 },
];

const COMPONENT_COLUMNS: Column[] = [
  { title: '名称\nComponent', weight: 3 },
  { title: '型号\nModel', weight: 1.6 },
  { title: '额定值\nRating', weight: 1.6 },
  { title: '材料\nMaterial', weight: 1.6 },
  { title: '牌号\nGrade', weight: 1.3 },
  { title: '尺寸\nDimensions', weight: 1.6 },
  { title: '供应商\nSupplier', weight: 3 },
];
