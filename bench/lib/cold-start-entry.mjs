// @ts-check
// One cold start: a fresh Node imports one program from bench/programs/, lists messages once from
// the local server, checks the answer and exits at once (not waiting for idle keep-alive sockets).
// Usage (by cold-start.mjs only): node cold-start-entry.mjs <program> <base URL>
const [program = '', baseUrl = ''] = process.argv.slice(2);
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(baseUrl))
  throw new Error(`the base URL must be http://127.0.0.1:<port>, got ${baseUrl}`);
const { listMessages } = await import(`../programs/${program}.mjs`);
const data = await listMessages(baseUrl);
if (data?.messages?.[0]?.messageId !== '1589228074636lm4k2je7j7jklbn2') {
  console.error(`${program} resolved an unexpected body: ${JSON.stringify(data)}`);
  process.exit(1);
}
process.exit(0);
