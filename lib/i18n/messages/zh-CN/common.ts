import type { Catalogue } from "../en";
import { errorPage } from "./error-page";

export const common: Catalogue["common"] = {
  ...errorPage,
  noCookieReviews:
    "SynAck 用 Cookie 把你的抽认卡和复习计划保存在访客档案里，但这个浏览器没有发送 Cookie。请允许本站使用 Cookie，然后刷新页面。",
  noCookieQuizzes:
    "SynAck 用 Cookie 把你的测验保存在访客档案里，但这个浏览器没有发送 Cookie。请允许本站使用 Cookie，然后刷新页面。",
  focusEverything: "全部",
  focusEverythingSummary: "所有题型，覆盖所有场景。",
  focusHandshake: "三次握手",
  focusHandshakeSummary: "建立连接：LISTEN、SYN-SENT、SYN-RECEIVED、ESTABLISHED。",
  focusTeardown: "四次挥手",
  focusTeardownSummary: "关闭连接：FIN-WAIT-1/2、CLOSE-WAIT、LAST-ACK、CLOSING、TIME-WAIT。",
  focusEdgeCases: "边界情况",
  focusEdgeCasesSummary: "RST、ABORT、连接被拒绝（仅高级难度）。",
  focusNaming: "状态名称",
  focusNamingSummary: "ss、netstat 和 Linux 显示的名称，以及要纠正的错误拼写。",
  focusSeqAck: "seq/ack 计算",
  focusSeqAckSummary: "从随机 ISN 出发计算序号和确认号。",
  levelAny: "任意难度",
  levelBasics: "基础",
  levelIntermediate: "中级",
  levelAdvanced: "高级",
  langEn: "英文（English）",
  langZh: "中文",
  basisName: "名称 {name}",
  basisStep: "{scenario}，第 {step} 步",
  badAddress:
    "这个地址里有残缺的 % 转义（% 后面必须跟两位十六进制数字），所以打不开任何页面。请检查链接，或从首页重新开始：/",
  actionCrossSite: "这个表单是从其他网站的页面提交的，因此 SynAck 没有处理它。请打开 SynAck 本身，在那里再试。",
  actionTooLarge: "这个表单提交的内容比任何 SynAck 表单都大（超过 {mb} MB），因此没有读取，也没有做任何更改。",
  actionNotDecodable: "这个表单提交的内容无法作为 SynAck 表单读取，因此没有做任何更改。请刷新页面后再试。",
  actionTooManyArguments: "这个表单提交的值比任何 SynAck 表单需要的都多，因此没有做任何更改。请刷新页面后再试。",
};
