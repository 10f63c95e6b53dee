import type { Operation } from '../corpus/types.ts';
import type { Engine } from '../engine/engine.ts';
import type { StatsResult } from '../engine/types.ts';
import { PictureCache } from '../pictures/cache.ts';
import { renderStatsChart } from '../pictures/chart.ts';
import { renderOperationMap } from '../pictures/map.ts';
import type { Picture } from '../pictures/picture.ts';
import { INTL_TAG, type Locale } from '../render/locale.ts';
import { MESSAGES } from '../render/messages.ts';
import { unitName } from '../render/statsCard.ts';

// One cache for the process: a picture is rendered once per corpus version and key (an
// operation's id, a metric, a timeline's selection); a reload to a new version drops them all.
const cache = new PictureCache();

/** The picture of `key` for the engine's corpus: rendered on first use, then from the cache. */
export function cachedPicture(
  engine: Engine,
  kind: string,
  key: string,
  render: () => Picture,
): Picture {
  return cache.get(kind, engine.version, key, render);
}

/** The operation's countries on a map, coloured by role, its legend in the reader's language. */
export function operationMap(engine: Engine, operation: Operation, locale: Locale = 'en'): Picture {
  return cachedPicture(engine, 'map', `${locale}:${operation.id}`, () =>
    renderOperationMap({
      title: operation.name,
      countries: operation.countries.map(({ code, name, role }) => ({
        code,
        name: MESSAGES[locale].countryName(code, name),
        role,
      })),
      labels: { ...MESSAGES[locale].map, roles: MESSAGES[locale].roleNames },
    }),
  );
}

/** One bar chart per unit of the ranked figures (euros and dollars are never drawn together). */
export function statsCharts(engine: Engine, result: StatsResult, locale: Locale = 'en'): Picture[] {
  const t = MESSAGES[locale];
  const label = t.statMetrics[result.metric];
  const separateUnits = result.ranked.length > 1;
  return result.ranked.map(({ unit, entries }) =>
    cachedPicture(engine, 'stats', `${locale}:${result.metric}:${unit}`, () =>
      renderStatsChart({
        title: t.stats.chartTitle(label, separateUnits ? unitName(unit, locale) : undefined),
        unit,
        locale: INTL_TAG[locale],
        kind: t.map.barChart,
        bars: entries.map(({ operation, fact }) => ({
          label: operation.name,
          value: fact.value ?? 0,
          scope: fact.scope,
          qualifier: t.qualifiers[fact.qualifier].trim(),
        })),
      }),
    ),
  );
}
