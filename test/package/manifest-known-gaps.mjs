// Gaps between the source and its documentation that the manifest test should report (with their
// fix) instead of failing on. Empty: every gap fails the test. Add an entry only with a reason.
export const KNOWN_GAPS = [];
