// The registered analysis components, in the order they run.
import type { Component } from '../component.js';
import { tokens } from './tokens.js';

export const COMPONENTS: readonly Component[] = [tokens];
