/** Texts the named entries share, stored once. */
export const allDay = { en: '24 hours a day, 7 days a week', fr: '24 heures sur 24, 7 jours sur 7' };
export const afterHours = { en: 'After hours', fr: 'En dehors des heures de bureau' };
export const businessHours = { en: 'Business hours', fr: 'Heures de bureau' };
export const tty = { en: 'TTY', fr: 'ATS' };
