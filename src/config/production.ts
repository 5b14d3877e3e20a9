// Production listens on every interface and writes JSON logs to the console and logs/.
export const production = {
  server: { host: '0.0.0.0' },
  log: { console: 'json' },
};
