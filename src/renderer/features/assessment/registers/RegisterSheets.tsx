import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { excellentRows, makeUpLines } from '@shared/assessment/registers'
import type { ClassRecord } from '../../../db/core/database'
import { PrintSheet, PrintView } from '../../../ui/print/PrintView'
import { useRegisters, type ClassRegisters } from './useRegisters'
import './registers.css'

type Props = { cls: ClassRecord; schoolName: string }

function useBack(cls: ClassRecord) {
  const navigate = useNavigate()
  return () => void navigate(`/classes/${cls.id}/assessment?part=certificates`)
}

const DATE_BLANK = '＿＿＿＿年＿＿月＿＿日'

/**
 * 干部学习培训考核登记表 (附3 第十五条), one page per student, for the whole class in one print:
 * personal details (ID number masked), the class, the 缺勤 summary (附2 第十八条), exam and make-up
 * scores (第十九条), the quantitative and qualitative summary, the grade, the 党小组评议鉴定 and
 * the signature spaces.
 */
export function AssessmentRegisterSheet({ cls, schoolName }: Props) {
  const r = useRegisters(cls)
  const back = useBack(cls)
  if (!r) return null
  const items = r.source.items
  return (
    <PrintView title={`${cls.name} 考核登记表`} fileName={`${cls.name}-考核登记表`} pageNumbers onBack={back}>
      {r.rows.map((row) => (
        <PrintSheet key={row.enrollmentId} schoolName={schoolName} title="干部学习培训考核登记表">
          <table className="assessment-register-form">
            <tbody>
              <tr>
                <th>姓名</th>
                <td>{row.name}</td>
                <th>性别</th>
                <td>{row.gender}</td>
                <th>小组</th>
                <td>{row.groupName}</td>
              </tr>
              <tr>
                <th>单位及职务</th>
                <td colSpan={3}>{row.unitAndPost}</td>
                <th>身份证号码</th>
                <td>{row.idNumber}</td>
              </tr>
              <tr>
                <th>培训班次</th>
                <td colSpan={3}>{cls.name}</td>
                <th>培训时间</th>
                <td>{r.period}</td>
              </tr>
              <tr>
                <th>缺勤情况</th>
                <td colSpan={5}>{row.absence}</td>
              </tr>
              <tr>
                <th>考试考查成绩</th>
                <td colSpan={5}>
                  {row.exams.length === 0
                    ? '无'
                    : row.exams
                        .map(
                          (e) =>
                            `${e.name}：${e.first || '—'}${e.makeUp ? `，补考 ${e.makeUp}` : ''}${e.result ? `（${e.result}）` : ''}`,
                        )
                        .join('；')}
                </td>
              </tr>
              <tr>
                <th>定量考核</th>
                <td colSpan={5}>
                  {items.map((it, i) => `${it.label} ${row.items[i] ?? '—'}`).join('；')}
                  {`；合计 ${row.total ?? '—'}`}
                </td>
              </tr>
              <tr>
                <th>定性考核</th>
                <td colSpan={5} className="tall">
                  {row.qualitative}
                </td>
              </tr>
              <tr>
                <th>党小组评议鉴定</th>
                <td colSpan={5} className="appraisal">
                  {row.appraisal}
                </td>
              </tr>
              <tr>
                <th>考核等次</th>
                <td colSpan={2}>{row.grade}</td>
                <th>结业证书编号</th>
                <td colSpan={2}>{row.certificateNumber}</td>
              </tr>
              <tr>
                <th>班主任意见</th>
                <td colSpan={5} className="sign">
                  <div className="sign-line">
                    <span>签名：</span>
                    <span>{DATE_BLANK}</span>
                  </div>
                </td>
              </tr>
              <tr>
                <th>考核工作小组意见</th>
                <td colSpan={5} className="sign">
                  <div className="sign-line">
                    <span>（盖章）</span>
                    <span>{DATE_BLANK}</span>
                  </div>
                </td>
              </tr>
              <tr>
                <th>学员本人签名</th>
                <td colSpan={5} className="sign">
                  <div className="sign-line">
                    <span />
                    <span>{DATE_BLANK}</span>
                  </div>
                </td>
              </tr>
            </tbody>
          </table>
        </PrintSheet>
      ))}
    </PrintView>
  )
}

