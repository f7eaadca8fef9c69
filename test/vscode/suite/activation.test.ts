import * as assert from 'assert';
import { getApi } from './helpers';

suite('Activation', () => {
  test('activate returns at once and reports how long it took; the index follows', async () => {
    const api = await getApi();
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs > 0, `activationMs ${api.activationMs}`);
    // Reported for bench/RESULTS.md, not asserted against a budget (timings do not belong in tests).
    console.log(`[activation] ${api.activationMs.toFixed(1)} ms`);
    await api.whenIndexed();
    assert.ok(api.services.index.fileCount > 0);
  });
});
