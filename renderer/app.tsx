/** The app shell: Fluent provider following the OS theme, the step frame, and the current step's screen. */
import { FluentProvider, RendererProvider, Spinner, createDOMRenderer } from '@fluentui/react-components';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './state/app-store';
import { bindEvents } from './state/bind-events';
import { useWizardStore } from './state/wizard-store';
import { StepFrame } from './components/step-frame';
import { stepScreens } from './steps/registry';
import { useFluentTheme } from './theme';

/** Fluent's style elements carry the per-load CSP nonce that main put into the page. */
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
const renderer = createDOMRenderer(document, { styleElementAttributes: { nonce: styleNonce } });

export function App() {
  const { t } = useTranslation();
  const themeSetting = useAppStore((s) => s.settings.theme);
  const theme = useFluentTheme(themeSetting);
  const step = useWizardStore((s) => s.step);
  useEffect(() => bindEvents(), []);
  const Screen = stepScreens[step];
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={theme}>
        <StepFrame>
          <Suspense fallback={<Spinner label={t('loading')} />}>
            <Screen key={step} />
          </Suspense>
        </StepFrame>
      </FluentProvider>
    </RendererProvider>
  );
}
