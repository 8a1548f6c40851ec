/**
 * What the named entries share: the day they were compared with the research files in shared/reference/, and the
 * provenance every contact carries besides its source. The research read stored copies of public pages of varying
 * age; nothing was called or opened live. Before go-live, every number must be called and every link opened.
 */
export const checked = '2026-12-06';

export const high = { checked, confidence: 'high' } as const;
export const medium = { checked, confidence: 'medium' } as const;

export const allDay = { en: '24 hours a day, 7 days a week', fr: '24 heures sur 24, 7 jours sur 7' };
export const afterHours = { en: 'After hours', fr: 'En dehors des heures de bureau' };
export const businessHours = { en: 'Business hours', fr: 'Heures de bureau' };
export const tty = { en: 'TTY', fr: 'ATS' };
