/**
 * Settings a deployer may change. `reportContactEmail` turns on the "Is a contact wrong?" line of the summary
 * footer: set NEXT_PUBLIC_REPORT_CONTACT_EMAIL when building (e.g. `NEXT_PUBLIC_REPORT_CONTACT_EMAIL=team@example.org
 * npm run build`). It is empty, and the line hidden, by default.
 */
export const siteConfig = {
  reportContactEmail: process.env.NEXT_PUBLIC_REPORT_CONTACT_EMAIL ?? '',
} as const;
