/** Registers every backcare element (a side effect). Safe to import more than once. */
import './elements/define-all.js';

export * from './index.js';
