import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signInToConsole } from '../support/console';

/** Every page in the console's navigation, as a head-office admin: no serious or critical axe-core violation, no raw code. */
test('console: every page is accessible (axe-core) and shows no internal code, as an admin and as a supervisor', async ({ page }) => {
  test.setTimeout(180_000);
  for (const user of ['demo-admin', 'demo-supervisor-310115']) {
    await signInToConsole(page, user);
    const paths = await page.locator('nav.side-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('data-testid')!.replace('console-nav-', '')));
    expect(paths.length).toBeGreaterThan(user === 'demo-admin' ? 10 : 5);
    for (const path of paths) {
      await page.getByTestId(`console-nav-${path}`).click();
      await expect(page.getByTestId(`console-nav-${path}`)).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('main.page h1')).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad, `${user} ${path}: ${bad.map((v) => `${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`).toEqual([]);
      const text = await page.locator('body').innerText();
      for (const code of ['[object', 'undefined', 'NaN', 'head_office_only', 'not_console_user']) expect(text, `${user} ${path}`).not.toContain(code);
    }
    await page.getByTestId('console-sign-out').click();
  }
});
