/**
 * Identifies the recognizer's code and bundled data, so that annotations cached by one
 * build are never reused by another. The build (scripts/build.js) replaces this value
 * with a hash of src/core (this file as written included); a run from source that skips
 * it never trusts a cache.
 */
export const ENGINE_VERSION: string | undefined = undefined;
