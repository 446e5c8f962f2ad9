import { CertificateChangeArea } from '@cqc/db';

/** §8.2.1's words for what a variation touches, as the summary and the notices print them. */
export const AREA_LABELS: Record<CertificateChangeArea, { zh: string; en: string }> = {
  [CertificateChangeArea.CONTENT]: { zh: '证书内容', en: 'certificate content' },
  [CertificateChangeArea.DESIGN]: { zh: '设计', en: 'design' },
  [CertificateChangeArea.STRUCTURE]: { zh: '结构参数', en: 'structure' },
  [CertificateChangeArea.APPEARANCE]: { zh: '外形', en: 'appearance' },
  [CertificateChangeArea.KEY_COMPONENTS]: { zh: '关键元器件', en: 'key components' },
};

/** Areas whose change the certificate's contents do not show: the summary names them with the holder's description. */
export const UNPRINTED_AREAS = [CertificateChangeArea.DESIGN, CertificateChangeArea.STRUCTURE, CertificateChangeArea.APPEARANCE];
