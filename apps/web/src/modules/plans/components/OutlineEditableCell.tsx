import { Spin, theme } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface OutlineEditableCellProps {
  /** Read by screen readers on the focusable cell, e.g. "Status of “Open store”". */
  label: string;
  editable: boolean;
  active: boolean;
  saving: boolean;
  onActivate: () => void;
  onCancel: () => void;
  /** The cell as everyone reads it. */
  children: ReactNode;
  /** Rendered only while the cell is active, so a long virtual list mounts one editor at most. */
  editor: () => ReactNode;
  testId: string;
}

/**
 * A cell of the outline that its editors may change in place: read-only
 * until clicked, or until Enter or F2 while focused; Escape cancels. The
 * editor itself saves on Enter, on blur or on choosing a value.
 */
export function OutlineEditableCell({ label, editable, active, saving, onActivate, onCancel, children, editor, testId }: OutlineEditableCellProps) {
  const { token } = theme.useToken();
  const cell = useRef<HTMLDivElement>(null);
  const wasActive = useRef(active);
  const [hovered, setHovered] = useState(false);

  // Back to the cell after saving or cancelling with the keyboard; a click elsewhere keeps its focus.
  useEffect(() => {
    if (wasActive.current && !active && (document.activeElement === document.body || document.activeElement === null)) cell.current?.focus();
    wasActive.current = active;
  }, [active]);

  if (!editable) return <>{children}</>;

  if (active) {
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onCancel();
    };
    return (
      <div ref={cell} onKeyDown={onKeyDown} style={{ display: 'flex', alignItems: 'center', gap: 4 }} data-testid={`${testId}-editor`}>
        <div style={{ flex: 1, minWidth: 0 }}>{editor()}</div>
        {saving ? <Spin size="small" data-testid={`${testId}-saving`} /> : null}
      </div>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onActivate();
    }
  };
  return (
    <div
      ref={cell}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      style={{
        cursor: 'pointer',
        borderRadius: token.borderRadiusSM,
        margin: '-2px -4px',
        padding: '2px 4px',
        minHeight: 22,
        background: hovered ? token.controlItemBgHover : undefined,
      }}
      data-testid={testId}
    >
      {children}
    </div>
  );
}
