import { expect, test } from '@playwright/test'
import config from '../../playwright.config'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { fillPicker, pickerValue } from './pickers'

// Issue 11 point 14: date and time inputs follow zh-CN whatever the browser's language. A
// browser's own <input type=date> follows its UI language (an English Chrome shows mm/dd/yyyy and
// English month names), so this spec runs Chromium in English.
const launch = config.use?.launchOptions ?? {}
test.use({
  locale: 'en-US',
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []).filter((a) => !a.startsWith('--lang=')), '--lang=en-US'],
  },
})

test('dates and times read the Chinese way in an English browser', async ({ page }) => {
  expect(await page.evaluate<string>('navigator.language')).toBe('en-US')
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  const classes = new ClassesPage(page)
  await classes.create({
    name: '2026年春季中青班',
    type: '中青班',
    startDate: '2026-03-02',
    endDate: '2026-04-10',
  })
  await page.getByRole('button', { name: '编辑' }).first().click()
  const dialog = page.getByRole('dialog')
  await expect(pickerValue(dialog, '开班日期')).toHaveValue('2026-03-02')
  // Typed again section by section, from the keyboard.
  await fillPicker(dialog, '结业日期', '2026-04-17')
  // The calendar: Chinese month heading with its year, weeks from Monday (一 … 日).
  await dialog
    .getByRole('group', { name: '开班日期', exact: true })
    .getByRole('button', { name: /选择日期|Choose date/ })
    .click()
  const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') })
  await expect(calendar).toContainText('2026年3月')
  await expect(calendar.getByRole('columnheader').first()).toHaveText('一')
  await page.screenshot({ path: 'test-results/date-picker-en-browser.png' })
  await calendar.getByRole('gridcell', { name: '9', exact: true }).click()
  await expect(pickerValue(dialog, '开班日期')).toHaveValue('2026-03-09')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: '编辑' }).first().click()
  await expect(pickerValue(page.getByRole('dialog'), '开班日期')).toHaveValue('2026-03-09')
  await expect(pickerValue(page.getByRole('dialog'), '结业日期')).toHaveValue('2026-04-17')
})
