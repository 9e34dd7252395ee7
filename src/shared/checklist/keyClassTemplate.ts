import {
  DUE_AFTER_END,
  DUE_BEFORE_START,
  DUE_BY_END,
  DUE_DAY_AFTER_START,
  DUE_DAY_BEFORE_END,
  DUE_DAY_BEFORE_START,
  DUE_ON_START,
} from './dueDates'
import { assist, lead, listed, row } from './templateRows'
import type { ChecklistTemplate } from './types'

/**
 * Seed 000 附1, 《班主任班务工作事项表（含处级班、中青班、青干班）》, the key-class table, word for
 * word: one entry per table row, in the seed's order. Rows whose 事项 cell is empty in the seed
 * continue the merged cell above and repeat its 事项 here. templateTranscription.test.ts compares this
 * file with the seed itself.
 *
 * Reading the 责任人 cells: a mark governs the names after it up to the next mark, so
 * "★教务科 / 学员工作科 / ☆班主任" makes both offices lead; a name before any mark is `listed`.
 */

export const KEY_CLASS_TEMPLATE: ChecklistTemplate = {
  id: 'builtin.key',
  name: '班主任班务工作事项表（含处级班、中青班、青干班）',
  tier: 'key',
  version: 1,
  items: [
    // 开班准备（开班前）
    row(
      'key.prep.01',
      'prep',
      '开班准备工作',
      ['领取教学计划、学员信息表、签到表、培训用书、开班ppt、军训服装'],
      lead('教务科'),
      DUE_BEFORE_START,
    ),
    row(
      'key.prep.02',
      'prep',
      '开班准备工作',
      ['学员分组、学员座谈会、发放三带来问卷、骨干学员座谈会'],
      [...lead('教务科', '学员工作科'), ...assist('班主任')],
      DUE_BEFORE_START,
    ),
    row(
      'key.prep.03',
      'prep',
      '开班准备工作',
      ['准备学员证、开班ppt，学员住宿准备及安排'],
      [...lead('行政科'), ...assist('教务科')],
      DUE_BEFORE_START,
    ),
    row(
      'key.prep.04',
      'prep',
      '布置教室',
      ['摆放席卡、培训用书、教学计划、文具'],
      [...lead('班主任'), ...assist('行政科')],
      DUE_DAY_BEFORE_START,
    ),

    // 班级事务（培训中）
    row(
      'key.during.01',
      'during',
      '开班仪式',
      ['教学计划说明，宣布班委名单，开班动员讲话'],
      lead('校长室'),
      DUE_ON_START,
    ),
    row(
      'key.during.02',
      'during',
      '入学教育',
      [
        '包括自我介绍、介绍培训班要求、安排和任务；收集整理三带来问卷；强调学员管理规定、党校考勤制度和课堂纪律，提醒用餐、交通、住宿等事项',
      ],
      [...lead('班主任'), ...assist('学员工作科', '教务科', '科研室')],
      DUE_ON_START,
    ),
    row(
      'key.during.03',
      'during',
      '班级工作安排',
      ['召开第一次班级支部委员会会议，再次明确班级任务，要求，时间节点，明确班委分工及工作职责'],
      lead('班主任', '临时党支部'),
      DUE_DAY_AFTER_START,
    ),
    row(
      'key.during.04',
      'during',
      '班级工作安排',
      ['把关各支委工作计划及方案，根据安排协调各部门配合实施，以纪检、学习、宣传为重点'],
      lead('班主任', '临时党支部'),
      DUE_BY_END,
    ),
    row(
      'key.during.05',
      'during',
      '班级工作安排',
      ['审核把关学员上报的各种资料，如通讯录、通讯稿、发言材料'],
      lead('班主任', '临时党支部'),
      DUE_BY_END,
    ),
    row(
      'key.during.06',
      'during',
      '宣传工作',
      [
        '按要求定期出班级简报、板报，学员负责采编，班主任负责把关，定稿后印刷合适的数量，发放给学员和有关领导',
      ],
      [...lead('班主任', '临时党支部'), ...assist('学员工作科')],
      DUE_BY_END,
    ),
    row(
      'key.during.07',
      'during',
      '学员服务',
      [
        '提醒学员校对学员信息，尤其是姓名、身份证',
        '了解学员需求，根据情况汇报、调整安排（如住宿）',
        '与学员谈心谈话，了解班级情况及学员思想动态',
        '提醒学员上交学习体会、讨论记录、学员鉴定表等',
      ],
      [...lead('班主任', '临时党支部'), ...assist('学员工作科')],
      DUE_BY_END,
    ),
    row(
      'key.during.08',
      'during',
      '课前准备',
      [
        '提前检查教室电脑、音响等设备，检查空调、开水等服务保障；准备好教师席卡，确定教师是否到位；做好学员考勤考纪',
      ],
      [...lead('班主任'), ...assist('教务科', '学员工作科', '行政科')],
      DUE_BY_END,
    ),
    row(
      'key.during.09',
      'during',
      '服务教师',
      [
        '课前：填写讲课费凭证，安排就餐，对接往返车辆，提前15分钟等候教师，准备上课ppt',
        '课间：介绍教师情况、课程主题',
        '课后：做简短总结、关闭有关设备、陪同教师用餐',
      ],
      lead('班主任', '临时党支部'),
      DUE_BY_END,
    ),
    row(
      'key.during.10',
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
      'key.during.11',
      'during',
      '小组讨论',
      ['告知学员讨论主题、发言要求、发放记录册、安排讨论室和点评教师'],
      lead('班主任'),
      DUE_BY_END,
    ),
    row(
      'key.during.12',
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
      'key.during.13',
      'during',
      '外出考察',
      [
        '对接考察活动方案，分配好住宿房间',
        '提前收集外出人员信息，与学员工作科对接做好订票工作及安排好接送车辆',
      ],
      [...lead('班主任'), ...assist('学员工作科')],
      DUE_BY_END,
    ),
    row(
      'key.during.14',
      'during',
      '外出考察',
      ['做好考察动员，明确考察任务，强调外出纪律'],
      lead('校长室'),
      DUE_BY_END,
    ),
    row(
      'key.during.15',
      'during',
      '外出考察',
      [
        '到达考察地点，及时与当地人员对接、协调考察事宜。如行程安排发生变动须请示带队领导',
        '提醒学员应准备的外出用品、天气情况',
        '考察中，安排好学员吃住行，每次上下车清点人数',
        '考察结束时，提醒学员交还房卡、清点个人物品',
      ],
      lead('班主任', '临时党支部'),
      DUE_BY_END,
    ),
    row(
      'key.during.16',
      'during',
      '学员评优',
      [
        '按照《优秀学员评选办法》，参考学员培训中的量化考核情况，经组长推荐、民主评议、班委与班主任讨论拟定名单',
      ],
      [...listed('学员工作科'), ...lead('班主任')],
      DUE_DAY_BEFORE_END,
    ),
    row('key.during.17', 'during', '学员评优', ['校领导审核、批准'], lead('校长室'), DUE_DAY_BEFORE_END),
    row(
      'key.during.18',
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
    row(
      'key.during.19',
      'during',
      '挂职锻炼',
      ['在中青班及青干班挂职锻炼期间，做好飞行检查工作'],
      lead('班主任'),
      DUE_BY_END,
    ),

    // 班级收尾（结业后）
    row(
      'key.closing.01',
      'closing',
      '资料归档',
      ['将学员鉴定表、学习体会、小组讨论纪录、考勤表、班级简报、挂职锻炼鉴定表等交教务科存档'],
      [...lead('班主任'), ...assist('教务科', '学员工作科')],
      DUE_AFTER_END,
    ),
    row(
      'key.closing.02',
      'closing',
      '资料归档',
      ['及时填写用车单、做好简板、党性考察等费用结算'],
      lead('班主任'),
      DUE_AFTER_END,
    ),
    row(
      'key.closing.03',
      'closing',
      '资料归档',
      ['整理收集培训班期间生成的活动方案电子版，计划等文档资料，为更好开展同类型班次做好积累'],
      lead('班主任'),
      DUE_AFTER_END,
    ),
    row(
      'key.closing.04',
      'closing',
      '总结归纳',
      ['及时做好班务工作总结，总结经验教训，汇总学员意见，提出改进建议'],
      lead('班主任'),
      DUE_AFTER_END,
    ),

    // 其他注意事项: rules that hold for the whole class, due by its last day.
    row(
      'key.notes.01',
      'notes',
      '从严治学',
      ['严肃学风纪律，严格校规校纪、强化制度约束', '定期了解、掌握考勤考纪情况，并报领导审阅'],
      lead('班主任'),
      DUE_BY_END,
    ),
    row(
      'key.notes.02',
      'notes',
      '跟踪报道',
      [
        '对区领导授课、现场教学、情景模拟、外出考察、学员论坛等重大或特色事项进行重点报道，提前安排摄影摄像，通讯撰稿工作',
      ],
      lead('班主任', '临时党支部'),
      DUE_BY_END,
    ),
  ],
}
