// Interview questions about what goes wrong: a segment lost on the way, a peer that crashes or reboots, a FIN out
// of order, TIME-WAIT meeting a SYN or a RST. The states and segments are the model's: its traces and its table.
import { findTransition, ROLE_TEXT, type Step, type Text, TIMER_INFO, type Trace, type Transition } from "@/lib/tcp";
import type { InterviewQuestion } from "./bank";
import { join, resendStory, resends, sideStory, statesOf, traceOf, wire, wireMarked } from "./story";

function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`The model has no ${what}.`);
  return value;
}

const lostStep = (trace: Trace): Step =>
  found(
    trace.steps.find((s) => s.lost),
    `lost segment in ${trace.id}`,
  );
const row = (...args: Parameters<typeof findTransition>): Transition =>
  found(findTransition(...args), `row ${args[0]} ${args[1]}`);

const handshake = traceOf("handshake");
const teardown = traceOf("teardown");
const lostSynAck = traceOf("handshake-lost-synack");
const simultaneousOpen = traceOf("simultaneous-open");
const refused = traceOf("refused");
const halfOpen = traceOf("half-open");
const halfOpenData = traceOf("half-open-data");
const msl = TIMER_INFO["2MSL"];
const rto = TIMER_INFO.RTO;

/** The SYN resent by the client reaching the server, still in SYN-RECEIVED. */
const duplicateSyn = found(
  lostSynAck.steps.find((s) => s.actor === "server" && s.event === "rcv SYN" && s.transition.from === "SYN-RECEIVED"),
  "retransmitted SYN in SYN-RECEIVED",
);
const synAckLost = lostStep(lostSynAck);

/** The teardown's four segments, each lost in its own scenario, in the order they are sent. */
const TEARDOWN_LOSSES: [Trace, Text][] = [
  [traceOf("teardown-lost-fin"), { en: "The first FIN", zh: "第一个 FIN" }],
  [traceOf("teardown-lost-fin-ack"), { en: "The ACK of the first FIN", zh: "对第一个 FIN 的 ACK" }],
  [traceOf("teardown-lost-second-fin"), { en: "The second FIN", zh: "第二个 FIN" }],
  [traceOf("teardown-lost-ack"), { en: "The last ACK", zh: "最后一个 ACK" }],
];

/** "The first FIN lost: the client waits in FIN-WAIT-1 and the server in ESTABLISHED, until ..." */
function lossStory([trace, label]: [Trace, Text]): Text {
  const lost = lostStep(trace);
  const resent = found(resends(trace)[0], `retransmission in ${trace.id}`);
  const { client, server } = ROLE_TEXT;
  return {
    en: `${label.en} lost: ${client.en} waits in ${lost.states.client} and ${server.en} in ${lost.states.server}, until ${ROLE_TEXT[resent.actor].en}'s timer resends its ${resent.segment?.flags}.`,
    zh: `${label.zh} 丢失：${client.zh}停在 ${lost.states.client}，${server.zh}停在 ${lost.states.server}，直到${ROLE_TEXT[resent.actor].zh}的计时器重传它的 ${resent.segment?.flags}。`,
  };
}

const twSyn = row("TIME-WAIT", "rcv SYN");
const twSynReopen = row("TIME-WAIT", "rcv SYN", { when: "new-syn", alternative: "MAY-2" });
const twRst = row("TIME-WAIT", "rcv RST", { when: "exact" });
const finInOrder = row("ESTABLISHED", "rcv FIN");
const serverAfterHandshake = found(handshake.steps.at(-1), "handshake").states;
const selfStates = statesOf(simultaneousOpen, "client");
const passiveClose = statesOf(teardown, "server");
const resetByReboot = found(halfOpenData.steps.at(-1), "RST in half-open-data").transition;
const synToStale = found(
  halfOpen.steps.find((s) => s.event === "rcv SYN" && s.transition.from === s.transition.to),
  "SYN reaching the stale side",
);

