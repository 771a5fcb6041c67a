import type { Catalogue } from "../en";

export const progress: Catalogue["progress"] = {
  title: "个人主页",
  lead: "你的练习会随时保存在这个档案下。",
  noCookieLead: "这个浏览器没有发送 SynAck 的 Cookie，所以没有可以显示的档案。",
  noCookieBody:
    "SynAck 把你的进度保存在与 Cookie 绑定的访客档案中。请允许本站使用 Cookie，然后刷新页面：下次访问时会自动创建档案，无需注册。",
  historyNoProfile: "没有档案：这个浏览器没有发送 SynAck 的 Cookie。请允许 Cookie 后刷新页面。",

  profile: "档案",
  created: "创建于",
  quizAnswers: "测验答题",
  cardsSeen: "已学抽认卡",
  noneYet: "还没有",
  answerCount: "{total} 道（答对 {correct} 道）",
  keptBackCount: "另有 {n} 道答题属于老师尚未公布结果的作业",
  cardsSeenCount: "{cards} 张（复习 {reviews} 次）",

  weakHeading: "你最常答错的地方",
  weakEmpty: "还没有：你答错的状态迁移和步骤会显示在这里，方便你知道该回头看什么。",
  takeQuiz: "做一次测验",
  wrongOf: "{total} 次中答错 {wrong} 次",
  yourQuizzes: "你的测验",
  guestNote:
    "这是一个访客档案：它保存在这个浏览器的 Cookie 中，清除 Cookie 或换一个浏览器就会开始一个新的档案。<link>创建账号</link>即可在不同设备上保留它：这里保存的一切都会转入账号。",

  masteryHeading: "你对每条状态迁移的掌握程度",
  calendarHeading: "每日复习",
  forecastHeading: "未来 {days} 天的到期卡片",
  retentionHeading: "记忆保持率",
  scoresHeading: "测验成绩",
  exportHeading: "导出",

  heatmapLabel: "过去 {days} 天共复习 {total} 次，其中 {active} 天有复习。",
  heatmapDay: "{day}：复习 {n} 次",
  heatmapCaption: "过去 {weeks} 周共复习 {total} 次，分布在 {active} 天。",

  forecastBar: "{day}：{n} 张卡到期",
  forecastNone: "未来两周没有卡片到期：先复习一些新卡，建立复习计划。",
  forecastSome: "未来两周共有 {n} 次卡片复习到期（今天包括所有已逾期的卡片）。",
  retentionNothing:
    "暂时没有可统计的数据：记忆保持率只统计已经学会的卡片的复习，所以要等你第一批毕业的卡片再次出现时才开始计算（通常在学会后几天）。",
  retentionWeekEmpty: "{week} 起的一周：没有复习已学会的卡片",
  retentionWeek: "{week} 起的一周：已学会的 {reviewed} 张卡中记住了 {recalled} 张",
  retentionCaption: "每周在复习已学会的卡片时，你记住的比例（除“重来”以外的评分都算记住）。FSRS 的目标是 90%。",
  noQuiz: "还没有完成的测验。<link>做一次</link>，成绩就会显示在这里。",
  quizBar: "测验 {n}（{day}）：{total} 道答对 {correct} 道",
  quizCaption: "你最近完成的 {n} 次测验，按时间先后排列。",

  ankiDeck: "Anki 卡组（.txt）",
  historyCsv: "你的历史记录（.csv）",
  exportNote:
    "在 Anki 中：选择“文件 → 导入”，再选中这个文件；笔记会保留各自的编号，所以导入更新后的卡组会更新原有笔记。CSV 文件包含每一次测验答题和抽认卡评分及其时间。",

  levelUnknown: "尚未练习",
  levelWeak: "薄弱（低于 50%）",
  levelShaky: "不稳（50%–80%）",
  levelStrong: "牢固（80% 及以上）",
  levelShortWeak: "薄弱",
  levelShortShaky: "不稳",
  levelShortStrong: "牢固",
  diagramLabel:
    "按掌握程度着色的状态图：{strong} 条状态迁移牢固，{shaky} 条不稳，{weak} 条薄弱，{unknown} 条尚未练习。每条迁移都是练习它的链接；旁边的列表内容相同。",
  arcText: "在 {from} 状态，{event}，进入 {to}：{parts}",
  arcNotPractised: "尚未练习",
  arcQuiz: "测验答对 {right}/{total}",
  arcRecall: "卡片回忆概率 {percent}%",
  arcPartsSeparator: "，",
  practiseArc: "练习：{arc}",
  listHeading: "所有状态迁移，最薄弱的在前",
  listNotPractised: "尚未练习",
  listScore: "{percent}% · {level}",
  masteryNote:
    "掌握程度是两项的平均值：你在测验中关于这条迁移的答题正确率，以及 FSRS 估计的你今天还能想起它那张卡片的概率。点击一条迁移即可练习它的卡片。",
};
