import { getService, mainPhone, type Locale } from '../../rules';
import { formatPhone, telHref, type Messages } from '../content';

/**
 * 911 and the hotline as a list, each named, its number a link that calls it: what the fallback screens give in
 * their body whatever else failed (the wizard's fail-safe; the page for an address that does not exist, once per
 * language). The page-wide fail-safe (and app/global-error.tsx) gives them in its help bar, like every page. The
 * numbers come from the service directory, like every other contact. `large`: bolder and bigger, for a screen that
 * has nothing else to offer.
 */
export function EmergencyNumbers({ t, locale, large = false }: { t: Messages; locale: Locale; large?: boolean }) {
  return (
    <ul className={large ? 'mt-4 space-y-3' : 'mt-4 space-y-2'}>
      {(['emergency-911', 'human-trafficking-hotline'] as const).map((id) => (
        <li key={id}>
          <span className={large ? 'font-bold' : undefined}>{t.common.labelled(getService(id).name[locale])}</span>
          <a href={telHref(mainPhone(id))} className={large ? 'link text-xl font-bold' : 'link font-bold'}>
            {formatPhone(mainPhone(id), locale)}
          </a>
        </li>
      ))}
    </ul>
  );
}
