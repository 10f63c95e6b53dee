import type { Command, MessageCommand } from '../interactions/command.ts';
import { ask } from './ask.ts';
import { check, checkFigures } from './check.ts';
import { cite } from './cite.ts';
import { country } from './country.ts';
import { help } from './help.ts';
import { operation } from './operation.ts';
import { search } from './search.ts';
import { sources } from './sources.ts';
import { stats } from './stats.ts';

/** Every command, in the order /help lists them: a new command is one file and one line here. */
export const COMMANDS: readonly Command[] = [
  operation,
  country,
  search,
  ask,
  cite,
  check,
  stats,
  sources,
  help,
];

/** Right-click a message → Apps. */
export const MESSAGE_COMMANDS: readonly MessageCommand[] = [checkFigures];
