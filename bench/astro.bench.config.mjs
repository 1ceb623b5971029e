// @ts-check
// The project's own configuration with a cache folder of the benchmark's own (BENCH_CACHE_DIR),
// so a benchmark build neither reuses nor overwrites the content store of other builds.
import config from "../astro.config.mjs";

export default { ...config, ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}) };
