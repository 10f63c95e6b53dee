import type { Command, MessageCommand } from '../interactions/command.ts';
import { ask } from './ask.ts';
import { check, checkFigures } from './check.ts';
import { cite } from './cite.ts';
import { compare } from './compare.ts';
import { country } from './country.ts';
import { exportCommand } from './export.ts';
import { help } from './help.ts';
import { operation } from './operation.ts';
import { search } from './search.ts';
import { sources } from './sources.ts';
import { stats } from './stats.ts';
import { timelineCommand } from './timeline.ts';

/** Every command, in the order /help lists them: a new command is one file and one line here. */
export const COMMANDS: readonly Command[] = [
  operation,
  country,
  timelineCommand,
  compare,
  search,
  ask,
  cite,
  check,
  stats,
  exportCommand,
  sources,
  help,
];

/** Right-click a message → Apps. */
export const MESSAGE_COMMANDS: readonly MessageCommand[] = [checkFigures];
