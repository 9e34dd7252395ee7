import {
  DUE_AFTER_END,
  DUE_BEFORE_START,
  DUE_BY_END,
  DUE_DAY_BEFORE_END,
  DUE_DAY_BEFORE_START,
  DUE_ON_START,
} from './dueDates'
import { assist, lead, listed, row } from './templateRows'
import type { ChecklistTemplate } from './types'

/**
 * Seed 000 附1, 《班主任班务工作事项表（一般班级）》, the ordinary-class table, word for word: one
 * entry per table row, in the seed's order (it has no 其他注意事项 part). Rows whose 事项 cell is
 * empty in the seed continue the merged cell above and repeat its 事项 here.
 * templateTranscription.test.ts compares this file with the seed itself.
 */
export const ORDINARY_CLASS_TEMPLATE: ChecklistTemplate = {
  id: 'builtin.ordinary',
  name: '班主任班务工作事项表（一般班级）',
  tier: 'ordinary',
  version: 1,
  items: [
    // 开班准备（开班前）
    row(
      'ordinary.prep.01',
      'prep',
      '开班准备工作',
      ['领取教学计划、学员信息表、席卡、签到表、培训用书、开班ppt'],
      [...lead('教务科'), ...lead('班主任'), ...assist('行政科')],
      DUE_BEFORE_START,
    ),
    row(
      'ordinary.prep.02',
      'prep',
      '开班准备工作',
      ['准备学员就餐、席卡卡套，联系讨论室'],
      lead('行政科'),
      DUE_BEFORE_START,
    ),
    row(
      'ordinary.prep.03',
      'prep',
      '开班准备工作',
      ['联系准备现场教学车辆'],
      lead('学员工作科'),
      DUE_BEFORE_START,
    ),
    row(
      'ordinary.prep.04',
      'prep',
      '布置教室',
      ['摆放席卡、培训用书、教学计划、文具'],
      [...lead('班主任'), ...assist('教务科')],
      DUE_DAY_BEFORE_START,
    ),

    // 班级事务（培训中）
    row(
      'ordinary.during.01',
      'during',
      '入学教育',
      [
        '包括自我介绍、介绍培训班要求、安排和任务；强调学员管理规定、党校考勤制度和课堂纪律，提醒用餐、交通等事项',
      ],
      [...lead('班主任', '相关领导'), ...assist('学员工作科', '教务科')],
      DUE_ON_START,
    ),
    row(
      'ordinary.during.02',
      'during',
      '课前准备',
      [
        '提前检查教室电脑、音响等设备，检查空调、开水等服务保障；准备好教师席卡，确定教师是否到位；做好学员考勤',
      ],
      [...lead('班主任'), ...assist('教务科', '学员工作科', '行政科')],
      DUE_BY_END,
    ),
    row(
      'ordinary.during.03',
      'during',
      '服务教师',
      [
        '课前：填写讲课费凭证，安排就餐，对接往返车辆',
        '课间：介绍教师情况、课程主题；帮教师倒水',
        '课后：做简短总结、关闭有关设备、陪同教师用餐',
      ],
      lead('班主任'),
      DUE_BY_END,
    ),
    row(
      'ordinary.during.04',
      'during',
      '现场教学',
      [
        '与学员工作科再次确认现场教学用车情况，通知学员集合时间和地点，清点人数及请假情况',
        '教学点现场对接教学安排，填写讲课费凭证',
        '现场教学点服务保障，安排拍照，返程前清点人数',
      ],
      [...lead('班主任'), ...assist('学员工作科')],
      DUE_BY_END,
    ),
    row(
      'ordinary.during.05',
      'during',
      '小组讨论',
      ['告知学员讨论主题、发言要求、发放记录册、安排讨论室和点评教师'],
      lead('班主任'),
      DUE_BY_END,
    ),
    row(
      'ordinary.during.06',
      'during',
      '班级交流\n学员论坛',
      [
        '告知学员交流主题，确定交流发言代表，把关交流稿件，确定主持人和点评教师',
        '做好场地准备，根据要求准备设备、席卡、议程',
      ],
      [...lead('班主任'), ...assist('行政科')],
      DUE_BY_END,
    ),
    row(
      'ordinary.during.07',
      'during',
      '宣传工作',
      [
        '按要求定期出班级简报、板报，学员负责采编，班主任负责把关，定稿后印刷合适的数量，发放给学员和有关领导',
      ],
      [...lead('班主任'), ...assist('学员工作科')],
      DUE_BY_END,
    ),
    row(
      'ordinary.during.08',
      'during',
      '学员服务',
      ['提醒学员校对学员信息，尤其是姓名、身份证；', '提醒学员上交学习体会、讨论记录、学员鉴定表等'],
      lead('班主任'),
      DUE_BY_END,
    ),
    row(
      'ordinary.during.09',
      'during',
      '学员评优',
      ['按照《优秀学员评选办法》，经组长推荐、民主评议、班委与班主任讨论、报组织部、党校审核确定'],
      [...listed('学员工作科'), ...lead('班主任')],
      DUE_DAY_BEFORE_END,
    ),
    row(
      'ordinary.during.10',
      'during',
      '结业仪式',
      [
        '提前布置场地，摆放席卡、议程等资料',
        '安排学员代表发言（班主任把关）',
        '做好宣布优秀学员、颁发结业证书的准备工作。',
      ],
      [...lead('班主任'), ...assist('教务科', '行政科')],
      DUE_BY_END,
    ),

    // 班级收尾（结业后）
    row(
      'ordinary.closing.01',
      'closing',
      '资料归档',
      [
        '将学员鉴定表、学习体会、小组讨论纪录、考勤表、班级简报等交教务科存档',
        '及时做好班务工作总结，提出改进建议',
      ],
      [...lead('班主任'), ...assist('教务科')],
      DUE_AFTER_END,
    ),
    row(
      'ordinary.closing.02',
      'closing',
      '资料归档',
      ['及时填写用车单、做好简板等费用结算'],
      lead('班主任'),
      DUE_AFTER_END,
    ),
  ],
}
