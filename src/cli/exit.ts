/** Exit codes: 0 success, 1 when any input failed, 2 for usage errors. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
