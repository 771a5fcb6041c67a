import type { Catalogue } from "../en";
import { learnFigure } from "./figure";

export const learn: Catalogue["learn"] = {
  ...learnFigure,

  title: "动画讲解",
  indexTitle: "动画讲解：三次握手、四次挥手和每一个状态",
  indexLead:
    "每个场景都由模型推演，再一步一步用动画展示：线路上的报文段及其序号和确认号、双方的状态，以及每一步在 RFC 9293 状态图中走过的那条弧。",
  scenarios: "场景",
  driveYourself: "<link>亲手操作连接</link>：自己决定双方下一步做什么，看看 RFC 9293 规定会发生什么。",
  elevenStates: "十一种状态",
  elevenStatesLead: "这些状态由 RFC 9293 §3.3.2 命名。每个状态都列出了工具显示的名称，以及离开它的所有途径。",
  printedAs: "工具显示为 <code>{ss}</code>（ss）、<code>{netstat}</code>（netstat）、<code>{linux}</code>（Linux）",
  waysOut: "离开 {state} 的途径（{n} 种）",
  wayOut:
    "<code>{event}</code>{opened, select, passive {（经被动打开到达时）} active {（经主动打开到达时）} other {}} → {to}{send, select, none {} other {，发送 {send}}}",
  seeStep: "看这一步",
  playing: "正在播放",

  noSuchScenario: "没有这个场景",
  scenarioEyebrow: "动画讲解 · {level}",
  isnNote: "客户端 ISN 为 {client}，服务器 ISN 为 {server}。每个数字都由模型按 RFC 9293 算出，没有一个是手工画上去的。",
  stepOutOfRange: "这个场景只有第 1 至 {last} 步，现在从头开始显示。",
  driveConnection: "亲手操作一个连接",

  playerControls: "播放控制",
  restart: "从头开始",
  restartTitle: "从头开始（Home）",
  stepBack: "后退一步",
  stepBackTitle: "后退一步（←）",
  back: "后退",
  playPauseTitle: "播放或暂停（空格键）",
  play: "播放",
  pause: "暂停",
  replay: "重播",
  stepForward: "前进一步",
  stepForwardTitle: "前进一步（→）",
  next: "前进",
  speed: "速度",
  scrubAtStart: "起点",
  scrubAt: "第 {step} 步",
  scrubLabel: "拖动到某一步",
  ofLast: "共 {last} 步",
  beforeFirst: "第一步之前",
  stepOf: "第 {step} 步（共 {last} 步）",
  allSteps: "全部步骤",
  stepItem: "{step}. {actor, select, client {客户端} other {服务器}}：<code>{label}</code>",
  stepItemSent:
    "{step}. {actor, select, client {客户端} other {服务器}}：<code>{label}</code> → <code>{sent}</code>{lost, select, yes {（丢失）} other {}}",
  keysHelp:
    "快捷键：<kbd>Space</kbd> 播放或暂停，<kbd>←</kbd> 和 <kbd>→</kbd> 单步前后移动；焦点在播放器内时，<kbd>Home</kbd> 回到开头，<kbd>End</kbd> 跳到最后一步。",

  statesLine: "客户端 <strong>{client}</strong> · 服务器 <strong>{server}</strong>",
  arcSentence:
    "{actor, select, client {客户端} other {服务器}}在事件 <code>{event}</code> 下{same, select, yes {停留在 {from}} other {从 {from} 迁移到 {to}}}，{send, select, none {不发送报文段} other {发送 {send}}}{note, select, held {（暂缓发送，搭载在下一个报文段上）} data {（但随它到达的数据要确认）} other {}}：{kind, select, figure {这是图 5 中的一条弧} same-state {状态没有变化，所以图 5 没有画这条弧} failure {这是主机故障，不是 TCP 的规则，所以图 5 没有画这条弧} other {这条规则图 5 没有画出}}{alternative, select, rfc793 {，这是没有采用 RFC 5961 防护的协议栈的做法（RFC 793 的规则，RFC 9293 仍然允许）} may2 {，这是采用 RFC 9293 可选项 MAY-2 的协议栈的做法} note3 {，这是遵循图 5 注 3 的协议栈的做法} strict {，这是严格按照 §3.10.7.4 的序号检查逐字执行的做法} other {}}（RFC 9293 {source}）。",
  roleTitle: "{role, select, client {客户端} other {服务器}}",
  badgeLabel: "{role, select, client {客户端} other {服务器}}：{state}",
  timerSeconds: "{seconds} 秒",
  timerLinuxSeconds: "Linux：{seconds} 秒",
  timer2mslRfc:
    "RFC 9293 把 MSL 取为 2 分钟，所以 2MSL 是 4 分钟；Linux 固定等待 {seconds} 秒（<code>TCP_TIMEWAIT_LEN</code>）。",
  timerBackedOff: "重新启动，超时时间{was, select, none {} other {从 {was} 秒}}退避到 {seconds} 秒（RFC 6298 §5.5）。",
  timerRestarted2msl: "重新启动：FIN 再次到达，TIME-WAIT 重新等待完整的 2MSL（RFC 9293 §3.10.7.4）。",
  timerNote: "{expires, select, none {} other {将在第 {expires} 步到期。}}到期时{what}。",
  diagramAria: "状态图：客户端处于 {client}，服务器处于 {server}。{arc}",
  tcbLabel: "{role, select, client {客户端} other {服务器}}的 TCB 变量",
  tcbHeading: "TCB（Δ 表示本步改变）",
  tcbNone: "{state} 状态下没有这个值",
  tcbChanged: "（这一步改变）",
  linuxNote: "<strong>Linux：</strong>{why}",
  checksSummary:
    "{actor, select, client {客户端} other {服务器}}如何检查这个报文段（RFC 9293 §3.10.7）：共 {n} 项检查{decider, select, none {} other {，起决定作用的是：{decider}}}",
  checksOrderFull:
    "在 {state} 状态下，§3.10.7.4 按以下顺序检查到达的报文段：{order}。一旦某项检查决定了报文段的去向，处理就到此为止，所以窗口之外的报文段在它的 RST 位或 SYN 位起作用之前就被丢弃了。",
  checksOrderOwn:
    "{state} 状态有自己的检查（RFC 9293 {section}）；§3.10.7.4 的完整顺序（先检查序号，最后检查 FIN）从 SYN-RECEIVED 起才适用。",
  checksOrderJoin: "、",
  checksColon: "：",
  checksDecides: "由此决定",
  diagramLegend:
    "浅色弧线：RFC 9293 图 5。虚线：图 5 没有画出的内容（§3.10 中的规则、状态不变的一步、主机故障，或 RFC 同样允许的另一种做法）。",

  sandboxTitle: "亲手操作连接",
  sandboxEyebrow: "动画讲解 · 沙盒",
  sandboxLead:
    "自己决定双方下一步做什么：调用 <code>listen()</code>、<code>connect()</code> 或 <code>close()</code>，让在途的报文段送达或丢失，让计时器或用户超时到期，发送 RST，重启主机。模型按 RFC 9293 的规定作出回应，并解释它不允许的操作。",
  badStart: "“{start}”不是可用的初始状态，改为从双方都处于 CLOSED 开始。",
  replayNotAMove:
    "链接中的第 {move} 步（“{token}”）不是有效的操作，{kept, plural, =0 {会话从头开始} other {会话停在前 # 步}}。",
  replayRefused:
    "链接中的第 {move} 步不被允许（{reason}），{kept, plural, =0 {会话从头开始} other {会话停在前 # 步}}。",
  replayTooLong: "链接中的操作超过 {max} 步，会话停在前 {max} 步。",
  allScenariosAndStates: "全部场景和状态",
  startFrom: "初始状态",
  bothClosed: "双方都是 CLOSED",
  bothEstablished: "双方都是 ESTABLISHED",
  undo: "撤销上一步",
  startOver: "重新开始",
  notAllowed: "不允许（{actor, select, client {客户端} other {服务器}}：{move}），什么都没有改变。",
  notAllowedLimit: "不允许，什么都没有改变。",
  moveLimit: "一次会话最多 {max} 步操作：请撤销几步，或者重新开始。",
  nextMove: "{role, select, client {客户端} other {服务器}}下一步做什么",
  notNowHint: "虚线按钮是 RFC 9293 此刻不允许的操作；按一下可以看到原因。",
  nothingYet: "还什么都没有发生",
  afterMove: "第 {n} 步操作之后",
  yourConnection: "你的连接",
  nothingInFlight: "没有发往{role, select, client {客户端} other {服务器}}的报文段。",
  inFlight: "正在发往{role, select, client {客户端} other {服务器}}的报文段：{segments}。",
  inFlightThen: "，然后是 ",
};
