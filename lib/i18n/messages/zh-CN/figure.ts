import type { learnFigure as enFigure } from "../en/figure";

export const learnFigure: typeof enFigure = {
  figRole: "{role, select, client {客户端} other {服务器}}",
  figLostFlags: "{flags}（丢失）",
  figInjectedFrom: "{origin, select, forged {攻击者} other {网络中的旧报文段}}",
  figBefore: "{title}：第一步之前，客户端处于 {client}，服务器处于 {server}。",
  figUpTo: "{title}：第 1 至 {step} 步，突出显示第 {step} 步。{now}",
  figStepSent:
    "第 {step} 步：{actor, select, client {客户端} other {服务器}}发送 {sent}{lost, select, yes {，该报文段丢失} other {}}；客户端处于 {client}，服务器处于 {server}。",
  figStepDid:
    "第 {step} 步：{actor, select, client {客户端} other {服务器}}执行 {label}；客户端处于 {client}，服务器处于 {server}。",
  figArcLabel: "<rfc>{event}</rfc> / {send, select, none {不发送} other {发送 {send}}}",
  figArcAria:
    "{from} 在事件 {event} 下{send, select, none {不发送报文段} other {发送 {send}}}，{same, select, yes {并停留在} other {并进入}} {to}。",
};
