import { theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch';

/**
 * The frame around the pages a signed-out person sees. Plain elements with
 * antd's design tokens rather than Card and Typography: this is the first
 * screen most visitors load, and those two pull in tabs, menus and tooltips.
 */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      style={{
        minHeight: '100vh',
        padding: '32px 16px',
        background: token.colorBgLayout,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        fontFamily: token.fontFamily,
        color: token.colorText,
      }}
    >
      <div style={{ width: '100%', maxWidth: 440, display: 'flex', justifyContent: 'flex-end' }}>
        <LanguageSwitch />
      </div>
      <header style={{ textAlign: 'center', margin: '24px 0' }}>
        <div style={{ fontSize: token.fontSizeHeading2, fontWeight: 600, color: token.colorTextHeading }}>OpsPlan</div>
        <div style={{ color: token.colorTextSecondary }}>{t('app.tagline')}</div>
      </header>
      <main
        style={{
          width: '100%',
          maxWidth: 440,
          background: token.colorBgContainer,
          borderRadius: token.borderRadiusLG,
          boxShadow: token.boxShadowTertiary,
          padding: token.paddingLG,
        }}
      >
        <h1 style={{ fontSize: token.fontSizeHeading3, fontWeight: 600, margin: '0 0 8px', color: token.colorTextHeading }}>
          {title}
        </h1>
        {subtitle ? <p style={{ color: token.colorTextSecondary, marginTop: 0, marginBottom: 16 }}>{subtitle}</p> : null}
        {children}
      </main>
    </div>
  );
}
