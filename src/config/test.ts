// Tests build the app with their own backend URLs and stay quiet. Limits are off unless a
// test turns one on: a loaded CI machine must not turn into spurious 429s or 503s.
export const test = {
  server: { port: 0 },
  log: { level: 'warn', console: false, dir: null },
  limits: { rateLimit: null, deniedRateLimit: null, maxEventLoopDelayMs: 0 },
};
