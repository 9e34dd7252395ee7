import { fillPicker } from './pickers'
import { rowsInView } from './density'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { read, utils, type CellObject } from 'xlsx'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { RosterPersonPage } from './pages/RosterPage'
import { GENERATED, JIJI, SCHOOL, ZHONGQING, printedPdf, setUpRoster, shot } from './pages/RosterSetup'

/**
 * Rosters in the app (issue 3): import the school's two sample files and bad ones, search, edit,
 * re-import, export, and the printed sheets read back from PDF. Groups: roster-groups.spec.ts.
 */

// Whole workflows (import, edit, re-import, print to PDF) take longer than one screen's test.
test.describe.configure({ timeout: 300_000 })

test('中青班: import 48 people, search zs-style, edit a phone seen on the person page, re-import, export, print', async ({
  page,
}) => {
  const { app, roster } = await setUpRoster(page, { name: '2025年秋季中青班', type: '中青班' })
  await expect(roster.empty).toBeVisible()
  await shot(page, '01-roster-empty')

  const dialog = await roster.startImport(ZHONGQING)
  await expect(dialog.root.getByRole('table', { name: '列对应' })).toBeVisible()
  await expect(dialog.root.getByRole('combobox', { name: /^I列/ })).toHaveText('身份证号')
  await shot(page, '02-import-mapping')
  await dialog.toPreview()
  await expect(dialog.root).toContainText('共 48 行：无问题 48 行，有提醒 0 行，有错误 0 行')
  await shot(page, '03-import-preview')
  await dialog.confirm(48)
  await expect(dialog.summary).toHaveText('导入完成：新增 48 人')
  await shot(page, '04-import-summary')
  await dialog.finish()
  await expect(roster.count).toHaveText('共 48 人')
  // The file's order (序号 1 is 姜敏), not an alphabetical one.
  await expect(roster.grid.locator('[role="row"][data-rowindex="0"]')).toContainText('姜敏')
  // Issue 11 point 7: at 1366×768 most of a 48-person class is in view (it was 10 rows), and the
  // columns fit: 操作, the last one, is not off to the side.
  await page.setViewportSize({ width: 1366, height: 768 })
  const rosterRows = await rowsInView(roster.grid.locator('[role="row"][data-rowindex]'))
  console.log(`roster rows in view at 1366x768: ${rosterRows}`)
  expect(rosterRows).toBeGreaterThanOrEqual(11)
  const actions = await roster.grid.getByRole('columnheader', { name: '操作' }).boundingBox()
  expect(actions!.x + actions!.width).toBeLessThanOrEqual(1366)
  await page.setViewportSize({ width: 1366, height: 800 })

  // 编排座号 in the file's order: 姜敏 1, 魏燕 2.
  await page.getByRole('button', { name: '编排座号' }).click()
  const seats = page.getByRole('dialog', { name: '编排座号' })
  await expect(seats.getByTestId('seat-example')).toContainText('1 姜敏、2 魏燕')
  await shot(page, '05a-seat-dialog')
  await seats.getByRole('button', { name: '编排 48 个座号' }).click()
  await app.expectNotice('已编排 48 个座号')
  await expect(roster.cell('姜敏', 'seat')).toHaveText('1')
  await expect(roster.cell('魏燕', 'seat')).toHaveText('2')

  // ID numbers are masked until asked for.
  await expect(roster.cell('姜敏', 'idNumber')).toHaveText('410105********7532')
  await shot(page, '05-roster-grid')
  await roster.revealIds()
  await expect(roster.cell('姜敏', 'idNumber')).toHaveText('410105198811207532')
  await roster.revealIds(false)

  // Search: pinyin initials, last ID digits, unit.
  await roster.search('jm')
  await expect(roster.count).toHaveText('共 48 人，找到 1 人')
  await expect(roster.row('姜敏')).toBeVisible()
  await roster.search('7532')
  await expect(roster.row('姜敏')).toBeVisible()
  await roster.search('新浜镇')
  await expect(roster.row('魏燕')).toBeVisible()
  await shot(page, '06-roster-search')

  // Inline edit: the person's phone, seen on the person page.
  await roster.search('姜敏')
  await roster.editCell('姜敏', 'phone', '139 0000 1234')
  await app.expectNotice('已保存')
  await expect(roster.cell('姜敏', 'phone')).toHaveText('13900001234')
  await roster.rowAction('姜敏', '姜敏的学员页')
  const person = new RosterPersonPage(page)
  await expect(page.getByRole('heading', { name: '姜敏' })).toBeVisible()
  await expect(person.detail('phone')).toHaveText('13900001234')
  await expect(person.classes.getByRole('row')).toHaveCount(2)
  await expect(person.classes).toContainText('2025年秋季中青班')
  await shot(page, '07-person-page')
  await page.goBack()

  // Committee role and withdrawal through the row's dialog.
  await roster.search('魏燕')
  await roster.openRowDialog('魏燕', '编辑魏燕在本班的信息')
  const edit = page.getByRole('dialog', { name: /魏燕/ })
  await edit.getByLabel('班内职务（支委、班委）').fill('班长')
  await edit.getByLabel('班内职务（支委、班委）').press('Enter')
  await edit.getByLabel('座号').fill('2')
  await edit.getByLabel('宿舍').fill('3-201')
  await shot(page, '08-enrollment-dialog')
  await edit.getByRole('button', { name: '保存' }).click()
  await expect(edit).toBeHidden()
  await expect(roster.cell('魏燕', 'roles')).toHaveText('班长')
  await expect(roster.cell('魏燕', 'seat')).toHaveText('2')
  await expect(roster.cell('魏燕', 'dormRoom')).toHaveText('3-201')
  await roster.search('')

  // The same file again: everyone is already in the class; skip leaves the edited phone alone.
  let again = await roster.startImport(ZHONGQING)
  await again.toPreview()
  await expect(again.root).toContainText('已在本班的 48 人')
  await expect(again.root.getByRole('radio', { name: '跳过' })).toBeChecked()
  await shot(page, '09-reimport-preview')
  await expect(again.root.getByRole('button', { name: '确认导入（0 人）' })).toBeDisabled()
  await again.root.getByRole('radio', { name: '用文件中的信息更新' }).check()
  await again.root.getByRole('combobox', { name: '第3行已在本班' }).click()
  await page.getByRole('option', { name: '已在本班：跳过' }).click()
  await again.confirm(47)
  await expect(again.summary).toHaveText(
    '导入完成：新增 0 人；更新 47 人；跳过 1 行（已在本班、选择跳过 1 行）',
  )
  await again.finish()
  await expect(roster.count).toHaveText('共 48 人')
  await roster.search('姜敏')
  await expect(roster.cell('姜敏', 'phone')).toHaveText('13900001234')
  again = await roster.startImport(ZHONGQING)
  await again.toPreview()
  await again.root.getByRole('radio', { name: '用文件中的信息更新' }).check()
  await again.confirm(48)
  await again.finish()
  await expect(roster.cell('姜敏', 'phone')).toHaveText('15967138171')
  await roster.search('')

  // Export, read back with SheetJS: 48 people, ID and phone as text cells.
  const download = await roster.exportXlsx()
  expect(download.suggestedFilename()).toBe('2025年秋季中青班-花名册.xlsx')
  const book = read(readFileSync(await download.path()), { type: 'buffer' })
  const ws = book.Sheets['花名册']!
  const grid = utils.sheet_to_json<string[]>(ws, { header: 1, raw: false })
  expect(grid).toHaveLength(49)
  const header = grid[0]!
  const idCol = header.indexOf('身份证号')
  const jiang = grid.findIndex((r) => r.includes('姜敏'))
  const idCell = ws[utils.encode_cell({ r: jiang, c: idCol })] as CellObject
  expect(idCell).toMatchObject({ t: 's', v: '410105198811207532' })
  const phoneCell = ws[utils.encode_cell({ r: jiang, c: header.indexOf('手机号码') })] as CellObject
  expect(phoneCell).toMatchObject({ t: 's', v: '15967138171' })
  expect(grid[jiang]![header.indexOf('支委班委职务')]).toBeUndefined()
  expect(grid.find((r) => r.includes('魏燕'))![header.indexOf('支委班委职务')]).toBe('班长')

  // Printed roster: masked IDs only.
  await roster.print('学员花名册')
  await shot(page, '10-print-roster', true)
  const list = await printedPdf(page, '学员花名册')
  expect(list.text).toContain('中共松江区委党校')
  expect(list.text).toContain('姜敏')
  expect(list.text).toContain('吕萍')
  expect(list.text).toContain('410105********7532')
  expect(list.text).not.toContain('410105198811207532')
  await page.getByRole('button', { name: '返回' }).click()

  // The check sheet needs the whole number and a signature column.
  await roster.print('学员信息核对表')
  await shot(page, '11-print-check')
  const check = await printedPdf(page, '学员信息核对表')
  expect(check.text).toContain('410105198811207532')
  expect(check.text).toContain('本人签名')
  await page.getByRole('button', { name: '返回' }).click()

  await roster.print('学员通讯录')
  await shot(page, '12-print-contacts')
  const contacts = await printedPdf(page, '学员通讯录')
  expect(contacts.text).toContain('15967138171')
  expect(contacts.text).toContain('区委组织部 四级调研员')
  await page.getByRole('button', { name: '返回' }).click()

  // 席卡: one page per person, the name on both halves.
  await roster.print('席卡')
  await page.getByLabel('显示单位和职务').click()
  await expect(page.getByLabel('显示单位和职务')).toBeChecked()
  await expect(page.getByRole('region', { name: '席卡：姜敏' })).toContainText('区委组织部 四级调研员')
  await shot(page, '13-print-desk-cards')
  const cards = await printedPdf(page, '席卡')
  expect(cards.pages).toBe(48)
  expect(cards.text).toContain('四级调研员')
  expect(cards.text.replace(/\s+/g, '')).toContain('姜敏')
  await page.getByRole('button', { name: '返回' }).click()

  // 退学 with reason and date: still on the roster, counted apart, shown on the person page.
  await roster.search('魏燕')
  await roster.openRowDialog('魏燕', '编辑魏燕在本班的信息')
  const withdraw = page.getByRole('dialog', { name: /魏燕/ })
  await withdraw.getByLabel('状态').click()
  await page.getByRole('option', { name: '退学' }).click()
  await fillPicker(withdraw, '退学日期', '2025-03-10')
  await withdraw.getByRole('button', { name: '保存' }).click()
  await expect(withdraw.getByText('请填写退学原因')).toBeVisible()
  await withdraw.getByLabel('退学原因').fill('工作调动')
  await withdraw.getByRole('button', { name: '保存' }).click()
  await expect(withdraw).toBeHidden()
  await expect(roster.count).toHaveText('共 48 人（其中退学 1 人），找到 1 人')
  await expect(roster.cell('魏燕', 'status')).toHaveText('退学')
  await roster.rowAction('魏燕', '魏燕的学员页')
  await expect(new RosterPersonPage(page).classes).toContainText('退学（2025-03-10，工作调动）')
  await page.goBack()

  // 结业 at the end of the class.
  await roster.search('姜敏')
  await roster.openRowDialog('姜敏', '编辑姜敏在本班的信息')
  const graduate = page.getByRole('dialog', { name: /姜敏/ })
  await graduate.getByLabel('状态').click()
  await page.getByRole('option', { name: '结业' }).click()
  await graduate.getByRole('button', { name: '保存' }).click()
  await expect(graduate).toBeHidden()
  await expect(roster.cell('姜敏', 'status')).toHaveText('结业')
})

