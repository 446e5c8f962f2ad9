export { createApi, type Api, type ApiDependencies } from './server.js';
export { LocalDiskStorage, type DocumentStorage } from './documents/storage.js';
export { buildApiSchema } from './schema.js';
export { loadConfig, type Config } from './config.js';
export { systemClock, FakeClock, type Clock } from './clock.js';
export { importBatch, type ImportReport } from './import/import-service.js';
export { hashPassword } from './auth/password.js';
export { seedCalendarFromLibrary, loadWorkingDayCalendar, publishYear } from './calendar/calendar-service.js';