function ListFrame(props: Props & { r: ClassRegisters; title: string; children: ReactNode }) {
  const back = useBack(props.cls)
  return (
    <PrintView
      title={`${props.cls.name} ${props.title}`}
      fileName={`${props.cls.name}-${props.title}`}
      pageNumbers
      onBack={back}
    >
      <PrintSheet
        schoolName={props.schoolName}
        title={`${props.cls.name}${props.title}`}
        meta={
          <>
            <span>培训时间：{props.r.period}</span>
            <span>班主任：{props.cls.headTeachers.join('、')}</span>
          </>
        }
      >
        {props.children}
        <div className="register-foot">
          <span>制表人：</span>
          <span>制表日期：{DATE_BLANK}</span>
        </div>
      </PrintSheet>
    </PrintView>
  )
}

/** 学员成绩、证书登记表 (seed 001 7.8): exam scores with the make-up, the result, the certificate number. */
export function ScoreRegisterSheet(props: Props) {
  const r = useRegisters(props.cls)
  if (!r) return null
  return (
    <ListFrame {...props} r={r} title="学员成绩、证书登记表">
      <table className="register-list">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>姓名</th>
            <th className="num">性别</th>
            <th>单位及职务</th>
            {r.exams.map((e) => (
              <th key={e} className="num">
                {e}
                <br />
                成绩 / 补考
              </th>
            ))}
            <th className="num">考核结果</th>
            <th>证书编号</th>
          </tr>
        </thead>
        <tbody>
          {r.rows.map((row) => (
            <tr key={row.enrollmentId}>
              <td className="num">{row.no}</td>
              <td>{row.name}</td>
              <td className="num">{row.gender}</td>
              <td>{row.unitAndPost}</td>
              {r.exams.map((name) => {
                const e = row.exams.find((x) => x.name === name)
                return (
                  <td key={name} className="num">
                    {e?.first ?? ''}
                    {e?.makeUp ? ` / ${e.makeUp}` : ''}
                  </td>
                )
              })}
              <td className="num">{row.grade}</td>
              <td className="code">{row.certificateNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ListFrame>
  )
}

export function ExcellentListSheet(props: Props) {
  const r = useRegisters(props.cls)
  if (!r) return null
  const rows = excellentRows(r.rows)
  return (
    <ListFrame {...props} r={r} title="优秀学员名单">
      <table className="register-list">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>姓名</th>
            <th className="num">性别</th>
            <th>单位及职务</th>
            <th>证书编号</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.enrollmentId}>
              <td className="num">{i + 1}</td>
              <td>{row.name}</td>
              <td className="num">{row.gender}</td>
              <td>{row.unitAndPost}</td>
              <td className="code">{row.certificateNumber}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        共 {rows.length} 人（全班 {r.rows.length} 人）。
      </p>
    </ListFrame>
  )
}

export function MakeUpListSheet(props: Props) {
  const r = useRegisters(props.cls)
  if (!r) return null
  const lines = makeUpLines(r.source, r.rows)
  return (
    <ListFrame {...props} r={r} title="补考名单">
      <table className="register-list">
        <thead>
          <tr>
            <th className="num">序号</th>
            <th>姓名</th>
            <th>单位及职务</th>
            <th>考试</th>
            <th className="num">首次成绩</th>
            <th className="num">补考成绩</th>
            <th className="num">结果</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((m) => (
            <tr key={`${m.no}`}>
              <td className="num">{m.no}</td>
              <td>{m.name}</td>
              <td>{m.unitAndPost}</td>
              <td>{m.exam}</td>
              <td className="num">{m.first}</td>
              <td className="num">{m.makeUp}</td>
              <td className="num">{m.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>共 {lines.length} 人次。</p>
    </ListFrame>
  )
}
