// @vitest-environment jsdom
/**
 * About screen: version from the app store (filled from api.app.info), the licence list from
 * assets/licenses.json, search, and the licence dialog opened from the keyboard.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { initI18n } from '../i18n';
import { useAppStore } from '../state/app-store';
import { AboutStep } from './about';
import { filterPackages, licenseText, licensedPackages } from './about-licenses';

beforeAll(async () => {
  await initI18n('en');
  useAppStore.getState().setInfo({
    name: 'Installer Doctor',
    version: '9.8.7',
    shell: 'preview',
    host: {
      kind: 'simulated',
      scenarioId: 'healthy',
      scenarioTitle: 'Healthy PC',
      scenarioTitles: {},
      platform: 'linux',
    },
    osLanguages: ['en-US'],
  });
});
afterEach(cleanup);

const renderAbout = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <AboutStep />
    </FluentProvider>,
  );

describe('about-licenses', () => {
  it('lists the bundled packages with a licence each', () => {
    expect(licensedPackages.length).toBeGreaterThan(10);
    expect(licensedPackages.map((p) => p.name)).toContain('react');
    for (const p of licensedPackages) expect(p.license).not.toBe('');
  });

  it('filters by every word of the query, in name or licence, ignoring case', () => {
    expect(filterPackages(licensedPackages, '  ').length).toBe(licensedPackages.length);
    expect(filterPackages(licensedPackages, 'REACT-dom').map((p) => p.name)).toEqual(['react-dom']);
    expect(filterPackages(licensedPackages, 'zustand mit').map((p) => p.name)).toEqual(['zustand']);
    expect(filterPackages(licensedPackages, 'no-such-package-xyz')).toEqual([]);
  });

  it('returns the text of a package that ships one', () => {
    const react = licensedPackages.find((p) => p.name === 'react');
    expect(react && licenseText(react)).toMatch(/MIT License/u);
  });
});

describe('AboutStep', () => {
  it('shows the product name and the version from api.app.info', () => {
    renderAbout();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('About Installer Doctor');
    expect(screen.getByTestId('about-version').textContent).toBe('Version 9.8.7');
  });

  it('lists every package, and the search narrows the table', () => {
    renderAbout();
    const table = screen.getByRole('table', { name: 'Open-source packages and their licences' });
    expect(within(table).getAllByRole('row')).toHaveLength(licensedPackages.length + 1);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zustand' } });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByTestId('about-count').textContent).toBe(`1 of ${licensedPackages.length} packages`);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'no-such-package-xyz' } });
    expect(screen.getByTestId('about-count').textContent).toBe('No package matches "no-such-package-xyz".');
  });

  it('opens the licence text in a dialog from a package button and closes it again', async () => {
    renderAbout();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'react-dom' } });
    const button = screen.getByRole('button', { name: 'react-dom' });
    await act(async () => {
      button.focus();
      fireEvent.click(button);
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Licence of react-dom/u)).toBeTruthy();
    expect(within(dialog).getByTestId('about-license-text').textContent).toMatch(/MIT License/u);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
