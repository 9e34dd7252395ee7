import { describe, expect, it } from 'vitest'
import { splitUnitAndPost, type UnitPostGuess } from './unitAndPost'

// Issue 3: "工作单位及职务 in one column, split into unit and post with a reviewable guess".
// Unit and post are printed on 学员花名册 and 席卡 (DOMAIN.md What people print).
const SRC = 'issue 3 导入 / DOMAIN.md 席卡'

describe('splitUnitAndPost', () => {
  const table: [string, UnitPostGuess, string][] = [
    ['区委组织部副部长', { unit: '区委组织部', post: '副部长', confidence: 'high' }, SRC],
    [
      '区人力资源和社会保障局四级调研员',
      { unit: '区人力资源和社会保障局', post: '四级调研员', confidence: 'high' },
      `${SRC}: graded title`,
    ],
    [
      '新浜镇党委副书记、镇长',
      { unit: '新浜镇', post: '党委副书记、镇长', confidence: 'high' },
      `${SRC}: two posts`,
    ],
    ['洞泾镇副镇长', { unit: '洞泾镇', post: '副镇长', confidence: 'high' }, `${SRC}: 镇 then 镇长`],
    ['方松街道办事处主任', { unit: '方松街道办事处', post: '主任', confidence: 'high' }, `${SRC}: 办事处`],
    [
      '区财政局一级主任科员',
      { unit: '区财政局', post: '一级主任科员', confidence: 'high' },
      `${SRC}: 主任科员 is one title, not 主任 + 科员`,
    ],
    [
      '上海某某集团有限公司党委书记、董事长',
      { unit: '上海某某集团有限公司', post: '党委书记、董事长', confidence: 'high' },
      `${SRC}: company`,
    ],
    [
      '区委办公室常务副主任',
      { unit: '区委办公室', post: '常务副主任', confidence: 'high' },
      `${SRC}: 常务副`,
    ],
    [
      '区委组织部干部一科科长',
      { unit: '区委组织部干部一科', post: '科长', confidence: 'high' },
      `${SRC}: 干部 inside the unit`,
    ],
    [
      '区委组织部 干部一科科长',
      { unit: '区委组织部', post: '干部一科科长', confidence: 'high' },
      `${SRC}: the author's space wins`,
    ],
    [
      '新浜镇 党委副书记 镇长',
      { unit: '新浜镇', post: '党委副书记 镇长', confidence: 'high' },
      `${SRC}: spaces inside the post`,
    ],
    [
      '新浜镇镇长兼党委副书记',
      { unit: '新浜镇', post: '镇长兼党委副书记', confidence: 'high' },
      `${SRC}: 兼`,
    ],
    ['区纪委监委委员', { unit: '区纪委监委', post: '委员', confidence: 'high' }, `${SRC}: 委 then 委员`],
    ['某某中学教师', { unit: '某某中学', post: '教师', confidence: 'high' }, `${SRC}: school`],
    [
      '区委组织部部务委员、干部一科科长',
      { unit: '区委组织部', post: '部务委员、干部一科科长', confidence: 'high' },
      `${SRC}: a later post names a sub-unit`,
    ],
    [
      '岳阳街道党工委副书记、办事处主任',
      { unit: '岳阳街道', post: '党工委副书记、办事处主任', confidence: 'high' },
      `${SRC}: a later post names a sub-unit`,
    ],
    [
      '区委组织部部务委员干部一科科长',
      { unit: '区委组织部部务委员干部一科', post: '科长', confidence: 'medium' },
      `${SRC}: a post title left inside the unit: review`,
    ],
    [
      '区老干部局副局长',
      { unit: '区老干部局', post: '副局长', confidence: 'high' },
      `${SRC}: 干部 inside a unit name`,
    ],
    [
      '某某项目筹备组副组长',
      { unit: '某某项目筹备组', post: '副组长', confidence: 'medium' },
      `${SRC}: unusual unit ending`,
    ],
    [
      '区档案馆 馆员',
      { unit: '区档案馆', post: '馆员', confidence: 'medium' },
      `${SRC}: unknown title, split on the space`,
    ],
    ['区档案馆', { unit: '区档案馆', post: '', confidence: 'low' }, `${SRC}: no post at all`],
    ['副部长', { unit: '', post: '副部长', confidence: 'low' }, `${SRC}: no unit at all`],
    ['　', { unit: '', post: '', confidence: 'low' }, `${SRC}: blank`],
    [
      '区委组织部　副部长',
      { unit: '区委组织部', post: '副部长', confidence: 'high' },
      `${SRC}: ideographic space`,
    ],
    // Issue 11, point 12: a note in brackets after the post goes with the post, brackets as written.
    [
      '区人民检察院副主任（主持工作）',
      { unit: '区人民检察院', post: '副主任（主持工作）', confidence: 'high' },
      `${SRC}: note in full-width brackets`,
    ],
    [
      '洞泾镇副主任（主持工作）',
      { unit: '洞泾镇', post: '副主任（主持工作）', confidence: 'high' },
      `${SRC}: note in full-width brackets`,
    ],
    [
      '区财政局科长(挂职)',
      { unit: '区财政局', post: '科长(挂职)', confidence: 'high' },
      `${SRC}: ASCII brackets stay ASCII`,
    ],
    [
      '新浜镇党委副书记，镇长（兼）',
      { unit: '新浜镇', post: '党委副书记，镇长（兼）', confidence: 'high' },
      `${SRC}: full-width comma kept`,
    ],
    [
      '区人民检察院 副主任 （主持工作）',
      { unit: '区人民检察院', post: '副主任 （主持工作）', confidence: 'high' },
      `${SRC}: spaces as written`,
    ],
    [
      '上海某某（集团）有限公司',
      { unit: '上海某某（集团）有限公司', post: '', confidence: 'low' },
      `${SRC}: brackets inside a unit, no post: kept whole`,
    ],
    [
      '某某有限公司（上海）',
      { unit: '某某有限公司（上海）', post: '', confidence: 'low' },
      `${SRC}: a trailing bracket with no post before it stays in the unit`,
    ],
    [
      '副主任（主持工作）',
      { unit: '', post: '副主任（主持工作）', confidence: 'low' },
      `${SRC}: no unit at all`,
    ],
  ]
  it.each(table)('%s → %j (%s)', (text, expected) => {
    expect(splitUnitAndPost(text)).toEqual(expected)
  })
})
