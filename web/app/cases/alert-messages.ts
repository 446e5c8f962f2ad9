// Labels of the staff alert list (overdue time limits), merged into the dictionaries of ../i18n.ts.

export const alertZh = {
  "alerts.title": "期限提醒",
  "alerts.nav": "期限提醒",
  "alerts.intro": "以下案件的时限已过期限（到期日为允许的最后一天）。每个时限每轮只提醒一次，并已发送电子邮件。",
  "alerts.none": "没有待处理的期限提醒。",
  "alerts.case": "委托",
  "alerts.clock": "时限",
  "alerts.dueOn": "到期日",
  "alerts.daysOverdue": "逾期（自然日）",
  "alerts.stopped": "时限已于 {on} 结束",
  "alerts.acknowledge": "知悉",
  "alerts.acknowledged": "已知悉",
  "alerts.showAll": "显示已知悉的提醒",
  "alerts.showOpen": "只显示未知悉的提醒",
} as const;

export type AlertMessages = { [K in keyof typeof alertZh]: string };

export const alertEn: AlertMessages = {
  "alerts.title": "Deadline alerts",
  "alerts.nav": "Alerts",
  "alerts.intro": "The time limits below have run out (the due date is the last day allowed). Each limit alerts once per round, and the alert was e-mailed.",
  "alerts.none": "No open deadline alerts.",
  "alerts.case": "Case",
  "alerts.clock": "Time limit",
  "alerts.dueOn": "Due",
  "alerts.daysOverdue": "Overdue (calendar days)",
  "alerts.stopped": "limit ended on {on}",
  "alerts.acknowledge": "Acknowledge",
  "alerts.acknowledged": "Acknowledged",
  "alerts.showAll": "Show acknowledged alerts",
  "alerts.showOpen": "Show open alerts only",
};
