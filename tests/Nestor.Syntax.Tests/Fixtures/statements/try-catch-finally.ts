try {
  risky();
} catch {
  recover();
} finally {
  cleanup();
}
try { a(); } catch (e: unknown) { log(e); }
