import type { Document } from 'domhandler';
import type { Comment } from '../../../record/types.js';

export function extractComments(_dom: Document): Comment[] {
  return [];
}
