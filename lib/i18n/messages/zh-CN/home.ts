import type { Catalogue } from "../en";

export const home: Catalogue["home"] = {
  title: "TCP 三次握手与四次挥手，一个状态一个状态地学。",
  intro:
    "SynAck 按 RFC 9293 的定义讲解 TCP 连接状态机：三次握手、四次挥手和全部十一个状态，并给出 Linux、<code>ss</code> 和 <code>netstat</code> 显示的名称。所有题目、抽认卡和动画都由同一个协议模型生成，彼此不会矛盾。",
  audience: "适合自测的学生、给班级布置测验的老师，以及准备面试题“描述三次握手、四次挥手以及双方各自的状态”的人。",
  quickTen: "快速来 10 道题",
  chooseQuiz: "自选测验",
  whatsHere: "这里有什么",
  savedAccount: "你的进度会随时保存在你的账号 {name} 中——<link>查看个人主页</link>。",
  savedGuest: "你的进度会随时保存在此浏览器的访客档案中——<link>查看个人主页</link>。",

  loopTitle: "三次握手，正在播放",
  loopStates: "客户端 {client} · 服务器 {server}",
  loopPause: "暂停",
  loopPlay: "播放",
  loopStepByStep: "逐步查看 →",

  todayHeading: "你的今天",
  todayDue: "{n, plural, =0 {现在没有待复习的卡片。} other {现在有 # 张卡片待复习。}}",
  todayFresh: "{n, plural, =0 {} other {今天还剩 # 张新卡。}}",
  todayReviewed: "{n, plural, =0 {今天还没有复习。} other {今天已复习 # 次。}}",
  reviewNow: "现在复习",
  learnNew: "学习新卡",
  continueQuiz: "继续你的测验（已答 {n} 题）",
};
