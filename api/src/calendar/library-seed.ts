// The library's own data file: the published dates, without its date helpers (which work in
// local time and guess for uncovered years).
import libraryData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import libraryPackage from 'chinese-days/package.json' with { type: 'json' };
import { CalendarDayKind } from '@cqc/db';
import { yearOf, type IsoDate } from './iso-date.js';
import type { CalendarOverride } from './working-day-calendar.js';

/** Recorded with what it seeded, e.g. `chinese-days@1.5.7`. */
export const LIBRARY_NAME = `${libraryPackage.name}@${libraryPackage.version}`;

/** The shape of chinese-days' data: date → "English name,中文名,length of the period". */
interface LibraryData {
  holidays: Record<IsoDate, string>;
  workdays: Record<IsoDate, string>;
}

/** The official names (the library shortens some, e.g. 清明 for 清明节). */
const OFFICIAL_NAMES: Record<string, { zh: string; en: string }> = {
  "New Year's Day": { zh: '元旦', en: "New Year's Day" },
  'Spring Festival': { zh: '春节', en: 'Spring Festival' },
  'Tomb-sweeping Day': { zh: '清明节', en: 'Qingming Festival' },
  'Labour Day': { zh: '劳动节', en: 'Labour Day' },
  'Dragon Boat Festival': { zh: '端午节', en: 'Dragon Boat Festival' },
  'Mid-autumn Festival': { zh: '中秋节', en: 'Mid-Autumn Festival' },
  'National Day': { zh: '国庆节', en: 'National Day' },
  'Anti-Fascist 70th Day': {
    zh: '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    en: "70th anniversary of the victory of the Chinese People's War of Resistance against Japanese Aggression and the World Anti-Fascist War",
  },
};

export interface LibrarySeed {
  /** Years whose official schedule the library holds (2004–2026 in chinese-days 1.5.7). */
  years: number[];
  overrides: CalendarOverride[];
}

/** The overrides and covered years of the maintained library, chinese-days. */
export function librarySeed(data: LibraryData = libraryData): LibrarySeed {
  const overrides: CalendarOverride[] = [];
  for (const [date, entry] of Object.entries(data.holidays)) {
    const name = holidayName(entry);
    overrides.push({ date, kind: CalendarDayKind.HOLIDAY, nameZh: name.zh, nameEn: name.en });
  }
  for (const [date, entry] of Object.entries(data.workdays)) {
    const name = holidayName(entry);
    overrides.push({ date, kind: CalendarDayKind.WORKDAY, nameZh: `${name.zh}调休上班`, nameEn: `${name.en} make-up working day` });
  }
  overrides.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const years = [...new Set(overrides.map((o) => yearOf(o.date)))].sort((a, b) => a - b);
  return { years, overrides };
}

function holidayName(entry: string): { zh: string; en: string } {
  const [en = entry, zh = en] = entry.split(',');
  return OFFICIAL_NAMES[en] ?? { zh, en };
}
