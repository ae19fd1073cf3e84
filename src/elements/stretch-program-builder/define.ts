import { defineElement } from '../../internal/define.js';
// The builder's preview is a <stretch-routine>, so defining the builder defines the routine too.
import '../stretch-routine/define.js';
import { StretchProgramBuilder } from './stretch-program-builder.js';

/*
 * For clinic staff only: not part of `backcare-elements/define`, the CDN file or the package root,
 * so the builder and its QR code library never reach a patient's page.
 */
defineElement('stretch-program-builder', StretchProgramBuilder);

export * from './stretch-program-builder.js';
