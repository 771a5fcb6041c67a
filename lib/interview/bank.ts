// The interview questions with model answers: short enough to say aloud, a part that goes deeper, and the RFC 9293
// section. Where an answer states what the protocol does, the sentence is built from lib/tcp. The classic questions
// are here; failures.ts (lost segments, failed peers) and linux-limits.ts (Linux's sysctls) hold the rest.
import { STATE_INFO, STATE_NAMES, STATES, type Text, TIMER_INFO, TOPICS } from "@/lib/tcp";
import { FAILURES } from "./failures";
import { LINUX_LIMITS } from "./linux-limits";
import { join, sideStory, traceOf, wire } from "./story";

/** The interview page's sections: a part of a connection's life, or running TCP in operations. */
export const INTERVIEW_TOPICS = [...TOPICS, "operations"] as const;
export type InterviewTopic = (typeof INTERVIEW_TOPICS)[number];

export type InterviewQuestion = {
  /** Stable: flashcards and progress refer to it. */
  id: string;
  topic: InterviewTopic;
  question: Text;
  answer: Text;
  deeper: Text;
  rfc: string;
  /** The animated scenario that shows it, if one does. */
  link: string | null;
  /**
   * For a question that asks what happens, step by step: the scenario whose states and segments a typed answer
   * must name in order (lib/interview/check.ts). Elsewhere only the state names are checked.
   */
  sequence?: string;
  /** Misspelled state names the answer names on purpose, to correct them. */
  corrects?: string[];
};

const handshake = traceOf("handshake");
const teardown = traceOf("teardown");
const combined = traceOf("teardown-combined");
const msl = TIMER_INFO["2MSL"];
const rto = TIMER_INFO.RTO;
const lostHandshakeAck = traceOf("handshake-lost-ack");
const simultaneousOpen = traceOf("simultaneous-open");
const simultaneousClose = traceOf("simultaneous-close");
const halfClose = traceOf("half-close");
const refused = traceOf("refused");
const synAck = handshake.steps.find((st) => st.segment?.flags === "SYN,ACK")?.segment;
const finalAck = handshake.steps.find((st) => st.segment?.flags === "ACK")?.segment;
const dataAck = halfClose.steps.find((st) => st.received && st.received.segment.len > 0);
const abort = traceOf("abort");
/** "ESTAB = ESTABLISHED, SYN-RECV = SYN-RECEIVED, ...": where ss's names differ from the RFC's. */
const ssNames = STATES.filter((x) => STATE_NAMES[x].ss !== x)
  .map((x) => `${STATE_NAMES[x].ss} = ${x}`)
  .join(", ");

