/** How the region question groups the areas; Toronto and Durham come first. */
export const regionGroups = ['first', 'central', 'east', 'west', 'north'] as const;
