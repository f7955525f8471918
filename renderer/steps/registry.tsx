/** Which screen shows for each wizard step. Every Step must have a screen (the type enforces it). */
import type { ComponentType } from 'react';
import type { Step } from '../state/wizard-store';
import { SettingsStep } from './settings';
import { WelcomeStep } from './welcome';

export const stepScreens: Partial<Record<Step, ComponentType>> = {
  welcome: WelcomeStep,
  settings: SettingsStep,
};