export const FAILURES: readonly InterviewQuestion[] = [
  {
    id: "handshake-synack-lost",
    sequence: "handshake-lost-synack",
    topic: "handshake",
    question: {
      en: "What happens if the SYN,ACK of the handshake is lost?",
      zh: "如果三次握手中的 SYN,ACK 丢失了，会发生什么？",
    },
    answer: {
      en: `Both sides are left waiting for something that never comes, so both retransmit: ${resendStory(lostSynAck).en}. The client, in ${synAckLost.states.client}, heard nothing and cannot tell whether its SYN or the reply was lost; the server, in ${synAckLost.states.server}, never sees its SYN,ACK acknowledged. On the wire: ${wireMarked(lostSynAck).en}.`,
      zh: `双方都在等待一个不会到来的报文段，所以双方都会重传：${resendStory(lostSynAck).zh}。客户端处于 ${synAckLost.states.client}，没有收到任何回应，无法分辨丢失的是自己的 SYN 还是对方的回应；服务器处于 ${synAckLost.states.server}，它的 SYN,ACK 一直得不到确认。报文顺序：${wireMarked(lostSynAck).zh}。`,
    },
    deeper: join(
      {
        en: "The client's resent SYN reaches the server in SYN-RECEIVED. By RFC 9293:",
        zh: "客户端重传的 SYN 到达处于 SYN-RECEIVED 的服务器。按 RFC 9293：",
      },
      duplicateSyn.transition.why,
      {
        en: "The client, in SYN-SENT, drops that ACK (it carries no SYN), so it is the server's own timer that brings the SYN,ACK again.",
        zh: "处于 SYN-SENT 的客户端丢弃这个 ACK（它不带 SYN），所以要靠服务器自己的计时器再次送来 SYN,ACK。",
      },
      duplicateSyn.transition.linux?.why ?? { en: "", zh: "" },
      {
        en: `Each timer starts at about ${rto.seconds} s and doubles. Linux gives up after net.ipv4.tcp_syn_retries on the client (6 by default) and net.ipv4.tcp_synack_retries on the server (5 by default).`,
        zh: `两个计时器都从大约 ${rto.seconds} 秒开始，每次加倍。Linux 在客户端重试 net.ipv4.tcp_syn_retries 次（默认 6 次），在服务器重试 net.ipv4.tcp_synack_retries 次（默认 5 次），之后放弃。`,
      },
    ),
    rfc: "§3.8.1",
    link: "/learn/handshake-lost-synack",
  },
  {
    id: "teardown-segment-lost",
    topic: "teardown",
    question: {
      en: "Take the four segments of the teardown one at a time: what happens if each is lost?",
      zh: "逐个分析四次挥手的四个报文段：每一个丢失时分别会发生什么？",
    },
    answer: join(...TEARDOWN_LOSSES.map(lossStory), {
      en: "An ACK is never resent by itself: it takes no sequence number, so nothing times it. The side whose FIN it acknowledged resends the FIN, and the answer to that carries the ACK again.",
      zh: "ACK 本身从不重传：它不占用序号，也就没有计时器为它计时。由被它确认 FIN 的一方重传 FIN，对方回应时再发一次 ACK。",
    }),
    deeper: {
      en: "A loss moves no one to another state; it only lengthens the wait. Linux bounds the waiting: a socket the application has closed resends its FIN net.ipv4.tcp_orphan_retries times, and one left in FIN-WAIT-2 for a FIN that never comes is dropped after net.ipv4.tcp_fin_timeout.",
      zh: "丢包不会让任何一方进入别的状态，只会延长等待。Linux 给等待设了上限：应用已经关闭的套接字重传 FIN 的次数由 net.ipv4.tcp_orphan_retries 决定；停在 FIN-WAIT-2 等待一个永远不来的 FIN 的套接字，在 net.ipv4.tcp_fin_timeout 之后被丢弃。",
    },
    rfc: "§3.8.1",
    link: "/learn/teardown-lost-fin",
  },
  {
    id: "time-wait-rcv-syn",
    topic: "edge-cases",
    question: {
      en: "A socket in TIME-WAIT receives a new SYN for the same four-tuple. What does it do?",
      zh: "处于 TIME-WAIT 的套接字收到同一个四元组上的新 SYN，它会怎么做？",
    },
    answer: join(
      {
        en: `By RFC 9293's general rule it stays in ${twSyn.to} and answers with an ${twSyn.send}.`,
        zh: `按 RFC 9293 的一般规则，它停在 ${twSyn.to}，并回复一个 ${twSyn.send}。`,
      },
      twSyn.why,
      {
        en: `Option MAY-2 (§3.6.1) lets it accept the SYN instead, going from ${twSynReopen.from} to ${twSynReopen.to} with a ${twSynReopen.send}.`,
        zh: `可选项 MAY-2（§3.6.1）允许它改为接受这个 SYN，从 ${twSynReopen.from} 进入 ${twSynReopen.to}，并回复 ${twSynReopen.send}。`,
      },
      twSynReopen.why,
    ),
    deeper: {
      en: `Linux accepts the SYN when its sequence number is beyond the old connection's or its timestamp is newer, so a client reconnecting from the same port is not kept waiting ${msl.seconds} s. A SYN that passes neither test gets the ACK; the client, in SYN-SENT, sees that the ACK acknowledges nothing it sent and answers with a RST, which by default ends the TIME-WAIT (see the question on RFC 1337), and its next SYN opens the connection.`,
      zh: `Linux 在 SYN 的序号超过旧连接的序号、或其时间戳更新时接受它，所以从同一端口重新连接的客户端不必等待 ${msl.seconds} 秒。两项检查都通不过的 SYN 得到那个 ACK；处于 SYN-SENT 的客户端发现这个 ACK 确认的不是自己发出的内容，于是回复 RST，默认情况下这个 RST 会结束 TIME-WAIT（见关于 RFC 1337 的问题），客户端的下一个 SYN 便能建立连接。`,
    },
    rfc: "§3.6.1",
    link: "/learn#TIME-WAIT",
  },
  {
    id: "time-wait-rcv-rst",
    topic: "edge-cases",
    question: {
      en: "What does a RST do to a socket in TIME-WAIT, and what is RFC 1337 about?",
      zh: "RST 对处于 TIME-WAIT 的套接字有什么影响？RFC 1337 讲的是什么？",
    },
    answer: {
      en: `A valid RST, at exactly RCV.NXT, ends it early: ${twRst.from} → ${twRst.to}, as RFC 9293 ${twRst.source} says for TIME-WAIT, keeping RFC 793's rule. RFC 1337 (1992) calls this TIME-WAIT assassination: a delayed old segment makes the TIME-WAIT side answer with an ACK, the peer, which no longer has the connection, answers that with a RST, and the RST cuts the 2MSL wait short, so the old connection's stray segments could reach a new one on the same four-tuple. Its fix is to ignore a RST in TIME-WAIT.`,
      zh: `有效的 RST（序号恰好等于 RCV.NXT）会让它提前结束：${twRst.from} → ${twRst.to}，这是 RFC 9293 ${twRst.source} 对 TIME-WAIT 的规定，沿用了 RFC 793 的规则。RFC 1337（1992 年）把这称为“TIME-WAIT 暗杀”：一个迟到的旧报文段让 TIME-WAIT 一方回复 ACK，已经没有这个连接的对方用 RST 回应这个 ACK，RST 提前结束了 2MSL 等待，于是旧连接残留的报文段可能混入同一个四元组上的新连接。RFC 1337 的办法是在 TIME-WAIT 中忽略 RST。`,
    },
    deeper: {
      en: "Linux follows RFC 9293 by default: net.ipv4.tcp_rfc1337 is 0 and a RST ends TIME-WAIT; set to 1, TIME-WAIT ignores RSTs as RFC 1337 suggests. RFC 1337 is informational, so both are allowed; an old segment must also land inside the new connection's window to do harm.",
      zh: "Linux 默认遵循 RFC 9293：net.ipv4.tcp_rfc1337 为 0，RST 会结束 TIME-WAIT；设为 1 时，TIME-WAIT 按 RFC 1337 的建议忽略 RST。RFC 1337 只是信息性文档，两种做法都是允许的；而且旧报文段还必须落在新连接的窗口内才会造成危害。",
    },
    rfc: "§3.10.7.4",
    link: "/learn#TIME-WAIT",
  },
  {
    id: "connect-without-accept",
    topic: "handshake",
    question: {
      en: "A server calls listen() but never accept(). Does a client's connect() succeed?",
      zh: "服务器调用了 listen() 却从不调用 accept()，客户端的 connect() 能成功吗？",
    },
    answer: join(
      {
        en: "Yes: the kernel completes the handshake by itself, and accept() plays no part in it.",
        zh: "能：握手完全由内核完成，accept() 并不参与握手。",
      },
      sideStory(handshake, "server"),
      {
        en: `The new connection, ${serverAfterHandshake.server}, waits in the listening socket's accept queue until accept() takes it off. The client is ${serverAfterHandshake.client} too and may send; its data is acknowledged and waits in the receive buffer.`,
        zh: `新连接处于 ${serverAfterHandshake.server}，在监听套接字的全连接队列中等待，直到 accept() 把它取走。客户端也已经是 ${serverAfterHandshake.client}，可以发送数据；数据会被确认，并在接收缓冲区中等待。`,
      },
    ),
    deeper: {
      en: `It shows only when the accept queue is full (its limit is min(backlog, net.core.somaxconn)): Linux then drops the handshake's last ACK, so the client believes it is ESTABLISHED while the server resends its SYN,ACK, and new SYNs are dropped. With no listener at all it is different: ${wire(refused)}, and connect() fails at once with ECONNREFUSED.`,
      zh: `只有当全连接队列满了（上限为 min(backlog, net.core.somaxconn)）才会显露出来：此时 Linux 丢弃握手的最后一个 ACK，客户端以为已经 ESTABLISHED，服务器却在重传 SYN,ACK，新的 SYN 也会被丢弃。如果根本没有监听者，情况就不同了：${wire(refused)}，connect() 立即以 ECONNREFUSED 失败。`,
    },
    rfc: "§3.5",
    link: "/learn/handshake?step=5",
  },
  {
    id: "self-connect",
    topic: "edge-cases",
    question: { en: "Can a TCP socket connect to itself?", zh: "一个 TCP 套接字能连接到它自己吗？" },
    answer: {
      en: `Yes. A client connecting to a local port where nothing listens may be given that very port as its own ephemeral port; its SYN then comes back to itself. It is a simultaneous open with one socket playing both sides: each segment it sends is one it receives, and it passes through the simultaneous open's states, ${selfStates.join(" → ")}. connect() succeeds, and the program is talking to itself.`,
      zh: `能。客户端连接一个无人监听的本地端口时，系统分配给它的临时端口可能恰好就是这个端口；于是它的 SYN 又回到它自己。这是一次由同一个套接字扮演双方的同时打开：它发出的每个报文段都由它自己收到，经历的正是同时打开的状态：${selfStates.join(" → ")}。connect() 成功，程序在和自己通信。`,
    },
    deeper: {
      en: "It happens when a service's port lies inside net.ipv4.ip_local_port_range and a client keeps retrying while the service is down: one retry draws the same port. Keep listening ports outside that range (or list them in net.ipv4.ip_local_reserved_ports), or check after connect() that the local and remote address and port differ.",
      zh: "当服务的端口落在 net.ipv4.ip_local_port_range 范围内、而客户端在服务停止期间不断重试连接时就会发生：某次重试恰好抽到同一个端口。应让监听端口避开这个范围（或把它们列入 net.ipv4.ip_local_reserved_ports），或者在 connect() 之后检查本地与远端的地址和端口是否不同。",
    },
    rfc: "§3.5",
    link: "/learn/simultaneous-open",
  },
  {
    id: "fin-out-of-order",
    topic: "edge-cases",
    question: {
      en: "The peer's FIN arrives before some of the data sent ahead of it. What happens?",
      zh: "对方的 FIN 先于它之前发送的部分数据到达，会发生什么？",
    },
    answer: {
      en: `Nothing happens to the state yet. RFC 9293 ${finInOrder.source} processes segments in sequence order: one that starts beyond RCV.NXT but inside the window is kept until the gap before it is filled. So the receiver stays in ${finInOrder.from} and acknowledges only up to RCV.NXT, the first byte it still lacks. When the missing data arrives it is delivered, then the FIN is processed: ${finInOrder.from} → ${finInOrder.to}, and the application reads every byte before end-of-file.`,
      zh: `状态暂时不会变化。RFC 9293 ${finInOrder.source} 按序号顺序处理报文段：起始序号超过 RCV.NXT 但落在窗口内的报文段会被保留，直到它前面的空缺被填上。所以接收方停在 ${finInOrder.from}，确认号只到 RCV.NXT，即它仍缺少的第一个字节。缺失的数据到达后先交付数据，再处理 FIN：${finInOrder.from} → ${finInOrder.to}，应用程序读完每一个字节之后才读到文件结束。`,
    },
    deeper: {
      en: "RFC 9293 says such segments SHOULD be held for later processing (SHLD-31); RFC 5681 adds that an out-of-order segment should be acknowledged at once (a duplicate ACK), which helps the sender retransmit early. Linux keeps them in an out-of-order queue, reports what it holds with SACK, and acts on a FIN from that queue only when the data before it has arrived. No scenario animates this, since the model's scenarios play no reordering; the capture page does hold such segments, and its out-of-order sample, recorded from Linux, shows two segments waiting for the one before them.",
      zh: "RFC 9293 规定这样的报文段应当（SHOULD）保留待后续处理（SHLD-31）；RFC 5681 补充说，收到乱序报文段时应立即发送确认（重复 ACK），帮助发送方尽早重传。Linux 把它们放在乱序队列里，用 SACK 告知对方已收到哪些，只有当 FIN 之前的数据都到达后，才处理队列中的 FIN。模型的场景不演示乱序，所以没有场景动画展示这一过程；不过抓包解读页会暂存这样的报文段，其中录自 Linux 的乱序示例展示了两个报文段等待它们之前的那一个。",
    },
    rfc: "§3.10.7.4",
    link: "/learn/teardown?step=2",
  },
  {
    id: "peer-failures",
    topic: "edge-cases",
    question: {
      en: "The peer's process crashes, its host crashes, it reboots, or a cable is unplugged: what does your side see in each case?",
      zh: "对端进程崩溃、对端主机宕机、对端重启、网线被拔掉：这几种情况下，本端分别会看到什么？",
    },
    answer: {
      en: `Its process crashes: the kernel outlives it, closes its sockets as close() would and sends a FIN (or a RST if unread data was waiting); your side reads end-of-file and goes to ${passiveClose[1]}, a normal close. Its host crashes and stays down: nothing is sent at all. An idle connection notices nothing; data you send is retransmitted until the retries run out, and then fails with ETIMEDOUT. It reboots: it comes back with no memory of the connection, so your next segment is answered with a RST (RFC 9293 Figure 10: ${wire(halfOpenData)}) and your side goes ${resetByReboot.from} → ${resetByReboot.to}, with ECONNRESET. A cable is unplugged: while it lasts, segments are lost and retransmitted as if the host were down, but plug it back before the retries run out and the connection carries on; neither side changes state.`,
      zh: `对端进程崩溃：内核比进程活得久，它像 close() 一样关闭该进程的套接字并发送 FIN（如果还有未读数据则发送 RST）；本端读到文件结束并进入 ${passiveClose[1]}，就是一次正常关闭。对端主机宕机且没有恢复：什么也不会发出。空闲的连接察觉不到任何变化；本端发送的数据会被不断重传，直到重试次数用完，然后以 ETIMEDOUT 失败。对端重启：它回来时已不记得这个连接，于是本端发出的下一个报文段会得到 RST（RFC 9293 图 10：${wire(halfOpenData)}），本端 ${resetByReboot.from} → ${resetByReboot.to}，并报告 ECONNRESET。网线被拔掉：拔掉期间报文段丢失并被重传，就像主机宕机一样；但只要在重试用完之前插回，连接就会继续，双方的状态都不会变化。`,
    },
    deeper: {
      en: "How long the retries last is Linux's net.ipv4.tcp_retries2 (15 by default, about 15 minutes; RFC 9293 §3.8.3 asks for at least 100 s). An idle connection to a crashed host stays ESTABLISHED for ever unless TCP keep-alive (SO_KEEPALIVE) or an application heartbeat sends something. TCP does not watch links: an unplugged cable matters only to the segments that need to cross it.",
      zh: "重试持续多久由 Linux 的 net.ipv4.tcp_retries2 决定（默认 15 次，约 15 分钟；RFC 9293 §3.8.3 要求至少 100 秒）。连向已宕机主机的空闲连接会一直停在 ESTABLISHED，除非 TCP keep-alive（SO_KEEPALIVE）或应用层心跳发送了什么。TCP 并不监视链路：拔掉的网线只影响需要经过它的报文段。",
    },
    rfc: "§3.8.3",
    link: "/learn/half-open-data",
  },
  {
    id: "half-open-detect",
    topic: "edge-cases",
    question: {
      en: "What is a half-open connection, and how is it detected?",
      zh: "什么是半开连接？如何发现它？",
    },
    answer: join(
      {
        en: "One side still has the connection and the other has none, because its host crashed or rebooted (RFC 9293 §3.5.1). Nothing shows until a segment crosses.",
        zh: "一方仍保有连接，另一方却已经没有了，因为它的主机崩溃或重启过（RFC 9293 §3.5.1）。在有报文段经过之前，什么迹象都没有。",
      },
      {
        en: `If the side that kept it sends, the other has no connection and answers with a RST: ${wire(halfOpenData)}.`,
        zh: `如果保有连接的一方发送数据，另一方没有这个连接，会回复 RST：${wire(halfOpenData)}。`,
      },
      sideStory(halfOpenData, "server"),
      {
        en: `If the rebooted side connects again from the same port, the other side, still ${synToStale.transition.from}, answers its SYN with an ${synToStale.segment?.flags} for the old connection; that acknowledges nothing the new side sent, so it answers with a RST, and its next SYN opens a new connection: ${wire(halfOpen)}.`,
        zh: `如果重启的一方从同一端口再次连接，仍处于 ${synToStale.transition.from} 的另一方会用旧连接的 ${synToStale.segment?.flags} 回应这个 SYN；它确认的不是新一方发出的内容，于是新一方回复 RST，它的下一个 SYN 便建立起新连接：${wire(halfOpen)}。`,
      },
    ),
    deeper: {
      en: "If neither side sends, nobody finds out: an idle half-open connection lasts until TCP keep-alive (§3.8.4) or an application heartbeat probes it. The ACK that answers a SYN in ESTABLISHED is RFC 5961's challenge ACK: it does not reset the connection itself, and only a peer that really sees it can answer with a RST at the right sequence number.",
      zh: "如果双方都不发送，就没有人会发现：空闲的半开连接会一直存在，直到 TCP keep-alive（§3.8.4）或应用层心跳去探测它。在 ESTABLISHED 中回应 SYN 的 ACK 就是 RFC 5961 的挑战 ACK：它本身不会重置连接，只有真正看得到它的对端才能用序号正确的 RST 回应。",
    },
    rfc: "§3.5.1",
    link: "/learn/half-open",
  },
];
