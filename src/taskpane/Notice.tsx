import type { ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useNoticeStyles = makeStyles({
  base: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    '& p': { margin: 0 },
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `1px solid ${tokens.colorStatusSuccessBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `1px solid ${tokens.colorStatusDangerBorder1}`,
  },
});

/**
 * A coloured message box. Fluent's MessageBar measures itself with ResizeObserver, which Excel 2019's
 * EdgeHTML webview lacks; this needs nothing beyond CSS.
 */
export function Notice({
  intent,
  role,
  children,
}: {
  intent: 'success' | 'warning' | 'error';
  role?: 'alert';
  children: ReactNode;
}) {
  const styles = useNoticeStyles();
  return (
    <div className={mergeClasses(styles.base, styles[intent])} role={role}>
      {children}
    </div>
  );
}
