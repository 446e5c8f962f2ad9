// Labels of the public certificate page's freshness, documents and signed records, merged into ../i18n.ts.

export const certPageZh = {
  "cp.asOf": "状态截至 {time}（北京时间）",
  "cp.asOfUnknown": "状态更新时间未知",
  "cp.upToDate": "登记簿已是最新",
  "cp.lagging": "最近 {seconds} 秒内的变更尚未显示",
  "cp.documents": "证书文件与签名记录",
  "cp.pdf": "下载版本 {no} 证书（PDF）",
  "cp.signed": "签名记录（JSON）",
  "cp.key": "平台公钥",
  "cp.howTo": "如何验证",
  "cp.howToBody":
    "签名记录由平台的 Ed25519 私钥对 RFC 8785 规范化 JSON 签名，可离线验证：下载签名记录和平台公钥，运行 npx tsx scripts/src/verify-record.ts record.json signing-key.json（退出码 0 表示验证通过）。记录中的 statusFinality 区分可恢复的暂停（REVERSIBLE）与最终的撤销、注销（FINAL）。证书 PDF 上的二维码指向本页。",
};

export const certPageEn: CertPageMessages = {
  "cp.asOf": "Status as of {time} (Beijing time)",
  "cp.asOfUnknown": "Status time unknown",
  "cp.upToDate": "Registry up to date",
  "cp.lagging": "Changes of the last {seconds} s not yet shown",
  "cp.documents": "Certificate documents and signed record",
  "cp.pdf": "Download version {no} certificate (PDF)",
  "cp.signed": "Signed record (JSON)",
  "cp.key": "Platform public key",
  "cp.howTo": "How to verify",
  "cp.howToBody":
    "The signed record is signed with the platform's Ed25519 key over RFC 8785 canonical JSON and verifies offline: download the record and the public key, then run npx tsx scripts/src/verify-record.ts record.json signing-key.json (exit code 0: verified). Its statusFinality tells a reversible suspension (REVERSIBLE) from a final revocation or cancellation (FINAL). The QR code on the certificate PDF opens this page.",
};

export type CertPageMessageKey = keyof typeof certPageZh;
export type CertPageMessages = { [K in CertPageMessageKey]: string };
