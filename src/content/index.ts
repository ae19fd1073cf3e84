export * from './types.js';
export * from './article.js';
export * from './causes.js';
export * from './safety.js';
export * from './stretches.js';
export * from './guide.js';
