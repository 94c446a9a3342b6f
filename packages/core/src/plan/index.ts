export * from './deadlines';
export * from './interview-checklist';
export * from './routine';
