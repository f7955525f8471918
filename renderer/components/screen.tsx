/** The layout every step shares: one h1 (focused when the step opens, for screen readers), content, actions. */
import { Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { ...typographyStyles.title2, outlineStyle: 'none', margin: 0 },
  intro: { margin: 0, maxWidth: '70ch' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'center',
    paddingTop: tokens.spacingVerticalS,
  },
});

interface Props {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  testId: string;
}

export function Screen({ title, intro, actions, children, testId }: Props) {
  const styles = useStyles();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <section className={styles.stack} aria-labelledby={id} data-testid={`screen-${testId}`}>
      <h1 id={id} ref={heading} tabIndex={-1} className={styles.title}>
        {title}
      </h1>
      {intro && (
        <Text as="p" className={styles.intro}>
          {intro}
        </Text>
      )}
      {children}
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
