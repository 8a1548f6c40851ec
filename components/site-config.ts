/**
 * Settings a deployer may change. `reportContactEmail` turns on the "Is a contact wrong?" line of the summary
 * footer: set NEXT_PUBLIC_REPORT_CONTACT_EMAIL when building (e.g. `NEXT_PUBLIC_REPORT_CONTACT_EMAIL=team@example.org
 * npm run build`). It is empty, and the line hidden, by default.
 */
export const siteConfig = {
  reportContactEmail: process.env.NEXT_PUBLIC_REPORT_CONTACT_EMAIL ?? '',
} as const;

/**
 * A neutral site that shows nothing personal: the quick exit goes there, replacing this page in the history. Kept
 * out of the exit's own module (a client module), so that pages rendered on the server can read it too.
 */
export const exitDestination = { en: 'https://weather.gc.ca/', fr: 'https://meteo.gc.ca/' } as const;

/**
 * The tab's icon, a plain grey square with lines that says nothing about the site, inlined as a data URL: the
 * browser fetches a linked icon just after the page has loaded, and nothing may be fetched then (issue 3).
 */
const iconSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#4d4d4d"/><path d="M9 10h14M9 16h14M9 22h9" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>';
export const siteIcons = {
  icon: [{ url: `data:image/svg+xml,${encodeURIComponent(iconSvg)}`, type: 'image/svg+xml' }],
};
