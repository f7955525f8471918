/** The app shell: Fluent provider following the OS theme, the step frame, and the current step's screen. */
import { FluentProvider, RendererProvider, createDOMRenderer } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useAppStore } from './state/app-store';
import { bindEvents } from './state/bind-events';
import { useWizardStore } from './state/wizard-store';
import { StepFrame } from './components/step-frame';
import { stepScreens } from './steps/registry';
import { WelcomeStep } from './steps/welcome';
import { useFluentTheme } from './theme';

/** Fluent's style elements carry the per-load CSP nonce that main put into the page. */
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
const renderer = createDOMRenderer(document, { styleElementAttributes: { nonce: styleNonce } });

export function App() {
  const themeSetting = useAppStore((s) => s.settings.theme);
  const theme = useFluentTheme(themeSetting);
  const step = useWizardStore((s) => s.step);
  useEffect(() => bindEvents(), []);
  const Screen = stepScreens[step] ?? WelcomeStep;
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={theme}>
        <StepFrame>
          <Screen />
        </StepFrame>
      </FluentProvider>
    </RendererProvider>
  );
}
