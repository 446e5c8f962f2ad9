/** Time is injected: domain and service code ask a Clock, never the wall clock directly. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand. */
export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = new Date(date);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The calendar date in China (Asia/Shanghai, UTC+8, no daylight saving) at `instant`: the rule's
 * working days and dates are Beijing dates, whatever the server's time zone.
 */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The platform clock of an instance started in test mode: the wall clock shifted by an offset
 * an administrator sets over GraphQL, so that end-to-end scenarios can jump to a deadline.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  setNow(target: Date): void {
    this.offsetMs = target.getTime() - this.base.now().getTime();
  }
}
