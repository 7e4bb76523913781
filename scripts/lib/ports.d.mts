/** Resolves true when nothing listens on host:port now. */
export function portIsFree(port: number, host?: string): Promise<boolean>;
/** A free port other than those avoid includes (any array of ports will do). */
export function freePort(host?: string, options?: { avoid?: { includes(port: number): boolean } }): Promise<number>;
