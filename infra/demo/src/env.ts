/** Where the demo outlets listen. */
export const demoListen = (): { port: number; host: string } => ({
  port: Number(process.env.PORT ?? 4010),
  host: process.env.HOST ?? '127.0.0.1',
});
