export { DEFAULT_RATE_LIMITS, rateLimitsFromConfig, type RateLimits } from './limits.js';
export { PublicRateLimiter } from './limiter.js';
export { authenticatedViewer, rateLimitMiddleware, requestRateLimit, type RequestRateLimit } from './middleware.js';
