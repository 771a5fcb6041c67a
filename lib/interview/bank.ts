// The classic interview questions with model answers: short enough to say aloud, a part that goes deeper, and the
// RFC 9293 section. Where an answer states what the protocol does, the sentence is built from lib/tcp.
import { STATE_INFO, type Text, TIMER_INFO } from "@/lib/tcp";
import { sideStory, traceOf, wire } from "./story";

export type InterviewTopic = "handshake" | "teardown" | "edge-cases" | "operations";

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
};

const join = (...parts: Text[]): Text => ({
  en: parts.map((p) => p.en).join(" "),
  zh: parts.map((p) => p.zh).join(""),
});

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

export const BANK: readonly InterviewQuestion[] = [
  {
    id: "handshake-states",
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
      en: "This is the first reason TIME-WAIT exists. A side that skipped it (closing with SO_LINGER 0, or a stack that reuses the port at once) would answer the resent FIN with a RST, and the peer would report an error for a connection that closed cleanly.",
      zh: "这正是 TIME-WAIT 存在的第一个原因。跳过它的一方（例如设置 SO_LINGER 为 0 关闭，或立即重用端口的协议栈）会用 RST 回应重传的 FIN，对方就会为一个本已正常关闭的连接报告错误。",
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
      en: "No kernel setting ends CLOSE-WAIT, because the kernel must not close a socket the application still holds. Restarting the process frees them but hides the leak; a file-descriptor limit (EMFILE) is often the first visible symptom.",
      zh: "没有任何内核参数能结束 CLOSE-WAIT，因为内核不能关闭应用程序仍然持有的套接字。重启进程可以释放它们，但会掩盖泄漏；文件描述符耗尽（EMFILE）往往是最先出现的症状。",
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
      en: "An attacker sends many SYNs from fake addresses and never completes the handshake. Each one leaves a half-open connection in SYN-RECEIVED on the server until the queue is full and real clients are refused. With SYN cookies the server keeps nothing: it encodes what it needs in the ISN of its SYN,ACK and rebuilds the connection from the ACK's acknowledgment number.",
      zh: "攻击者从伪造的地址发送大量 SYN，却从不完成握手。每个 SYN 都会在服务器上留下一个处于 SYN-RECEIVED 的半连接，直到队列占满，真正的客户端被拒绝。使用 SYN cookie 时服务器不保存任何状态：把需要的信息编码进 SYN,ACK 的初始序号里，收到 ACK 时再根据确认号重建连接。",
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
      en: "A RST is sent for a segment that belongs to no connection (a SYN to a closed port: connection refused), by close() with SO_LINGER 0, or when data arrives for a socket already closed. A RST is only accepted if its sequence number is in the receive window (RFC 5961 tightens this against blind attacks).",
      zh: "以下情况会发送 RST：报文段不属于任何连接（发往未监听端口的 SYN，即连接被拒绝）、设置 SO_LINGER 为 0 后 close()、数据到达一个已关闭的套接字。只有序号落在接收窗口内的 RST 才会被接受（RFC 5961 进一步收紧以防盲攻击）。",
    },
    rfc: "§3.5.2",
    link: "/learn/abort",
  },
  {
    id: "simultaneous-open",
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
      en: "CLOSING is the state only a simultaneous close reaches: our FIN is out and the peer's has arrived, but ours is not yet acknowledged.",
      zh: "只有同时关闭才会进入 CLOSING 状态：自己的 FIN 已发出，对方的 FIN 已到达，但自己的 FIN 还没有被确认。",
    },
    rfc: "§3.6",
    link: "/learn/simultaneous-close",
  },
  {
    id: "connection-refused",
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
];
