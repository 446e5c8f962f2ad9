// Labels of recertification (§9), merged into the dictionaries of ../i18n.ts.

export const recertZh = {
  "recert.title": "复审（§9）",
  "recert.dates": "证书 {expiresOn} 到期；复审应在 {dueOn} 前申请，须在 {completionDueOn} 前完成，否则按新申请处理。",
  "recert.running": "复审进行中：委托 {caseNo}（{appliedOn} 申请）",
  "recert.lateFlag": "逾期申请",
  "recert.lateWarning": "已过应申请日期（{dueOn}），现在申请将标注为逾期申请。",
  "recert.apply": "申请复审",
  "recert.applying": "正在申请…",
  "recert.closed": "证书状态为 {status}，不能再申请复审。",
};

export type RecertMessages = Record<keyof typeof recertZh, string>;

export const recertEn: RecertMessages = {
  "recert.title": "Recertification (复审, §9)",
  "recert.dates": "The certificate expires on {expiresOn}; apply for recertification by {dueOn}. It must be completed by {completionDueOn}, otherwise it is treated as a new application.",
  "recert.running": "Recertification under way: case {caseNo} (applied for on {appliedOn})",
  "recert.lateFlag": "Applied for late",
  "recert.lateWarning": "The due day ({dueOn}) has passed: an application now is flagged as late.",
  "recert.apply": "Apply for recertification",
  "recert.applying": "Applying…",
  "recert.closed": "The certificate is {status}; recertification can no longer be applied for.",
};
