/** Texts the named entries share, stored once. */
export const allDay = { en: '24/7', fr: '24 h/24, 7 j/7' };
export const afterHours = { en: 'After hours', fr: 'En dehors des heures de bureau' };
export const businessHours = { en: 'Business hours', fr: 'Heures de bureau' };
export const tty = { en: 'TTY', fr: 'ATS' };
export const crisisLine = { en: 'Crisis line', fr: 'Ligne de crise' };