/** The questions every TCP interview asks: the handshake, the teardown, their states and numbers. */
const CLASSIC: readonly InterviewQuestion[] = [
  {
    id: "handshake-states",
    sequence: "handshake",
    topic: "handshake",
    question: {
      en: "Describe the three-way handshake and each side's states.",
      zh: "描述三次握手的过程，以及双方各自经历的状态。",
    },
    answer: join(
      { en: `On the wire: ${wire(handshake)}.`, zh: `报文顺序：${wire(handshake)}。` },
      sideStory(handshake, "client"),
      sideStory(handshake, "server"),
    ),
    deeper: {
      en: "Each SYN carries its side's initial sequence number (ISN) and takes one sequence number, so each side acknowledges the other's ISN + 1. The server's SYN and its ACK of the client's SYN travel in one segment, which is why it takes three segments and not four.",
      zh: "每个 SYN 携带本方的初始序号（ISN），并占用一个序号，所以双方确认的都是对方 ISN + 1。服务器的 SYN 与它对客户端 SYN 的确认合并在同一个报文段里，因此握手是三个报文段而不是四个。",
    },
    rfc: "§3.5",
    link: "/learn/handshake",
  },
  {
    id: "why-three",
    topic: "handshake",
    question: {
      en: "Why three segments to open a connection, and not two?",
      zh: "为什么建立连接需要三个报文段，而不是两个？",
    },
    answer: {
      en: "Each side must learn the other's initial sequence number and know that its own was received: that takes a SYN and an ACK in each direction, and the middle two share a segment. With two, the server could not tell a fresh SYN from an old duplicate still in the network, and would open a connection nobody asked for.",
      zh: "双方都要知道对方的初始序号，并确认自己的初始序号已被对方收到：每个方向都需要一个 SYN 和一个 ACK，中间两个合并成一个报文段。如果只有两次，服务器无法区分新的 SYN 和网络中滞留的旧重复 SYN，会建立一个没人请求的连接。",
    },
    deeper: {
      en: "RFC 9293 §3.5 gives the old-duplicate case: the third segment lets the client answer a SYN,ACK for a connection it did not start with a RST, so the server returns to LISTEN instead of reaching ESTABLISHED.",
      zh: "RFC 9293 §3.5 描述了旧重复报文的情形：第三个报文段让客户端对自己没有发起的连接的 SYN,ACK 回复 RST，服务器便回到 LISTEN，而不会进入 ESTABLISHED。",
    },
    rfc: "§3.5",
    link: "/learn/handshake?step=3",
  },
  {
    id: "teardown-states",
    sequence: "teardown",
    topic: "teardown",
    question: {
      en: "Describe the four-way teardown and each side's states.",
      zh: "描述四次挥手的过程，以及双方各自经历的状态。",
    },
    answer: join(
      { en: `On the wire: ${wire(teardown)}.`, zh: `报文顺序：${wire(teardown)}。` },
      sideStory(teardown, "client"),
      sideStory(teardown, "server"),
    ),
    deeper: {
      en: "The side that calls close() first is the active closer and ends in TIME-WAIT; the other side sits in CLOSE-WAIT until its application closes too. Each FIN takes one sequence number, so it is acknowledged with its seq + 1.",
      zh: "先调用 close() 的一方是主动关闭方，最后进入 TIME-WAIT；另一方停在 CLOSE-WAIT，直到它的应用程序也关闭。每个 FIN 占用一个序号，所以对它的确认号是其 seq + 1。",
    },
    rfc: "§3.6",
    link: "/learn/teardown",
  },
  {
    id: "why-four",
    topic: "teardown",
    question: {
      en: "Why does closing take four segments? When does it take three?",
      zh: "为什么关闭连接需要四个报文段？什么时候只需要三个？",
    },
    answer: {
      en: `Each direction is closed on its own: a FIN says "I have nothing more to send", and the other side may still have data. So each FIN is acknowledged when it arrives, and the other side sends its own FIN later, when its application closes. If it closes at once, its FIN rides on the ACK: ${wire(combined)}.`,
      zh: `两个方向各自独立关闭：FIN 的意思是“我没有数据要发送了”，而对方可能还有数据。所以每个 FIN 到达时先被确认，对方在自己的应用关闭时再发送 FIN。如果对方立刻关闭，它的 FIN 会和 ACK 合并：${wire(combined)}。`,
    },
    deeper: {
      en: "Linux delays a pure ACK briefly (delayed ACK), so a server that closes right after reading end-of-file often sends FIN,ACK together, and a capture shows three segments. The states are the same; only the segments merge.",
      zh: "Linux 会短暂延迟单纯的 ACK（延迟确认），所以读到文件结束后立刻关闭的服务器常常把 FIN 和 ACK 一起发出，抓包看到的就是三个报文段。状态变化不变，只是报文段合并了。",
    },
    rfc: "§3.6",
    link: "/learn/teardown-combined",
  },
  {
    id: "time-wait-why",
    topic: "teardown",
    question: {
      en: "Why does TIME-WAIT last 2MSL, and what would go wrong without it?",
      zh: "为什么 TIME-WAIT 要持续 2MSL？没有它会出什么问题？",
    },
    answer: {
      en: `${STATE_INFO["TIME-WAIT"].meaning.en} If the last ACK is lost, the other side resends its FIN, and a side still in TIME-WAIT can acknowledge it again; without TIME-WAIT the FIN would meet no connection and get a RST. Waiting twice the segment lifetime also lets old segments die out before the same address pair is reused.`,
      zh: `${STATE_INFO["TIME-WAIT"].meaning.zh}如果最后一个 ACK 丢失，对方会重传 FIN，仍处于 TIME-WAIT 的一方可以再次确认；没有 TIME-WAIT，这个 FIN 到达时连接已不存在，只会得到 RST。等待两倍的报文最大生存时间，也让旧报文段在同一对地址端口被重新使用之前消失。`,
    },
    deeper: {
      en: `RFC 9293 takes MSL as 2 minutes, so 2MSL is 4 minutes; Linux uses a fixed ${msl.seconds} s (TCP_TIMEWAIT_LEN). One MSL covers the lost ACK's FIN coming back, the other covers the ACK's own lifetime.`,
      zh: `RFC 9293 把 MSL 取为 2 分钟，所以 2MSL 是 4 分钟；Linux 固定使用 ${msl.seconds} 秒（TCP_TIMEWAIT_LEN）。一个 MSL 用于重传的 FIN 到达，另一个 MSL 用于 ACK 本身在网络中的生存时间。`,
    },
    rfc: "§3.6",
    link: "/learn/teardown-lost-ack",
  },
  {
    id: "who-time-wait",
    topic: "teardown",
    question: { en: "Which side goes into TIME-WAIT?", zh: "哪一方会进入 TIME-WAIT？" },
    answer: {
      en: `${STATE_INFO["TIME-WAIT"].who.en} Whoever sends the last ACK waits, client or server: a server that closes first ends in TIME-WAIT itself.`,
      zh: `${STATE_INFO["TIME-WAIT"].who.zh}谁发送最后一个 ACK 谁就等待，与是客户端还是服务器无关：先关闭的服务器自己也会进入 TIME-WAIT。`,
    },
    deeper: {
      en: "That is why busy HTTP servers that close connections first collect TIME-WAIT sockets, and why HTTP keep-alive, or letting clients close first, keeps them on the clients.",
      zh: "这就是为什么先关闭连接的繁忙 HTTP 服务器会积累大量 TIME-WAIT 套接字，而使用 HTTP keep-alive 或让客户端先关闭，可以把它们留在客户端。",
    },
    rfc: "§3.6",
    link: "/learn/simultaneous-close",
  },
  {
    id: "handshake-last-ack-lost",
    sequence: "handshake-lost-ack",
    topic: "handshake",
    question: {
      en: "What happens if the last ACK of the handshake is lost?",
      zh: "如果三次握手的最后一个 ACK 丢失了，会发生什么？",
    },
    answer: {
      en: `The client is already ESTABLISHED and may send data; the server stays in SYN-RECEIVED and, when its retransmission timer fires, resends the SYN,ACK. The client answers it with the ACK again and the server becomes ESTABLISHED. On the wire: ${wire(lostHandshakeAck)}.`,
      zh: `客户端已经进入 ESTABLISHED，可以发送数据；服务器停在 SYN-RECEIVED，重传计时器到期后重发 SYN,ACK。客户端再次回复 ACK，服务器进入 ESTABLISHED。报文顺序：${wire(lostHandshakeAck)}。`,
    },
    deeper: {
      en: `Data from the client also carries the ACK, so the first data segment usually completes the server's handshake before any retransmission. The first retransmission waits about ${rto.seconds} s (RFC 6298) and Linux retries the SYN,ACK a few times (tcp_synack_retries) before dropping the half-open connection.`,
      zh: `客户端发送的数据也带有 ACK，所以第一个数据报文段通常会在重传之前就完成服务器一侧的握手。第一次重传大约等待 ${rto.seconds} 秒（RFC 6298），Linux 会重传 SYN,ACK 若干次（tcp_synack_retries），之后才丢弃这个半连接。`,
    },
    rfc: "§3.8.1",
    link: "/learn/handshake-lost-ack",
  },
  {
    id: "teardown-last-ack-lost",
    sequence: "teardown-lost-ack",
    topic: "teardown",
    question: {
      en: "What happens if the last ACK of the teardown is lost?",
      zh: "如果四次挥手的最后一个 ACK 丢失了，会发生什么？",
    },
    answer: {
      en: "The side in LAST-ACK never hears its FIN acknowledged, so its retransmission timer resends the FIN. The other side is still in TIME-WAIT, acknowledges the FIN again and restarts its 2MSL wait; then both reach CLOSED.",
      zh: "处于 LAST-ACK 的一方收不到对自己 FIN 的确认，于是重传计时器到期后重发 FIN。另一方仍在 TIME-WAIT，再次确认这个 FIN，并重新开始 2MSL 等待；之后双方都进入 CLOSED。",
    },
    deeper: {
      en: "This is the first reason TIME-WAIT exists. A side that skipped it (a stack that forgot the connection at once and let its ports be reused) would answer the resent FIN with a RST, and the peer would report an error for a connection that closed cleanly.",
      zh: "这正是 TIME-WAIT 存在的第一个原因。跳过它的一方（例如立即忘掉连接、让端口马上被重用的协议栈）会用 RST 回应重传的 FIN，对方就会为一个本已正常关闭的连接报告错误。",
    },
    rfc: "§3.10.7.4",
    link: "/learn/teardown-lost-ack",
  },
  {
    id: "many-close-wait",
    topic: "operations",
    question: {
      en: "A production server shows thousands of sockets in CLOSE-WAIT. What does it mean and what do you do?",
      zh: "线上服务器有成千上万个 CLOSE-WAIT 状态的套接字，这说明什么？应该怎么处理？",
    },
    answer: {
      en: `${STATE_INFO["CLOSE-WAIT"].meaning.en} TCP has done its part; the application never called close(). It is a bug in the program: a connection leaked on an error path, a pool that never releases, a thread stuck. Find the process with ss -tanp and fix where it forgets to close.`,
      zh: `${STATE_INFO["CLOSE-WAIT"].meaning.zh}TCP 已经完成了它的工作，是应用程序没有调用 close()。这是程序的缺陷：某个错误分支泄漏了连接、连接池从不释放、线程卡住等。用 ss -tanp 找到对应进程，修复忘记关闭连接的地方。`,
    },
    deeper: {
      en: "No kernel timer ends CLOSE-WAIT on its own, because the kernel must not close a socket the application still holds (keep-alive, or a write the peer answers with a RST, can reset the connection, but the descriptor stays leaked until the application closes it). Restarting the process frees them but hides the leak; a file-descriptor limit (EMFILE) is often the first visible symptom.",
      zh: "没有任何内核计时器会自行结束 CLOSE-WAIT，因为内核不能关闭应用程序仍然持有的套接字（keep-alive，或一次被对方以 RST 回应的写操作，可以重置连接，但在应用关闭之前描述符仍然泄漏着）。重启进程可以释放它们，但会掩盖泄漏；文件描述符耗尽（EMFILE）往往是最先出现的症状。",
    },
    rfc: "§3.6",
    link: "/learn/teardown?step=2",
  },
  {
    id: "many-time-wait",
    topic: "operations",
    question: {
      en: "A busy server has tens of thousands of TIME-WAIT sockets. Is that a problem?",
      zh: "繁忙的服务器上有几万个 TIME-WAIT 套接字，这是问题吗？",
    },
    answer: {
      en: `Usually not: each costs little memory and disappears after ${msl.seconds} s on Linux. It means this machine closes connections first. It becomes a problem for a client (or a proxy) that opens many short connections to the same address and port and runs out of local ports.`,
      zh: `通常不是：每个只占很少的内存，在 Linux 上 ${msl.seconds} 秒后就会消失。它说明这台机器是先关闭连接的一方。只有当客户端（或代理）向同一个地址和端口频繁建立短连接、本地端口被耗尽时，才会成为问题。`,
    },
    deeper: {
      en: "Remedies in order: keep connections alive (HTTP keep-alive, connection pools), let the peer close first, widen ip_local_port_range, and on the client side net.ipv4.tcp_tw_reuse. Never tcp_tw_recycle (removed from Linux 4.12: it broke clients behind NAT).",
      zh: "处理办法依次为：保持长连接（HTTP keep-alive、连接池）、让对端先关闭、扩大 ip_local_port_range，在客户端一侧开启 net.ipv4.tcp_tw_reuse。不要用 tcp_tw_recycle（Linux 4.12 已删除：它会让 NAT 后的客户端连接失败）。",
    },
    rfc: "§3.6",
    link: "/learn/teardown?step=5",
  },
  {
    id: "syn-flood",
    topic: "edge-cases",
    question: {
      en: "What is a SYN flood, and how do SYN cookies help?",
      zh: "什么是 SYN 洪泛攻击？SYN cookie 如何应对？",
    },
    answer: {
      en: "An attacker sends many SYNs from fake addresses and never completes the handshake. Each one leaves a half-open connection in SYN-RECEIVED on the server until the queue is full; then new SYNs are dropped, so real clients get no answer and their connection attempts time out and retry. With SYN cookies the server keeps nothing: it encodes what it needs in the ISN of its SYN,ACK and rebuilds the connection from the ACK's acknowledgment number.",
      zh: "攻击者从伪造的地址发送大量 SYN，却从不完成握手。每个 SYN 都会在服务器上留下一个处于 SYN-RECEIVED 的半连接，直到队列占满；此后新的 SYN 被丢弃，真正的客户端得不到回应，连接请求只能超时重试。使用 SYN cookie 时服务器不保存任何状态：把需要的信息编码进 SYN,ACK 的初始序号里，收到 ACK 时再根据确认号重建连接。",
    },
    deeper: {
      en: "RFC 4987 surveys the defences. Linux turns cookies on when the SYN queue overflows (net.ipv4.tcp_syncookies = 1); the cost is that options which do not fit in the cookie (such as a large window scale) may be lost for those connections.",
      zh: "RFC 4987 总结了各种防御方法。Linux 在 SYN 队列溢出时启用 cookie（net.ipv4.tcp_syncookies = 1）；代价是放不进 cookie 的选项（例如较大的窗口扩大因子）在这些连接上可能丢失。",
    },
    rfc: "§3.10.7.2",
    link: "/learn/handshake?step=3",
  },
  {
    id: "half-close",
    topic: "teardown",
    question: { en: "What is a half-close?", zh: "什么是半关闭？" },
    answer: join(
      {
        en: "One side says it has finished sending, with shutdown(SHUT_WR), and keeps reading; the other side, in CLOSE-WAIT, can go on sending until it closes too.",
        zh: "一方用 shutdown(SHUT_WR) 表示自己发送完毕，但仍继续读取；另一方处于 CLOSE-WAIT，可以继续发送，直到它也关闭。",
      },
      sideStory(halfClose, "server"),
    ),
    deeper: {
      en: 'That is exactly RFC 9293\'s CLOSE: "I have no more data to send". close() on a socket is stronger: the application will not read either, so data arriving afterwards is answered with a RST.',
      zh: "这正是 RFC 9293 中 CLOSE 的含义：“我没有数据要发送了”。套接字上的 close() 更进一步：应用程序也不再读取，之后到达的数据会被回复 RST。",
    },
    rfc: "§3.6",
    link: "/learn/half-close",
  },
  {
    id: "rst-vs-fin",
    topic: "edge-cases",
    question: { en: "RST versus FIN: what is the difference?", zh: "RST 和 FIN 有什么区别？" },
    answer: {
      en: 'A FIN closes one direction gracefully: data already sent is delivered, it is acknowledged, and the closer goes through TIME-WAIT. A RST aborts the whole connection at once: queued data is thrown away, nothing acknowledges it, and both sides go straight to CLOSED, the receiver\'s application seeing "connection reset".',
      zh: "FIN 平稳地关闭一个方向：已发送的数据会送达，FIN 会被确认，关闭方会经过 TIME-WAIT。RST 立即中止整个连接：排队的数据被丢弃，RST 不会被确认，双方直接进入 CLOSED，接收方的应用程序会看到“连接被重置”。",
    },
    deeper: {
      en: "A RST is sent for a segment that belongs to no connection (a SYN to a closed port: connection refused), by close() with SO_LINGER 0, or when data arrives for a socket already closed. With RFC 5961's protection, which RFC 9293 recommends, a RST resets the connection only if its sequence number is exactly RCV.NXT; one elsewhere in the receive window gets a challenge ACK, one outside it is dropped. Without it (RFC 793), any RST inside the window resets.",
      zh: "以下情况会发送 RST：报文段不属于任何连接（发往未监听端口的 SYN，即连接被拒绝）、把 SO_LINGER 设为 0 后调用 close()、数据到达一个已关闭的套接字。采用 RFC 9293 推荐的 RFC 5961 防护时，只有序号恰好等于 RCV.NXT 的 RST 才会重置连接；落在接收窗口内其他位置的 RST 会得到一个挑战 ACK，窗口之外的则被丢弃。不采用这一防护时（RFC 793），窗口内任何位置的 RST 都会重置连接。",
    },
    rfc: "§3.5.2",
    link: "/learn/abort",
  },
  {
    id: "simultaneous-open",
    sequence: "simultaneous-open",
    topic: "edge-cases",
    question: { en: "What happens in a simultaneous open?", zh: "同时打开时会发生什么？" },
    answer: join(
      {
        en: `Both sides send a SYN at once and each receives the other's while in SYN-SENT. On the wire: ${wire(simultaneousOpen)}.`,
        zh: `双方同时发送 SYN，各自在 SYN-SENT 状态下收到对方的 SYN。报文顺序：${wire(simultaneousOpen)}。`,
      },
      sideStory(simultaneousOpen, "client"),
    ),
    deeper: {
      en: "It takes four segments and one connection results, not two. It is rare in client-server use but real in peer-to-peer NAT traversal, where both peers connect to each other at the same time.",
      zh: "这需要四个报文段，结果是一个连接而不是两个。在客户端—服务器模式中很少见，但在点对点的 NAT 穿透中真实存在，双方会同时向对方发起连接。",
    },
    rfc: "§3.5",
    link: "/learn/simultaneous-open",
  },
  {
    id: "simultaneous-close",
    sequence: "simultaneous-close",
    topic: "teardown",
    question: { en: "What happens in a simultaneous close?", zh: "同时关闭时会发生什么？" },
    answer: join(
      {
        en: `Both sides send a FIN before receiving the other's, so both go from FIN-WAIT-1 to CLOSING, and both end in TIME-WAIT. On the wire: ${wire(simultaneousClose)}.`,
        zh: `双方都在收到对方的 FIN 之前发送了自己的 FIN，所以都从 FIN-WAIT-1 进入 CLOSING，最后都进入 TIME-WAIT。报文顺序：${wire(simultaneousClose)}。`,
      },
      sideStory(simultaneousClose, "client"),
    ),
    deeper: {
      en: "CLOSING is the state only a simultaneous close reaches: our FIN is out, and the peer's FIN arrives without acknowledging ours (the peer sent it before our FIN reached it). Had our FIN's ACK merely been lost, the peer's FIN would acknowledge ours too, and FIN-WAIT-1 would go straight to TIME-WAIT.",
      zh: "只有同时关闭才会进入 CLOSING 状态：自己的 FIN 已发出，对方的 FIN 到达了，但它没有确认自己的 FIN（对方在我们的 FIN 到达之前就发出了它）。如果只是对我们 FIN 的 ACK 丢失了，对方的 FIN 也会确认我们的 FIN，FIN-WAIT-1 就会直接进入 TIME-WAIT。",
    },
    rfc: "§3.6",
    link: "/learn/simultaneous-close",
  },
  {
    id: "connection-refused",
    sequence: "refused",
    topic: "edge-cases",
    question: { en: "What happens on the wire when a connection is refused?", zh: "连接被拒绝时，网络上发生了什么？" },
    answer: {
      en: `The SYN reaches a port where nothing listens; the host answers with a RST (with ACK, acknowledging the SYN) and the client's connect() fails with ECONNREFUSED. On the wire: ${wire(refused)}.`,
      zh: `SYN 到达一个没有监听的端口；主机回复 RST（带 ACK，确认这个 SYN），客户端的 connect() 以 ECONNREFUSED 失败。报文顺序：${wire(refused)}。`,
    },
    deeper: {
      en: "A firewall that drops the SYN instead gives a timeout, not a refusal: the client resends its SYN with growing intervals until connect() gives up. Refused is fast; filtered is slow.",
      zh: "如果防火墙直接丢弃 SYN，客户端得到的是超时而不是拒绝：客户端会以递增的间隔重传 SYN，直到 connect() 放弃。拒绝很快，被过滤则很慢。",
    },
    rfc: "§3.10.7.1",
    link: "/learn/refused",
  },
  {
    id: "close-wait-vs-time-wait",
    topic: "teardown",
    question: {
      en: "CLOSE-WAIT and TIME-WAIT: which side is in each, and what is it waiting for?",
      zh: "CLOSE-WAIT 和 TIME-WAIT 分别是哪一方的状态？各自在等待什么？",
    },
    answer: {
      en: `CLOSE-WAIT is the passive closer, waiting for its own application to call close(); it can last forever if the program never does. TIME-WAIT is the active closer after the last ACK, waiting 2MSL (Linux: ${msl.seconds} s) for a resent FIN and for old segments to die out; it always ends by itself.`,
      zh: `CLOSE-WAIT 属于被动关闭方，等待自己的应用程序调用 close()；如果程序一直不调用，它会永远持续。TIME-WAIT 属于发送了最后一个 ACK 的主动关闭方，等待 2MSL（Linux 为 ${msl.seconds} 秒），以应对重传的 FIN 并让旧报文段消失；它总会自行结束。`,
    },
    deeper: {
      en: "So many CLOSE-WAIT sockets point at the application; many TIME-WAIT sockets only say which side closes first.",
      zh: "所以大量 CLOSE-WAIT 说明应用程序有问题；大量 TIME-WAIT 只说明是哪一方先关闭连接。",
    },
    rfc: "§3.3.2",
    link: "/learn/teardown",
  },
  {
    id: "fin-wait-2-forever",
    topic: "teardown",
    question: { en: "Can a socket stay in FIN-WAIT-2 forever?", zh: "套接字会一直停在 FIN-WAIT-2 吗？" },
    answer: {
      en: "In RFC 9293, yes: FIN-WAIT-2 waits for the peer's FIN, and a peer that never closes (or vanished) never sends one. Linux adds a timer for sockets the application has already closed: after net.ipv4.tcp_fin_timeout (60 s by default) the connection is dropped.",
      zh: "按 RFC 9293，是的：FIN-WAIT-2 等待对方的 FIN，而一个从不关闭（或已消失）的对方永远不会发送它。Linux 为应用程序已经关闭的套接字加了计时器：超过 net.ipv4.tcp_fin_timeout（默认 60 秒）后连接被丢弃。",
    },
    deeper: {
      en: "After shutdown(SHUT_WR) the application can still read, so Linux keeps that socket in FIN-WAIT-2 as long as it is open: that is a half-close working as intended.",
      zh: "调用 shutdown(SHUT_WR) 之后应用程序仍可读取，所以只要套接字还开着，Linux 就让它留在 FIN-WAIT-2：这正是半关闭应有的行为。",
    },
    rfc: "§3.6",
    link: "/learn/teardown?step=3",
  },
  {
    id: "syn-takes-seq",
    topic: "handshake",
    question: {
      en: "Why does a SYN (and a FIN) take a sequence number?",
      zh: "为什么 SYN（以及 FIN）要占用一个序号？",
    },
    answer: {
      en: 'So that it can be acknowledged like data. TCP only acknowledges sequence numbers; giving the SYN and the FIN one each lets the peer say "I got it" with ACK = seq + 1, and lets the sender retransmit it until it hears so.',
      zh: "为了能像数据一样被确认。TCP 只确认序号；给 SYN 和 FIN 各分配一个序号，对方就可以用 ACK = seq + 1 表示“已收到”，发送方也能在收到确认之前一直重传它。",
    },
    deeper: {
      en: "A bare ACK takes no sequence number, which is why ACKs are never acknowledged and a lost one is only repaired by the peer resending what it acknowledged.",
      zh: "单纯的 ACK 不占用序号，所以 ACK 本身从不被确认，丢失的 ACK 只能靠对方重传被确认的内容来弥补。",
    },
    rfc: "§3.4",
    link: "/learn/handshake?step=3",
  },
  {
    id: "isn-choice",
    topic: "handshake",
    question: {
      en: "How is the initial sequence number chosen, and why not start at zero?",
      zh: "初始序号是如何选择的？为什么不从 0 开始？",
    },
    answer: {
      en: "From a clock-driven counter plus a keyed hash of the connection's addresses and ports (RFC 9293 §3.4.1, RFC 6528). Starting at zero would let segments of an old connection with the same addresses be taken for the new one, and would let an off-path attacker guess sequence numbers and inject data or resets.",
      zh: "由一个随时钟递增的计数器，加上对连接地址和端口的带密钥哈希得到（RFC 9293 §3.4.1、RFC 6528）。如果从 0 开始，同一对地址端口上旧连接的报文段可能被误认为属于新连接，路径外的攻击者也能猜出序号，注入数据或 RST。",
    },
    deeper: {
      en: "The clock part keeps successive connections between the same endpoints moving forward in sequence space; the hash part makes the value unpredictable to anyone who does not know the secret.",
      zh: "时钟部分让同一对端点之间的连续连接在序号空间中不断前移；哈希部分让不知道密钥的人无法预测初始序号。",
    },
    rfc: "§3.4.1",
    link: "/learn/handshake?step=2",
  },
  {
    id: "ss-tan",
    topic: "operations",
    question: {
      en: "What does ss -tan tell you, and how do its state names map to RFC 9293?",
      zh: "ss -tan 能告诉你什么？它显示的状态名和 RFC 9293 如何对应？",
    },
    answer: {
      en: `Every TCP socket (-t), listening or not (-a), with numeric addresses (-n): its state, Recv-Q and Send-Q, and both ends. ss abbreviates some names: ${ssNames}. Count states with ss -tan | awk '{print $1}' | sort | uniq -c.`,
      zh: `列出所有 TCP 套接字（-t），包括监听的（-a），地址以数字显示（-n）：状态、Recv-Q 和 Send-Q、两端的地址。ss 缩写了部分状态名：${ssNames}。统计各状态数量：ss -tan | awk '{print $1}' | sort | uniq -c。`,
    },
    deeper: {
      en: "For a LISTEN socket Recv-Q is the accept queue's current length and Send-Q its limit (the backlog): a full queue means the application does not accept() fast enough. Add -p for the owning process and -o for timers (such as timewait).",
      zh: "对于 LISTEN 套接字，Recv-Q 是全连接队列的当前长度，Send-Q 是它的上限（backlog）：队列满说明应用程序 accept() 不够快。加 -p 显示所属进程，加 -o 显示计时器（例如 timewait）。",
    },
    rfc: "§3.3.2",
    link: "/learn#states-heading",
  },
  {
    id: "so-reuseaddr",
    topic: "operations",
    question: { en: "What does SO_REUSEADDR have to do with TIME-WAIT?", zh: "SO_REUSEADDR 和 TIME-WAIT 有什么关系？" },
    answer: {
      en: "A restarted server wants to bind its port again while old connections on it are still in TIME-WAIT; without SO_REUSEADDR, bind() fails with EADDRINUSE for up to 2MSL. SO_REUSEADDR lets the listening socket bind anyway; the TIME-WAIT entries stay and still protect their own address pairs.",
      zh: "服务器重启后要重新绑定端口，而该端口上的旧连接仍处于 TIME-WAIT；没有 SO_REUSEADDR，bind() 会以 EADDRINUSE 失败，最长持续 2MSL。SO_REUSEADDR 允许监听套接字照样绑定；那些 TIME-WAIT 条目依然存在，继续保护各自的地址端口对。",
    },
    deeper: {
      en: "It is not SO_REUSEPORT, which lets several sockets listen on the same port at once (for load spreading). Every server should set SO_REUSEADDR; it does not shorten TIME-WAIT.",
      zh: "它不同于 SO_REUSEPORT：后者允许多个套接字同时监听同一个端口（用于分摊负载）。每个服务器都应该设置 SO_REUSEADDR；它并不会缩短 TIME-WAIT。",
    },
    rfc: "§3.6",
    link: "/learn/teardown?step=7",
  },
  {
    id: "listen-queues",
    topic: "operations",
    question: { en: "What are the SYN queue and the accept queue?", zh: "什么是半连接队列和全连接队列？" },
    answer: {
      en: "The SYN queue holds connections in SYN-RECEIVED, waiting for the handshake's last ACK. When it arrives the connection is ESTABLISHED and moves to the accept queue, where it waits for the application's accept(). listen(fd, backlog) sets the accept queue's size.",
      zh: "半连接队列保存处于 SYN-RECEIVED 的连接，等待握手的最后一个 ACK。ACK 到达后连接进入 ESTABLISHED，转入全连接队列，等待应用程序调用 accept()。listen(fd, backlog) 设置全连接队列的大小。",
    },
    deeper: {
      en: "On Linux, when the accept queue is full the final ACK is dropped (or answered with a RST if tcp_abort_on_overflow is set), so clients see ESTABLISHED while the server does not: a slow accept() loop looks like a network problem.",
      zh: "在 Linux 上，全连接队列满时最后的 ACK 会被丢弃（若设置了 tcp_abort_on_overflow 则回复 RST），于是客户端认为已经 ESTABLISHED，而服务器并没有：accept() 太慢看起来就像网络故障。",
    },
    rfc: "§3.10.7.2",
    link: "/learn/handshake?step=5",
  },
  {
    id: "two-way-handshake",
    topic: "handshake",
    question: {
      en: "The client is ESTABLISHED after two segments of the handshake. Why isn't the server?",
      zh: "客户端在握手的第二个报文段之后就已经 ESTABLISHED，为什么服务器还没有？",
    },
    answer: {
      en: "After the SYN,ACK the client knows both ISNs and that its own was received, so it can send. The server only knows that it sent its ISN; until the ACK comes back it cannot tell a real client from a forged or old SYN, so it waits in SYN-RECEIVED.",
      zh: "收到 SYN,ACK 后，客户端知道双方的初始序号，也知道自己的初始序号已被收到，所以可以发送数据。服务器只知道自己发出了初始序号；在 ACK 回来之前，它无法区分真实的客户端与伪造或过时的 SYN，因此停在 SYN-RECEIVED。",
    },
    deeper: {
      en: "That asymmetry is what SYN floods exploit and what SYN cookies remove, and why data sent by the client with the ACK (or TCP Fast Open's cookie) is the earliest the server can trust.",
      zh: "SYN 洪泛攻击利用的正是这种不对称，SYN cookie 消除了它；这也是为什么客户端随 ACK 发送的数据（或 TCP Fast Open 的 cookie）是服务器最早可以信任的内容。",
    },
    rfc: "§3.5",
    link: "/learn/handshake?step=4",
  },
  {
    id: "close-with-unread-data",
    topic: "edge-cases",
    question: {
      en: "What happens if an application calls close() with unread data in its receive buffer?",
      zh: "如果应用程序在接收缓冲区还有未读数据时调用 close()，会发生什么？",
    },
    answer: {
      en: "Linux sends a RST instead of a FIN (RFC 2525 recommends it): the data can never be delivered to anyone, and the peer should learn that its last bytes were not read rather than believe the connection closed cleanly.",
      zh: "Linux 会发送 RST 而不是 FIN（RFC 2525 推荐这样做）：这些数据再也无法交给任何人，对方应该知道它最后发送的数据没有被读取，而不是以为连接已正常关闭。",
    },
    deeper: {
      en: "A common surprise with HTTP servers that close without reading a request body: the client's response may be cut off by the RST. The fix is to read (or shutdown(SHUT_WR) and drain) before closing.",
      zh: "这常让不读取请求体就关闭连接的 HTTP 服务器出问题：客户端收到的响应可能被 RST 截断。解决办法是在关闭前先读完（或先 shutdown(SHUT_WR) 再把数据读空）。",
    },
    rfc: "§3.10.4",
    link: "/learn/abort",
  },
  {
    id: "syn-in-established",
    topic: "edge-cases",
    question: {
      en: "What does a connection in ESTABLISHED do when a SYN arrives?",
      zh: "处于 ESTABLISHED 的连接收到一个 SYN 时会怎么做？",
    },
    answer: {
      en: "It does not reset: RFC 9293 (following RFC 5961) answers with a challenge ACK carrying its current numbers. If the peer really restarted, it replies to that ACK with a RST whose sequence number matches, and only then is the old connection dropped.",
      zh: "它不会直接重置：RFC 9293（沿用 RFC 5961）回复一个带有当前序号的“挑战 ACK”。如果对方确实重启了，它会用序号匹配的 RST 回应这个 ACK，旧连接才会被丢弃。",
    },
    deeper: {
      en: "Older TCPs reset the connection on any in-window SYN, which let a blind attacker who guessed a window tear connections down. The challenge ACK makes the attacker prove it sees the traffic.",
      zh: "早期的 TCP 收到窗口内的任何 SYN 都会重置连接，猜中窗口的盲攻击者就能拆掉连接。挑战 ACK 要求攻击者证明自己能看到通信内容。",
    },
    rfc: "§3.10.7.4",
    link: null,
  },
  {
    id: "netstat-names",
    topic: "operations",
    question: {
      en: "netstat prints SYN_RECV and ss prints SYN-RECV. What is the state's real name?",
      zh: "netstat 显示 SYN_RECV，ss 显示 SYN-RECV，这个状态的正式名称是什么？",
    },
    answer: {
      en: `SYN-RECEIVED, as RFC 9293 names it. Tools print their own spellings: Linux ${STATE_NAMES["SYN-RECEIVED"].linux}, ss ${STATE_NAMES["SYN-RECEIVED"].ss}, netstat ${STATE_NAMES["SYN-RECEIVED"].netstat}, BSD ${STATE_NAMES["SYN-RECEIVED"].bsd}. In an interview, say the RFC name; there is no state called SYN_SEND (it is SYN-SENT: the SYN has been sent).`,
      zh: `正式名称是 RFC 9293 中的 SYN-RECEIVED。各工具有各自的写法：Linux 为 ${STATE_NAMES["SYN-RECEIVED"].linux}，ss 为 ${STATE_NAMES["SYN-RECEIVED"].ss}，netstat 为 ${STATE_NAMES["SYN-RECEIVED"].netstat}，BSD 为 ${STATE_NAMES["SYN-RECEIVED"].bsd}。面试时请说 RFC 名称；并不存在叫作 SYN_SEND 的状态（应为 SYN-SENT：SYN 已经发出）。`,
    },
    deeper: {
      en: "The RFC writes states with hyphens (FIN-WAIT-1, TIME-WAIT); Linux's tcp_states.h uses underscores and a TCP_ prefix; /proc/net/tcp gives them as hex numbers (SYN-RECEIVED is 03).",
      zh: "RFC 用连字符书写状态名（FIN-WAIT-1、TIME-WAIT）；Linux 的 tcp_states.h 使用下划线和 TCP_ 前缀；/proc/net/tcp 则用十六进制数字表示（SYN-RECEIVED 为 03）。",
    },
    rfc: "§3.3.2",
    link: "/learn#SYN-RECEIVED",
    corrects: ["SYN_SEND"],
  },
  {
    id: "keepalive-half-open",
    topic: "operations",
    question: {
      en: "How does TCP notice a peer that vanished without closing?",
      zh: "TCP 如何发现一个没有关闭就消失了的对端？",
    },
    answer: {
      en: "On its own it may never: an idle ESTABLISHED connection sends nothing, so a crashed or unplugged peer goes unnoticed (a half-open connection). Sending data reveals it through retransmission timeouts; for idle connections, TCP keep-alive (SO_KEEPALIVE) or an application heartbeat probes the peer.",
      zh: "仅靠 TCP 自身可能永远发现不了：空闲的 ESTABLISHED 连接不发送任何东西，崩溃或断网的对端不会被察觉（半开连接）。发送数据时，重传超时会暴露问题；对于空闲连接，需要 TCP keep-alive（SO_KEEPALIVE）或应用层心跳去探测对端。",
    },
    deeper: {
      en: "Linux's keep-alive defaults are slow (first probe after 2 hours: tcp_keepalive_time); servers usually lower them per socket (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT) or use TCP_USER_TIMEOUT to bound how long unacknowledged data may wait.",
      zh: "Linux 的 keep-alive 默认值很慢（空闲 2 小时后才发第一个探测：tcp_keepalive_time）；服务器通常按套接字调低（TCP_KEEPIDLE、TCP_KEEPINTVL、TCP_KEEPCNT），或用 TCP_USER_TIMEOUT 限制未确认数据最多等待多久。",
    },
    rfc: "§3.8.4",
    link: null,
  },
  {
    id: "synack-numbers",
    topic: "handshake",
    question: {
      en: `The client's ISN is ${handshake.isn.client} and the server's ${handshake.isn.server}. What are the seq and ack of the SYN,ACK?`,
      zh: `客户端的初始序号是 ${handshake.isn.client}，服务器的是 ${handshake.isn.server}。SYN,ACK 的 seq 和 ack 分别是多少？`,
    },
    answer: {
      en: `seq=${synAck?.seq} (the server's own ISN) and ack=${synAck?.ack} (the client's ISN + 1, because the SYN took one sequence number). The client then sends ACK seq=${finalAck?.seq} ack=${finalAck?.ack}.`,
      zh: `seq=${synAck?.seq}（服务器自己的初始序号），ack=${synAck?.ack}（客户端初始序号 + 1，因为 SYN 占用一个序号）。随后客户端发送 ACK seq=${finalAck?.seq} ack=${finalAck?.ack}。`,
    },
    deeper: {
      en: "The acknowledgment number is always the next sequence number expected from the peer, not the last one received. Wireshark shows relative numbers (it subtracts each side's ISN), so there the SYN,ACK reads seq 0, ack 1; tcpdump prints the SYN and SYN,ACK with their real numbers and relative ones only after that.",
      zh: "确认号总是期望从对方收到的下一个序号，而不是最后收到的序号。Wireshark 显示相对序号（减去双方各自的初始序号），所以在其中 SYN,ACK 显示为 seq 0、ack 1；tcpdump 对 SYN 和 SYN,ACK 显示真实序号，之后才显示相对序号。",
    },
    rfc: "§3.4",
    link: "/learn/handshake?step=3",
  },
  {
    id: "ack-with-data",
    topic: "handshake",
    question: { en: "How does the acknowledgment number grow when data is sent?", zh: "发送数据时，确认号如何增长？" },
    answer: {
      en: dataAck?.explain.en ?? "",
      zh: dataAck?.explain.zh ?? "",
    },
    deeper: {
      en: "Data bytes take one sequence number each; SYN and FIN take one each; a bare ACK takes none. So ack = seq of the segment received + its data length (+1 if it carries SYN or FIN).",
      zh: "每个数据字节占用一个序号；SYN 和 FIN 各占用一个；单纯的 ACK 不占用。所以 ack = 收到的报文段的 seq + 数据长度（如果带 SYN 或 FIN 再加 1）。",
    },
    rfc: "§3.4",
    link: "/learn/half-close",
  },
  {
    id: "handshake-options",
    topic: "handshake",
    question: { en: "Besides sequence numbers, what does the handshake settle?", zh: "除了序号，握手还协商了什么？" },
    answer: {
      en: "Options announced on the SYNs. The maximum segment size (MSS): each side states the largest segment it will receive, and a side that states none is sent at most 536 bytes per segment (1220 over IPv6). Window scaling and permission for selective acknowledgments (SACK): each is used only if both SYNs carry it. Timestamps: agreed the same way on the SYNs, then carried on every segment.",
      zh: "在 SYN 中声明的选项。最大报文段长度（MSS）：双方各自声明自己能接收的最大报文段，未声明的一方只会收到不超过 536 字节的报文段（IPv6 上为 1220 字节）。窗口扩大因子和是否允许选择性确认（SACK）：只有两个 SYN 都带有时才启用。时间戳：同样在 SYN 中协商，之后每个报文段都携带。",
    },
    deeper: {
      en: "This is also why a SYN cookie loses options: the server keeps no state, so what it learned from the SYN must fit in the ISN (MSS in a few bits) or in the timestamp.",
      zh: "这也是 SYN cookie 会丢失选项的原因：服务器不保存状态，从 SYN 中得知的内容必须放进初始序号（MSS 只占几位）或时间戳里。",
    },
    rfc: "§3.7.1",
    link: "/learn/handshake?step=2",
  },
  {
    id: "connect-timeout",
    topic: "edge-cases",
    question: { en: "What happens when a SYN gets no answer at all?", zh: "如果 SYN 一直得不到任何回应，会发生什么？" },
    answer: {
      en: `The client stays in SYN-SENT and its retransmission timer resends the SYN, doubling the wait each time from about ${rto.seconds} s. Linux tries net.ipv4.tcp_syn_retries times (6 by default, about two minutes in all) before connect() fails with ETIMEDOUT.`,
      zh: `客户端停在 SYN-SENT，重传计时器从大约 ${rto.seconds} 秒开始、每次加倍地重传 SYN。Linux 会重试 net.ipv4.tcp_syn_retries 次（默认 6 次，总共约两分钟），之后 connect() 以 ETIMEDOUT 失败。`,
    },
    deeper: {
      en: "No answer usually means a firewall dropped the SYN or the host is down; a RST would have meant refused. Applications set their own shorter connect timeout rather than rely on the kernel's.",
      zh: "没有回应通常意味着防火墙丢弃了 SYN 或主机已宕机；如果收到 RST 则是连接被拒绝。应用程序通常设置自己更短的连接超时，而不是依赖内核的默认值。",
    },
    rfc: "§3.8.1",
    link: "/learn/handshake?step=2",
  },
  {
    id: "four-tuple",
    topic: "operations",
    question: { en: "What identifies a TCP connection?", zh: "什么唯一标识一个 TCP 连接？" },
    answer: {
      en: "The four-tuple: local address, local port, remote address, remote port. A server's one listening port serves many connections because each client brings a different address or port; two connections may never share all four.",
      zh: "四元组：本地地址、本地端口、远端地址、远端端口。服务器的一个监听端口能服务许多连接，是因为每个客户端的地址或端口不同；两个连接的四项不能全部相同。",
    },
    deeper: {
      en: "This is also what TIME-WAIT guards: the four-tuple of a closed connection is kept for 2MSL so a new connection with the same four values cannot receive the old one's stray segments.",
      zh: "这也是 TIME-WAIT 所保护的：已关闭连接的四元组会保留 2MSL，使得拥有相同四元组的新连接不会收到旧连接残留的报文段。",
    },
    rfc: "§3.3.1",
    link: null,
  },
  {
    id: "last-ack",
    topic: "teardown",
    question: { en: "What is the passive closer waiting for in LAST-ACK?", zh: "被动关闭方在 LAST-ACK 中等待什么？" },
    answer: {
      en: `${STATE_INFO["LAST-ACK"].meaning.en} Its FIN takes a sequence number, so it must hear it acknowledged, resending the FIN until it does; then it goes straight to CLOSED, without TIME-WAIT.`,
      zh: `${STATE_INFO["LAST-ACK"].meaning.zh}它的 FIN 占用一个序号，所以必须收到确认，在此之前会不断重传 FIN；收到确认后直接进入 CLOSED，不经过 TIME-WAIT。`,
    },
    deeper: {
      en: "Only the side that sends the last ACK needs TIME-WAIT: the side in LAST-ACK knows its FIN arrived when the ACK does, so nothing of its own is left in doubt.",
      zh: "只有发送最后一个 ACK 的一方才需要 TIME-WAIT：处于 LAST-ACK 的一方收到 ACK 就知道自己的 FIN 已到达，没有任何悬而未决的事情。",
    },
    rfc: "§3.6",
    link: "/learn/teardown?step=6",
  },
  {
    id: "so-linger-zero",
    topic: "edge-cases",
    question: {
      en: "What does close() with SO_LINGER set to 0 do, and why avoid it?",
      zh: "设置 SO_LINGER 为 0 后调用 close() 会怎样？为什么应该避免？",
    },
    answer: join(
      {
        en: `It aborts: one RST, no FIN, no TIME-WAIT, and any unsent data is thrown away. On the wire: ${wire(abort)}.`,
        zh: `它会中止连接：只发一个 RST，没有 FIN，也没有 TIME-WAIT，未发送的数据被丢弃。报文顺序：${wire(abort)}。`,
      },
      sideStory(abort, "server"),
    ),
    deeper: {
      en: "People use it to avoid TIME-WAIT, but it trades a harmless state for lost data and errors on the other side, and removes TIME-WAIT's protection against old segments. Fix the cause instead (keep-alive, let the peer close first).",
      zh: "有人用它来避免 TIME-WAIT，但这是用无害的状态换来了数据丢失和对方的报错，还去掉了 TIME-WAIT 对旧报文段的保护。应该从根本上解决（保持长连接、让对方先关闭）。",
    },
    rfc: "§3.10.5",
    link: "/learn/abort",
  },
  {
    id: "msl",
    topic: "teardown",
    question: { en: "What is MSL?", zh: "什么是 MSL？" },
    answer: {
      en: "The Maximum Segment Lifetime: the longest a segment is assumed to survive in the network before it is dropped. RFC 9293 takes it as 2 minutes; TIME-WAIT lasts twice that so both a lost ACK's resent FIN and any stray segment have time to arrive or die.",
      zh: "最大报文段生存时间（Maximum Segment Lifetime）：假定一个报文段在网络中被丢弃之前最多存活的时间。RFC 9293 取 2 分钟；TIME-WAIT 持续两倍的 MSL，让丢失 ACK 之后重传的 FIN 以及任何游荡的报文段都有时间到达或消失。",
    },
    deeper: {
      en: `It is an assumption, enforced by nothing (IP's TTL counts hops, not seconds). Linux does not follow the 4 minutes: it keeps TIME-WAIT for a fixed ${msl.seconds} s.`,
      zh: `它只是一个假设，没有任何机制保证（IP 的 TTL 计的是跳数，而不是秒）。Linux 并不采用 4 分钟：它固定让 TIME-WAIT 持续 ${msl.seconds} 秒。`,
    },
    rfc: "§3.4.2",
    link: "/learn/teardown?step=7",
  },
  {
    id: "rfc-793-9293",
    topic: "operations",
    question: { en: "RFC 793 or RFC 9293: which is TCP's specification?", zh: "TCP 的规范是 RFC 793 还是 RFC 9293？" },
    answer: {
      en: "RFC 9293 (2022, Internet Standard STD 7). It obsoletes RFC 793 of 1981 and folds in forty years of updates (RFC 1122, RFC 5961, RFC 6093, RFC 6528 and others). The eleven states are RFC 793's, but its state diagram is corrected: the simultaneous-open arc from SYN-SENT to SYN-RECEIVED now sends SYN,ACK (RFC 793 labelled it 'snd ACK'), the RST arc from SYN-RECEIVED back to LISTEN is drawn, and three notes say what the figure leaves out.",
      zh: "RFC 9293（2022 年，互联网标准 STD 7）。它取代了 1981 年的 RFC 793，并整合了四十年来的更新（RFC 1122、RFC 5961、RFC 6093、RFC 6528 等）。十一个状态沿用 RFC 793，但状态图有所修正：从 SYN-SENT 到 SYN-RECEIVED 的同时打开转换现在发送 SYN,ACK（RFC 793 标为“snd ACK”），补画了从 SYN-RECEIVED 因 RST 回到 LISTEN 的转换，并用三条注释说明图中省略的内容。",
    },
    deeper: {
      en: "Quoting RFC 9293 in an interview shows current knowledge; quoting 793 is not wrong about the states, but misses rules such as challenge ACKs and ISN generation.",
      zh: "面试中引用 RFC 9293 能体现知识是最新的；引用 793 在状态机上并没有错，但会漏掉挑战 ACK、初始序号生成等规则。",
    },
    rfc: "§1",
    link: null,
  },
  {
    id: "tcpdump-flags",
    topic: "operations",
    question: { en: "How do the handshake and teardown look in tcpdump?", zh: "握手和挥手在 tcpdump 中是什么样子？" },
    answer: {
      en: `tcpdump writes flags as letters: S is SYN, . is ACK, F is FIN, R is RST, P is PUSH. The handshake reads [S], [S.], [.]; the teardown [F.], [.], [F.], [.] (or [F.], [F.], [.] when the second FIN rides on the ACK). SynAck's model gives the same: ${wire(handshake)}; then ${wire(teardown)}.`,
      zh: `tcpdump 用字母表示标志位：S 为 SYN，. 为 ACK，F 为 FIN，R 为 RST，P 为 PUSH。握手显示为 [S]、[S.]、[.]；挥手为 [F.]、[.]、[F.]、[.]（当第二个 FIN 与 ACK 合并时为 [F.]、[F.]、[.]）。SynAck 的模型给出同样的顺序：${wire(handshake)}；随后 ${wire(teardown)}。`,
    },
    deeper: {
      en: "Use tcpdump -S for absolute sequence numbers; by default it shows them relative to the ISN after the first segment. A FIN from Linux always carries ACK, hence [F.].",
      zh: "用 tcpdump -S 显示绝对序号；默认情况下它在第一个报文段之后显示相对于初始序号的值。Linux 发出的 FIN 总是带着 ACK，所以显示为 [F.]。",
    },
    rfc: "§3.1",
    link: "/learn/teardown",
  },
  {
    id: "tfo",
    topic: "handshake",
    question: { en: "Can data be sent in the SYN?", zh: "可以在 SYN 中携带数据吗？" },
    answer: {
      en: "RFC 9293 allows it but the data may not be delivered until the handshake completes. TCP Fast Open (RFC 7413) makes it useful: a client that got a cookie from the server before sends it with data in the SYN, and the server can pass the data to the application at once, saving a round trip.",
      zh: "RFC 9293 允许，但在握手完成之前数据可能不会交给应用。TCP Fast Open（RFC 7413）让它变得实用：之前从服务器获得过 cookie 的客户端，在 SYN 中携带 cookie 和数据，服务器可以立即把数据交给应用程序，节省一个往返时间。",
    },
    deeper: {
      en: "The cookie proves the client owns its address, so Fast Open does not reopen the SYN-flood door; the data must be safe to replay, since a duplicate SYN could deliver it twice.",
      zh: "cookie 证明客户端确实拥有它的地址，所以 Fast Open 不会重新打开 SYN 洪泛的口子；但数据必须可以安全地重放，因为重复的 SYN 可能让它被交付两次。",
    },
    rfc: "§3.5",
    link: "/learn/handshake?step=2",
  },
  {
    id: "window-basics",
    topic: "handshake",
    question: {
      en: "What is the window in a TCP header, and how does it relate to the handshake?",
      zh: "TCP 首部中的窗口是什么？它和握手有什么关系？",
    },
    answer: {
      en: "The receive window: how many bytes beyond the acknowledgment number the sender of the segment is ready to take. Each side announces its first window in its SYN; window scaling, agreed only in the SYNs, multiplies it so windows can exceed 64 KB.",
      zh: "接收窗口：发送该报文段的一方还能接收多少字节（从确认号算起）。双方在各自的 SYN 中声明初始窗口；窗口扩大选项只能在 SYN 中协商，用来放大窗口，使其可以超过 64 KB。",
    },
    deeper: {
      en: "A window of zero stops the sender (flow control) while the connection stays ESTABLISHED; the sender probes it periodically. Flow control is separate from the state machine: no state changes because of the window.",
      zh: "窗口为零会让发送方停止发送（流量控制），而连接仍处于 ESTABLISHED；发送方会定期探测窗口。流量控制与状态机无关：窗口不会引起任何状态变化。",
    },
    rfc: "§3.8.6",
    link: null,
  },
];

export const BANK: readonly InterviewQuestion[] = [...CLASSIC, ...FAILURES, ...LINUX_LIMITS];
