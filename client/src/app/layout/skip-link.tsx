import { useTranslation } from 'react-i18next';
import './skip-link.css';

/** "Skip to main content": past the header and the navigation, for keyboard and screen-reader users. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <a
      className="cirkel-skip-link"
      href={`#${targetId}`}
      data-testid="skip-link"
      onClick={(event) => {
        // Move focus, not just the scroll position, so the next Tab starts inside the content.
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
