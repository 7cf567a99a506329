import { z } from 'zod';

/**
 * zod's own messages (a too-short field, a wrong type) in the reader's language: zh-CN unless English is chosen.
 * zod keeps one global setting, so the app and the console call this whenever their language changes.
 */
export function setZodLocale(language: string): void {
  z.config(language.startsWith('en') ? z.locales.en() : z.locales.zhCN());
}
