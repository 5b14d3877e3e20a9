// Tests build the app with their own backend URLs and stay quiet.
export const test = {
  server: { port: 0 },
  log: { level: 'warn', console: false, dir: null },
};