test('积极分子 file: the shared 学号 is a warning; 共 120 人 with warnings, 119 without, the same people linked', async ({
  page,
}) => {
  const { roster } = await setUpRoster(page, { name: '2025年入党积极分子培训班', type: '入党积极分子培训班' })
  const dialog = await roster.startImport(JIJI)
  await dialog.toPreview()
  await expect(dialog.root).toContainText('共 120 行：无问题 119 行，有提醒 1 行，有错误 0 行')
  await expect(dialog.root.getByRole('radio', { name: '无问题和有提醒的行（120）' })).toBeChecked()
  await dialog.showOnly(/^有问题/)
  await expect(dialog.previewGrid).toContainText(
    '第50行 学号(A列)：与第47行（黎刚胜）学号相同但姓名不同，请核对',
  )
  await shot(page, '20-jiji-preview-warning')
  await dialog.confirm(120)
  await dialog.finish()
  await expect(roster.count).toHaveText('共 120 人')
  await shot(page, '21-jiji-roster')

  // A second class imports the clean rows only: 119, all linked to the people above.
  await page.goto('/#/classes')
  await new ClassesPage(page).create({
    name: '2025年第二期积极分子班',
    type: '入党积极分子培训班',
    startDate: '2025-04-01',
    endDate: '2025-04-05',
  })
  await roster.open()
  const second = await roster.startImport(JIJI)
  await second.toPreview()
  await expect(second.root).toContainText('120 人参加过其他班次，将关联到同一学员')
  await second.root.getByRole('radio', { name: '仅无问题的行（119）' }).check()
  await second.confirm(119)
  await expect(second.summary).toHaveText(
    '导入完成：新增 119 人（其中 119 人为以往学员，已关联）；跳过 1 行（有提醒、未选择导入 1 行）',
  )
  await expect(second.root).toContainText('第50行')
  await second.finish()
  await expect(roster.count).toHaveText('共 119 人')

  // One person across classes: the phone edited on this roster is the phone on the first one.
  await roster.search('龙立')
  await roster.editCell('龙立', 'phone', '13700001111')
  await new AppPage(page).expectNotice('已保存')
  await roster.rowAction('龙立', '龙立的学员页')
  const person = new RosterPersonPage(page)
  await expect(person.classes.getByRole('row')).toHaveCount(3)
  await expect(person.detail('studentNo')).toHaveText('202261957')
  await expect(person.detail('phone')).toHaveText('13700001111')
  await person.classes.getByRole('link', { name: '2025年入党积极分子培训班' }).click()
  await roster.search('龙立')
  await expect(roster.cell('龙立', 'phone')).toHaveText('13700001111')

  // 学员: everyone once.
  const app = new AppPage(page)
  await app.nav('学员')
  await expect(page.getByTestId('people-count')).toHaveText('共 120 人')
  await shot(page, '22-people-page')

  // A deleted person leaves every roster and waits in the recycle bin.
  await page.getByLabel('搜索').fill('ll')
  await page.getByRole('gridcell', { name: '龙立', exact: true }).click()
  await page.getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '移入回收站' }).click()
  await expect(page.getByTestId('people-count')).toHaveText('共 119 人')
  await app.nav('回收站')
  const bin = page.getByRole('table', { name: '回收站中的学员' })
  await expect(bin.getByRole('row').filter({ hasText: '龙立' })).toContainText('学员')
  await shot(page, '23-recycle-bin')
  await bin.getByRole('button', { name: '恢复龙立' }).click()
  await app.expectNotice('已恢复“龙立”')
  await app.nav('学员')
  await expect(page.getByTestId('people-count')).toHaveText('共 120 人')
})

