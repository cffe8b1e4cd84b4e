// For the projects pinned to a moment of their own (jest.config.js `globals.LOCALCLOUD_NOW`): the file's
// localclouds, tests and pages start at that moment, whatever the run's own pinned time.
const at = (globalThis as { LOCALCLOUD_NOW?: string }).LOCALCLOUD_NOW
if (at) process.env.LOCALCLOUD_CLOCK_OFFSET_MS = String(Date.parse(at) - Date.now())
