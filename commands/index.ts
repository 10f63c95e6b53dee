import type { SlashCommand } from '../src/app/command.ts';
import { cite } from './cite.ts';
import { country } from './country.ts';
import { help } from './help.ts';
import { operation } from './operation.ts';
import { search } from './search.ts';
import { sources } from './sources.ts';
import { stats } from './stats.ts';

export const COMMANDS: readonly SlashCommand[] = [
  operation,
  country,
  search,
  cite,
  stats,
  sources,
  help,
];
