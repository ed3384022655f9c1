import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** The sign-in and sign-up limits; README "Security" explains them. */
export const AUTH_LIMITS = {
  /** Wrong passwords from one client address, whatever the accounts, before it must wait. */
  failuresPerClient: 30,
  /** Wrong passwords for one account from one client address. */
  failuresPerAccountAndClient: 10,
  window: 15 * MINUTE,
  /** Wrong passwords for one account (from anywhere) before clients it does not know are slowed down. */
  accountSlowdownAfter: 5,
  accountWindow: HOUR,
  /** The slow-down doubles with each further failure, up to this many seconds between attempts. */
  accountDelayMax: 60,
  /** A client that signed in to an account is its usual client for this long (timers cap at 24.8 days). */
  knownClientFor: 20 * 24 * HOUR,
} as const;

export interface ThrottleVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

const wait = (res: RateLimiterRes | null): ThrottleVerdict => ({ allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000)) });
const ALLOWED: ThrottleVerdict = { allowed: true, retryAfterSeconds: 0 };

/**
 * Slows password guessing without letting anyone lock an owner out. Counts only failed sign-ins
 * with a valid body (junk creates no keys), by client address and by normalised email separately.
 * Counters expire by time only (no size-based eviction), so a flood of other keys cannot reset a
 * victim's. Per replica, in memory: N replicas allow N× the attempts, still bounded.
 */
export class SignInThrottle {
  private readonly perClient = new RateLimiterMemory({ points: AUTH_LIMITS.failuresPerClient, duration: AUTH_LIMITS.window });
  private readonly perAccountAndClient = new RateLimiterMemory({ points: AUTH_LIMITS.failuresPerAccountAndClient, duration: AUTH_LIMITS.window });
  private readonly accountFailures = new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: AUTH_LIMITS.accountWindow });
  private readonly accountDelay = new RateLimiterMemory({ points: 1, duration: AUTH_LIMITS.accountDelayMax });
  private readonly knownClients = new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: AUTH_LIMITS.knownClientFor });

  async check(client: string, email: string): Promise<ThrottleVerdict> {
    const clientRes = await this.perClient.get(client);
    if (clientRes && clientRes.consumedPoints >= AUTH_LIMITS.failuresPerClient) return wait(clientRes);
    const pairRes = await this.perAccountAndClient.get(pair(email, client));
    if (pairRes && pairRes.consumedPoints >= AUTH_LIMITS.failuresPerAccountAndClient) return wait(pairRes);
    if (await this.knows(email, client)) return ALLOWED;
    const delayRes = await this.accountDelay.get(email);
    if (delayRes && delayRes.consumedPoints > 1) return wait(delayRes);
    return ALLOWED;
  }

  async failed(client: string, email: string): Promise<void> {
    await Promise.all([consume(this.perClient, client), consume(this.perAccountAndClient, pair(email, client))]);
    const failures = (await consume(this.accountFailures, email))?.consumedPoints ?? 0;
    const beyond = failures - AUTH_LIMITS.accountSlowdownAfter;
    if (beyond >= 0) await this.accountDelay.block(email, Math.min(2 ** beyond, AUTH_LIMITS.accountDelayMax));
  }

  async succeeded(client: string, email: string): Promise<void> {
    await consume(this.knownClients, pair(email, client));
    await this.perAccountAndClient.delete(pair(email, client));
  }

  private async knows(email: string, client: string): Promise<boolean> {
    return ((await this.knownClients.get(pair(email, client)))?.consumedPoints ?? 0) > 0;
  }
}

/** Sign-ups allowed per client address per hour. */
export class SignUpThrottle {
  private readonly perClient: RateLimiterMemory;

  constructor(readonly perHour: number) {
    this.perClient = new RateLimiterMemory({ points: perHour, duration: HOUR });
  }

  async take(client: string): Promise<ThrottleVerdict> {
    try {
      await this.perClient.consume(client);
      return ALLOWED;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      return wait(rejection as RateLimiterRes);
    }
  }
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
const pair = (email: string, client: string) => `${email}|${client}`;

/** rate-limiter-flexible rejects with a RateLimiterRes once points run out; counting on is what we want. */
async function consume(limiter: RateLimiterMemory, key: string): Promise<RateLimiterRes | null> {
  try {
    return await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    return rejection as RateLimiterRes;
  }
}
