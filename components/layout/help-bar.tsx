import { mainPhone, type Locale } from '../../rules';
import { formatPhone, telHref, type Messages } from '../content';

/**
 * 911 and the hotline, on every screen in the same place (WCAG 3.2.6 Consistent Help). The numbers come from the
 * service directory, like every other contact.
 */
export function HelpBar({ t, locale }: { t: Messages; locale: Locale }) {
  const police = mainPhone('emergency-911');
  const hotline = mainPhone('human-trafficking-hotline');
  return (
    <aside aria-label={t.helpBar.label} className="help-bar min-w-0">
      <p className="flex flex-col text-sm sm:flex-row sm:flex-wrap sm:gap-x-6 sm:text-base">
        <span>
          <span className="hidden sm:inline">{t.helpBar.danger}</span>
          <span className="sm:hidden">{t.helpBar.dangerShort}</span>{' '}
          <a href={telHref(police)} className="link font-bold">
            {formatPhone(police, locale)}
          </a>
        </span>
        <span>
          <span className="hidden sm:inline">{t.helpBar.hotline}</span>
          <span className="sm:hidden">{t.helpBar.hotlineShort}</span>{' '}
          <a href={telHref(hotline)} className="link font-bold whitespace-nowrap">
            {formatPhone(hotline, locale)}
          </a>
        </span>
      </p>
    </aside>
  );
}
