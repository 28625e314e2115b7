// The registered analysis components, in the order they run.
import type { Component } from '../component.js';
import { tokens } from './tokens.js';
import { entities } from './entities/index.js';
import { geocode } from './geocode/index.js';
import { times } from './times/index.js';
import { quantities } from './quantities/index.js';
import { quotes } from './quotes/index.js';
import { events } from './events/index.js';

export const COMPONENTS: readonly Component[] = [tokens, entities, geocode, times, quantities, quotes, events];