test('bad files: a non-spreadsheet is refused, every problem row is listed, cancel and errors import nothing', async ({
  page,
}) => {
  // Tall enough that the preview grid (virtualised) renders all 12 rows of problems.xlsx at once.
  await page.setViewportSize({ width: 1366, height: 2400 })
  const { roster } = await setUpRoster(page, { name: '区卫健委委托培训班', type: '委托班' })

  const pdf = await roster.startImport(join(GENERATED, 'not-a-sheet.pdf'))
  await expect(pdf.error).toContainText(
    '文件“not-a-sheet.pdf”不是 Excel 或 CSV 表格，请另存为 .xlsx 后再导入',
  )
  await expect(pdf.error).toContainText('花名册没有任何改动')
  await shot(page, '30-bad-file')
  await pdf.cancel()
  await expect(roster.empty).toBeVisible()

  // Issue 11 point 10: wrong files say what is wrong, not 「没有找到表头行」.
  const renamed = await roster.startImport({
    name: '花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('这是一段说明文字，不是表格。\n请查收附件。\n', 'utf8'),
  })
  await expect(renamed.error).toContainText('文件“花名册.xlsx”已损坏')
  await expect(renamed.root).not.toContainText('没有找到表头行')
  await renamed.cancel()
  const plan = await roster.startImport(join(SCHOOL, 'schedule-zhongqing-2025.xlsx'))
  await expect(plan.root).toContainText('这个文件看起来是教学计划（课表），不是花名册')
  await expect(plan.root).not.toContainText('没有找到表头行')
  await shot(page, '30b-plan-as-roster')
  await plan.cancel()
  await expect(roster.empty).toBeVisible()

  const bad = await roster.startImport(join(GENERATED, 'problems.xlsx'))
  await bad.toPreview()
  await expect(bad.root).toContainText('共 12 行：无问题 2 行，有提醒 3 行，有错误 7 行')
  await shot(page, '31-problems-preview')
  const rows = await bad.previewRowsText(12)
  for (const message of [
    /第3行 身份证号\(G列\)：校验位错误，应为 [\dX]，请核对原件/,
    '第4行 身份证号(G列)：出生日期 1985-02-30 不存在，请核对原件',
    '第5行 身份证号(G列)：出生日期 2099-01-01 晚于今天，请核对原件',
    '第6行 性别(C列)：填写为“女”，但身份证号显示为男，请核对',
    '第7行 出生年月(D列)：填写为 1990.01，但身份证号显示为 1988年8月，请核对',
    '第8行 手机号码(H列)：手机号应为11位（现为10位），请核对',
    '第9行 身份证号(G列)：与第2行重复，同一人只能导入一次',
    '第10行 姓名(B列)：姓名为空',
    '第13行 身份证号(G列)：单元格被 Excel 存成了数字（显示为 3.10117E+17），后几位已丢失',
    '第14行 身份证号(G列)：应为18位（现为17位），请核对原件',
  ])
    expect(rows).toMatch(message)
  await bad.cancel()
  await expect(roster.empty).toBeVisible()

  // Only the clean rows.
  const again = await roster.startImport(join(GENERATED, 'problems.xlsx'))
  await again.toPreview()
  await again.root.getByRole('radio', { name: '仅无问题的行（2）' }).check()
  await again.confirm(2)
  await expect(again.summary).toHaveText(
    '导入完成：新增 2 人；跳过 10 行（有错误 7 行；有提醒、未选择导入 3 行）',
  )
  await expect(again.root.getByRole('region', { name: '有错误' })).toContainText(
    '第14行 身份证号(G列)：应为18位（现为17位），请核对原件',
  )
  await expect(again.root.getByRole('region', { name: '有提醒、未选择导入' })).toContainText(
    '第8行 手机号码(H列)：手机号应为11位（现为10位），请核对',
  )
  await shot(page, '32-problems-summary')
  await again.finish()
  await expect(roster.count).toHaveText('共 2 人')

  // Correcting the mapping: with 手机号码 not imported, row 8's short phone is no longer a warning.
  const remapped = await roster.startImport(join(GENERATED, 'problems.xlsx'))
  await remapped.mapColumn('H', '不导入')
  await expect(remapped.root.getByRole('table', { name: '列对应' })).toContainText('已修改')
  await shot(page, '33-mapping-corrected')
  await remapped.toPreview()
  await expect(remapped.root).toContainText('共 12 行：无问题 3 行，有提醒 2 行，有错误 7 行')
  await expect(remapped.root).toContainText('已在本班的 2 人')
  await remapped.root.getByRole('radio', { name: '仅无问题的行（3）' }).check()
  await remapped.confirm(1)
  await remapped.finish()
  await expect(roster.count).toHaveText('共 3 人')
})

