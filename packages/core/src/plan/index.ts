export * from './routine';
