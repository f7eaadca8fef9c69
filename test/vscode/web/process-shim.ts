// The npm `assert` package (through `util`) reads process.env.NODE_DEBUG when it loads; a Web
// Worker has no `process`, so the test bundle gets this minimal one injected.
export const process = {
  env: {} as Record<string, string | undefined>,
  browser: true,
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
};
