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
];
