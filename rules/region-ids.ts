import type { regionGroups } from './regions/region-groups';

/**
 * The 47 housing service-manager areas of Ontario (37 municipal, 10 district boards), with ids exactly as
 * the `id` column of shared/reference/service-managers.md, in the groups the area question lists them by. Toronto
 * and Durham come first because they are the only areas with a CARE Unit and a specialized home for trafficked
 * children and youth.
 */
export const regionIdsByGroup = {
  first: ['toronto', 'durham'],
  central: ['peel', 'york', 'halton', 'hamilton', 'niagara', 'simcoe', 'muskoka', 'dufferin'],
  east: [
    'ottawa',
    'kingston',
    'lennox-addington',
    'hastings',
    'leeds-grenville',
    'lanark',
    'renfrew',
    'cornwall',
    'prescott-russell',
    'northumberland',
    'peterborough',
    'kawartha-lakes',
  ],
  west: [
    'waterloo',
    'wellington',
    'grey',
    'bruce',
    'huron',
    'stratford',
    'oxford',
    'london',
    'st-thomas',
    'lambton',
    'chatham-kent',
    'windsor',
    'brantford',
    'norfolk',
  ],
  north: [
    'greater-sudbury',
    'algoma',
    'cochrane',
    'kenora',
    'manitoulin-sudbury',
    'nipissing',
    'parry-sound',
    'rainy-river',
    'sault-ste-marie',
    'thunder-bay',
    'timiskaming',
  ],
} as const satisfies Record<(typeof regionGroups)[number], readonly string[]>;

/** The 47 areas in the order the area question lists them. */
export const regionIds = [
  ...regionIdsByGroup.first,
  ...regionIdsByGroup.central,
  ...regionIdsByGroup.east,
  ...regionIdsByGroup.west,
  ...regionIdsByGroup.north,
] as const;
