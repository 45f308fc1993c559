/**
 * How every spec launches Debian's Chromium on this machine: headless, no sandbox (root), no
 * background networking (the network is closed; see shared/MACHINE-NOTES.md). A spec that needs
 * more (a host mapped to loopback) adds its flags to these.
 */
export const chromiumLaunchOptions = (extraArgs: readonly string[] = []) => ({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    ...extraArgs,
  ],
});