test('other shapes: several sheets, a combined 工作单位及职务 corrected, a GBK CSV, an old .xls with title rows', async ({
  page,
}) => {
  const { roster } = await setUpRoster(page, { name: '2025年处级干部进修班', type: '处级班' })
  const multi = await roster.startImport(join(GENERATED, 'multi-sheet.xlsx'))
  await expect(multi.root).toContainText('这个文件有')
  await expect(multi.root.getByRole('radio', { name: /^学员名单（/ })).toBeChecked()
  await shot(page, '40-sheet-choice')
  await multi.chooseSheet('学员名单')
  await multi.toPreview()
  await multi.confirm(2)
  await multi.finish()
  await expect(roster.count).toHaveText('共 2 人')

  const split = await roster.startImport(join(GENERATED, 'unit-and-post.xlsx'))
  await expect(split.root).toContainText('一列将拆分为单位和职务')
  await shot(page, '41-split-mapping')
  await split.toPreview()
  await split.previewGrid
    .getByRole('button', { name: /^修改第\d+行的单位和职务$/ })
    .last()
    .click()
  const fix = page.getByRole('dialog', { name: /单位和职务/ })
  await expect(fix).toContainText('文件中为：区档案馆')
  await fix.getByLabel('职务').fill('馆长')
  await fix.getByRole('button', { name: '确定' }).click()
  const fixed = split.previewGrid.getByRole('row').filter({ hasText: '第5行' })
  await expect(fixed.locator('[data-field="unit"]')).toHaveText('区档案馆')
  await expect(fixed.locator('[data-field="post"]')).toHaveText('馆长')
  // Corrected, the split is no longer in doubt.
  await expect(fixed.locator('[data-field="status"]')).toHaveText('无问题')
  await expect(split.root).toContainText('共 4 行：无问题 4 行，有提醒 0 行，有错误 0 行')
  await shot(page, '42-split-preview')
  await split.confirm(4)
  await split.finish()
  await expect(roster.count).toHaveText('共 6 人')
  await expect(roster.grid).toContainText('岳阳街道')
  await expect(roster.grid).toContainText('党工委副书记、办事处主任')
  await expect(roster.grid).toContainText('馆长')

  // CSV as Excel in China saves it (GBK), with an ID Excel had already turned into 1.10105E+17.
  const gbk = await roster.startImport(join(GENERATED, 'gbk.csv'))
  await gbk.toPreview()
  await expect(gbk.previewGrid).toContainText('龙立')
  await expect(gbk.previewGrid).toContainText('文理学院学生会')
  await expect(gbk.previewGrid).toContainText('单元格被 Excel 存成了数字')
  await gbk.confirm(2)
  await gbk.finish()

  // .xls (BIFF) with a title, a two-row merged header and section rows.
  const xls = await roster.startImport(join(GENERATED, 'title-merged-header.xls'))
  // Four of its people came in with unit-and-post.xlsx above (same ID numbers): skipped by default.
  await expect(xls.root.getByRole('combobox', { name: '表头所在行' })).toContainText('第3行')
  await xls.toPreview()
  await expect(xls.root).toContainText('第5行是分组标题，已跳过（一、区级机关）')
  await expect(xls.root).toContainText('已在本班的 4 人')
  await xls.confirm(1)
  await xls.finish()
  await expect(roster.count).toHaveText('共 9 人')
})
