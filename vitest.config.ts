import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    pool: "forks",
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/pipeline/**/*.test.ts", "tests/lib/**/*.test.ts", "tests/data/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/timeline/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts", "tests/e2e/**/*.test.ts", "tests/quality/**/*.test.ts"],
          // The site is built once, with the real `astro build`, for every test of this project.
          globalSetup: ["tests/setup/build-site.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
