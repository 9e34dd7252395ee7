// Developer aid: open the built web UI in Chromium, run a few steps, save screenshots.
// Usage: node scripts/screenshot.mjs <out-dir>   (expects `npx vite preview` on :4173)
import { chromium } from '@playwright/test'

const out = process.argv[2] ?? '/tmp/shots'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' })
await page.goto('http://127.0.0.1:4173/')
await page.screenshot({ path: `${out}/01-setup.png` })
await page.getByLabel('学校名称').fill('中共松江区委党校')
await page.getByLabel('本机名称').fill('本部教务科')
await page.getByRole('button', { name: '开始使用' }).click()
await page.getByRole('button', { name: '新建班次' }).first().click()
await page.getByRole('dialog').getByLabel('班次名称').fill('2025年春季中青年干部培训班')
// A new class has no type until one is chosen.
await page.getByRole('dialog').getByLabel('班次类型').click()
await page.getByRole('option', { name: '中青班', exact: true }).click()
await page.screenshot({ path: `${out}/02-new-class.png` })
await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
await page.waitForTimeout(500)
await page.screenshot({ path: `${out}/03-class.png` })
await page.goto('http://127.0.0.1:4173/#/classes')
await page.waitForTimeout(500)
await page.screenshot({ path: `${out}/04-list.png` })
await page.goto('http://127.0.0.1:4173/#/settings')
await page.waitForTimeout(500)
await page.screenshot({ path: `${out}/05-settings.png` })
await browser.close()
