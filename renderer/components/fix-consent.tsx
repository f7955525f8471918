/** Consent: before anything changes, name what will run as administrator and why, and let the user say yes. */
import {
  Button,
  Card,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FixPlan } from '../state/fix-store';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function FixConsent({ plan, onApply }: { plan: FixPlan; onApply(): void }) {
  const { t } = useTranslation('uiFix');
  const styles = useStyles();
  const [agreed, setAgreed] = useState(false);
  const elevated = plan.steps.filter((s) => s.elevated);
  const changes = plan.undoable !== 'nothing-to-undo';
  return (
    <Card className={styles.card} data-testid="fix-consent">
      <Text as="h2" weight="semibold" size={400}>
        {t('consentTitle')}
      </Text>
      {plan.needsAdmin ? (
        <MessageBar intent="warning" layout="multiline" data-testid="fix-admin">
          <MessageBarBody>
            <MessageBarTitle>{t('adminTitle', { count: elevated.length })}</MessageBarTitle>
            {plan.adminReason ?? t('adminWhy')}
            <ul className={styles.list}>
              {elevated.map((s) => (
                <li key={s.id}>{s.description}</li>
              ))}
            </ul>
            {t('adminPrompt')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text>{t('noAdmin')}</Text>
      )}
      <Text>{plan.riskText}</Text>
      <Checkbox
        checked={agreed}
        onChange={(_e, d) => setAgreed(d.checked === true)}
        label={changes ? t('agree') : t('agreeGuide')}
        data-testid="fix-agree"
      />
      <div>
        <Button appearance="primary" disabled={!agreed} onClick={onApply} data-testid="fix-apply">
          {plan.needsAdmin ? t('applyAdmin') : t('apply')}
        </Button>
      </div>
    </Card>
  );
}
