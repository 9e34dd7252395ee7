import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Date and time fields are MUI X pickers (issue 11 point 14: Chinese whatever the browser's
 * language), typed section by section as a person types them: click the first section (年 or 时)
 * and type the digits; each section moves on to the next when it is full.
 */
export function pickerField(scope: Locator | Page, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true })
}

/** The value as shown: '2025-03-03', '08:30' or '2025-09-17 17:00'. */
export function pickerValue(scope: Locator | Page, label: string): Locator {
  return pickerField(scope, label).locator('xpath=..').locator('input')
}

/** Types `value` ('2025-03-03', '08:30' or '2025-09-17T17:00') into the field. */
export async function fillPicker(scope: Locator | Page, label: string, value: string) {
  const field = pickerField(scope, label)
  await field.getByRole('spinbutton').first().click()
  await field.page().keyboard.type(value.replace(/\D/g, ''))
  await expect(pickerValue(scope, label)).toHaveValue(value.replace('T', ' '))
}
