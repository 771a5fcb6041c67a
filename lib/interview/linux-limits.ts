// Interview questions about running TCP on Linux: the limits and switches (sysctls) around TIME-WAIT, the accept
// queue, retransmission and keep-alive, and where Linux departs from RFC 9293. The states named are the model's.
import { findTransition, type Step, TIMER_INFO, type Trace } from "@/lib/tcp";
import type { InterviewQuestion } from "./bank";
import { statesOf, traceOf } from "./story";

const lostStep = (trace: Trace): Step => {
  const step = trace.steps.find((s) => s.lost);
  if (!step) throw new Error(`The model loses no segment in ${trace.id}.`);
  return step;
};

const msl = TIMER_INFO["2MSL"];
const handshake = traceOf("handshake");
const teardown = traceOf("teardown");
/** Where each closer waits while its FIN goes unacknowledged. */
const firstFinWait = lostStep(traceOf("teardown-lost-fin")).states.client;
const secondFinWait = lostStep(traceOf("teardown-lost-second-fin")).states.server;
/** What a FIN resent after a lost last ACK meets when the other side kept no TIME-WAIT. */
const finToNobody = findTransition("CLOSED", "rcv FIN");
const activeClose = statesOf(teardown, "client");
const passiveClose = statesOf(teardown, "server");
const accepted = statesOf(handshake, "server").at(-1);

export const LINUX_LIMITS: readonly InterviewQuestion[] = [
  {
    id: "orphan-retries",
    topic: "operations",
    question: {
      en: "After the application calls close(), who resends a FIN the peer never acknowledges, and for how long? What is tcp_orphan_retries?",
      zh: "应用程序调用 close() 之后，对方一直不确认的 FIN 由谁重传、重传多久？tcp_orphan_retries 是什么？",
    },
    answer: {
      en: `The kernel does. A socket closed by its application, with no descriptor left, is an orphan; it stays in ${firstFinWait} (or ${secondFinWait}, for the side that closed second) and resends its FIN with a doubling timeout, just as before close(). Linux stops after net.ipv4.tcp_orphan_retries retransmissions instead of net.ipv4.tcp_retries2: its default, 0, is read as 8 (over 100 s with Linux's minimum timeout of 200 ms). Then the connection is dropped.`,
      zh: `由内核重传。被应用程序关闭、已经没有文件描述符的套接字称为孤儿套接字；它停在 ${firstFinWait}（后关闭的一方则是 ${secondFinWait}），像 close() 之前一样以加倍的超时重传 FIN。Linux 对它使用 net.ipv4.tcp_orphan_retries 而不是 net.ipv4.tcp_retries2 作为重传上限：默认值 0 被当作 8 次（在 Linux 最小超时 200 毫秒下超过 100 秒）。之后连接被丢弃。`,
    },
    deeper: {
      en: "RFC 9293 has no such limit: it retransmits until its R2 threshold or the user timeout closes the connection (§3.8.3). Linux cuts orphans short because they belong to no process and a busy server can collect many; net.ipv4.tcp_max_orphans caps how many may exist, and beyond it Linux resets them. An orphan in FIN-WAIT-2 has no FIN left to resend: net.ipv4.tcp_fin_timeout ends it instead.",
      zh: "RFC 9293 没有这样的限制：它会一直重传，直到达到 R2 阈值或用户超时而关闭连接（§3.8.3）。Linux 缩短孤儿套接字的寿命，是因为它们不属于任何进程，繁忙的服务器可能积累很多；net.ipv4.tcp_max_orphans 限制它们的总数，超过时 Linux 会重置它们。处于 FIN-WAIT-2 的孤儿套接字已经没有 FIN 需要重传，由 net.ipv4.tcp_fin_timeout 来结束它。",
    },
    rfc: "§3.8.3",
    link: "/learn/teardown-lost-fin",
  },
  {
    id: "tw-buckets",
    topic: "operations",
    question: {
      en: "What does net.ipv4.tcp_max_tw_buckets do, and what happens when it is reached?",
      zh: "net.ipv4.tcp_max_tw_buckets 有什么作用？达到上限时会发生什么？",
    },
    answer: {
      en: `It caps how many sockets Linux keeps in TIME-WAIT at once. A connection that closes beyond the cap skips TIME-WAIT: its socket is destroyed at once instead of waiting ${msl.seconds} s, and the TcpExtTCPTimeWaitOverflow counter (nstat) goes up. The close itself is clean; what is lost is TIME-WAIT's protection: if the last ACK was lost, the peer's resent FIN meets no connection and gets a ${finToNobody?.send} instead of an ACK, and nothing keeps the old connection's stray segments out of a new one on the same four-tuple.`,
      zh: `它限制 Linux 同时保留的 TIME-WAIT 套接字数量。超过上限后关闭的连接会跳过 TIME-WAIT：套接字立即被销毁，而不是等待 ${msl.seconds} 秒，计数器 TcpExtTCPTimeWaitOverflow（nstat）随之增加。关闭本身是正常的；失去的是 TIME-WAIT 的保护：如果最后一个 ACK 丢失，对方重传的 FIN 到达时连接已不存在，得到的是 ${finToNobody?.send} 而不是 ACK；同一个四元组上的新连接也不再能挡住旧连接残留的报文段。`,
    },
    deeper: {
      en: "Its default is set from the size of the kernel's connection hash table, so it grows with memory. The kernel documentation says the limit exists only against simple denial-of-service attacks: do not lower it, raise it (with memory) if the traffic needs more. RFC 9293 has no such limit. Hitting it usually means reusing connections (keep-alive, pools) would help more.",
      zh: "它的默认值根据内核连接哈希表的大小设定，因此随内存增大。内核文档说这个上限只是为了抵御简单的拒绝服务攻击：不要调低它，如果流量需要，应在增加内存后调高。RFC 9293 没有这样的上限。达到上限通常说明复用连接（keep-alive、连接池）会更有效。",
    },
    rfc: "§3.6",
    link: "/learn/teardown-lost-ack",
  },
  {
    id: "tw-reuse",
    topic: "operations",
    question: {
      en: "What does net.ipv4.tcp_tw_reuse do, and why is it not enabled for all traffic by default?",
      zh: "net.ipv4.tcp_tw_reuse 有什么作用？为什么默认不对所有流量开启？",
    },
    answer: {
      en: "It lets connect() take a local port whose earlier connection to the same remote address and port is still in TIME-WAIT, reusing that four-tuple early, instead of failing with EADDRNOTAVAIL when a client runs out of ephemeral ports. It applies only to outgoing connections, and only when the old connection used TCP timestamps and about a second has passed: timestamps (PAWS, RFC 7323) are what lets the new connection reject the old one's delayed segments. It takes 0 (off), 1 (on) or 2 (loopback connections only); the default is 2, so it is not enabled for other traffic.",
      zh: "它允许 connect() 使用一个本地端口，即使该端口上连向同一远端地址和端口的旧连接仍处于 TIME-WAIT，从而提前复用这个四元组，而不是在客户端的临时端口耗尽时以 EADDRNOTAVAIL 失败。它只作用于主动发起的连接，并且要求旧连接使用了 TCP 时间戳、且已过去大约一秒：正是时间戳（PAWS，RFC 7323）让新连接能拒绝旧连接迟到的报文段。它的取值为 0（关闭）、1（开启）或 2（仅限回环连接）；默认值为 2，所以对其他流量并未开启。",
    },
    deeper: {
      en: "Reuse gives up TIME-WAIT's guarantee and leans on timestamps instead. On loopback both ends are the same kernel and nothing is lost on the way, so it is safe there. Elsewhere the peer may still be in LAST-ACK because our last ACK was lost: the new SYN is then answered for the old connection, and the handshake needs a RST and a retry. The kernel documentation says to change it only on expert advice. It does nothing for connections a server accept()s; tcp_tw_recycle, which did, was removed in Linux 4.12.",
      zh: "复用放弃了 TIME-WAIT 的保证，改为依赖时间戳。在回环接口上，两端是同一个内核，途中也不会丢包，所以是安全的。在其他情况下，对方可能因为我们最后的 ACK 丢失而仍处于 LAST-ACK：新的 SYN 会得到针对旧连接的回应，握手需要一次 RST 和一次重试才能完成。内核文档说只有在专家建议下才应修改它。它对服务器 accept() 得到的连接不起作用；曾经对此起作用的 tcp_tw_recycle 已在 Linux 4.12 中删除。",
    },
    rfc: "§3.6",
    link: "/learn/teardown-lost-ack",
  },
  {
    id: "somaxconn",
    topic: "operations",
    question: {
      en: "What is net.core.somaxconn, and what backlog does listen(fd, 1024) really get?",
      zh: "net.core.somaxconn 是什么？listen(fd, 1024) 实际得到的 backlog 是多少？",
    },
    answer: {
      en: `The kernel caps every backlog: the accept queue's limit is min(backlog, net.core.somaxconn). Since Linux 5.4 somaxconn defaults to 4096, so listen(fd, 1024) gets 1024; before, it was 128, and the same call silently got 128. The queue holds connections already ${accepted}, waiting for accept(). ss -lnt shows a LISTEN socket's limit in Send-Q and the connections waiting in Recv-Q.`,
      zh: `内核会限制所有的 backlog：全连接队列的上限是 min(backlog, net.core.somaxconn)。从 Linux 5.4 起 somaxconn 默认为 4096，所以 listen(fd, 1024) 得到 1024；在此之前默认是 128，同样的调用会被悄悄截成 128。这个队列存放已经 ${accepted}、等待 accept() 的连接。ss -lnt 在 LISTEN 套接字的 Send-Q 中显示上限，在 Recv-Q 中显示正在等待的连接数。`,
    },
    deeper: {
      en: "The SYN queue, of connections still in SYN-RECEIVED, has limits of its own, among them net.ipv4.tcp_max_syn_backlog, and SYN cookies take over when it overflows. RFC 9293 has no backlog at all: it belongs to the sockets API. A program that asks for more than somaxconn gets somaxconn without a word, so raising the backlog in its configuration does nothing until somaxconn is raised too.",
      zh: "半连接队列（仍处于 SYN-RECEIVED 的连接）有自己的上限，其中之一是 net.ipv4.tcp_max_syn_backlog，溢出时由 SYN cookie 接手。RFC 9293 里根本没有 backlog：它属于套接字 API。程序请求的值超过 somaxconn 时只会悄悄得到 somaxconn，所以只在程序配置里调大 backlog 没有用，必须同时调大 somaxconn。",
    },
    rfc: "§3.10.7.2",
    link: "/learn/handshake?step=5",
  },
  {
    id: "tcp-retries2",
    topic: "operations",
    question: {
      en: "How long does Linux retransmit unacknowledged data before it gives up on a connection?",
      zh: "Linux 会重传未被确认的数据多久，才放弃一个连接？",
    },
    answer: {
      en: "Until net.ipv4.tcp_retries2 retransmissions have gone unanswered: 15 by default. The timeout doubles each time (from at least 200 ms, capped at 120 s), so 15 retries take at least 924.6 s, about 15 minutes; then the connection is dropped and the application's next call fails with ETIMEDOUT. The connection stays ESTABLISHED all that time: retransmitting changes no state.",
      zh: "直到连续 net.ipv4.tcp_retries2 次重传都没有得到回应：默认 15 次。超时每次加倍（最少 200 毫秒起，最多 120 秒），所以 15 次重传至少需要 924.6 秒，约 15 分钟；之后连接被丢弃，应用程序的下一次调用以 ETIMEDOUT 失败。在这段时间里连接一直处于 ESTABLISHED：重传不会改变状态。",
    },
    deeper: {
      en: "RFC 9293 §3.8.3 sets two thresholds: at R1 (at least 3 retransmissions) TCP asks IP to check its route (Linux: net.ipv4.tcp_retries1, 3), at R2 (at least 100 s) it closes the connection. For a SYN, R2 must cover at least 3 minutes, but Linux's net.ipv4.tcp_syn_retries (6) gives up after about 127 s: there Linux differs from the RFC. TCP_USER_TIMEOUT (RFC 5482) sets the limit per socket, in milliseconds.",
      zh: "RFC 9293 §3.8.3 规定了两个阈值：达到 R1（至少 3 次重传）时 TCP 请 IP 层检查路由（Linux 为 net.ipv4.tcp_retries1，默认 3），达到 R2（至少 100 秒）时关闭连接。对于 SYN，R2 必须覆盖至少 3 分钟，但 Linux 的 net.ipv4.tcp_syn_retries（默认 6）大约 127 秒后就放弃：这里 Linux 与 RFC 不同。TCP_USER_TIMEOUT（RFC 5482）可以按套接字设置这一上限，单位为毫秒。",
    },
    rfc: "§3.8.3",
    link: null,
  },
  {
    id: "keepalive-vs-http",
    topic: "operations",
    question: {
      en: "TCP keepalive and HTTP keep-alive: what is each, and which side collects the TIME-WAIT sockets?",
      zh: "TCP keepalive 和 HTTP keep-alive 分别是什么？TIME-WAIT 套接字会积累在哪一方？",
    },
    answer: {
      en: `TCP keepalive probes an idle connection: with SO_KEEPALIVE set, after net.ipv4.tcp_keepalive_time (7200 s) of silence TCP sends a probe the peer must acknowledge, repeats it every tcp_keepalive_intvl (75 s), and after tcp_keepalive_probes (9) unanswered ones drops the connection. HTTP keep-alive is something else: persistent connections, several requests over one TCP connection instead of one connection each (the default since HTTP/1.1). TIME-WAIT goes to whichever side closes first, whatever its role: ${activeClose.join(" → ")}; the other side goes ${passiveClose.join(" → ")}, with no TIME-WAIT.`,
      zh: `TCP keepalive 用于探测空闲连接：设置 SO_KEEPALIVE 后，连接静默 net.ipv4.tcp_keepalive_time（7200 秒）后 TCP 发送一个对方必须确认的探测报文，每隔 tcp_keepalive_intvl（75 秒）重复一次，连续 tcp_keepalive_probes（9）次没有回应就丢弃连接。HTTP keep-alive 是另一回事：持久连接，即在一个 TCP 连接上发送多个请求，而不是每个请求建立一个连接（HTTP/1.1 起默认如此）。TIME-WAIT 属于先关闭的一方，与它是客户端还是服务器无关：${activeClose.join(" → ")}；另一方为 ${passiveClose.join(" → ")}，不经过 TIME-WAIT。`,
    },
    deeper: {
      en: "With HTTP keep-alive the server usually closes a connection left idle past its timeout, so the server collects the TIME-WAIT sockets; a client that closes when it is done keeps them itself, and a pool that reuses connections makes fewer for both. RFC 9293 §3.8.4 makes TCP keep-alives optional, off by default, with a default interval of no less than two hours; the probe carries SEG.SEQ = SND.NXT − 1, an old sequence number, so the peer answers with an ACK.",
      zh: "使用 HTTP keep-alive 时，服务器通常会关闭空闲超时的连接，所以 TIME-WAIT 套接字积累在服务器上；用完就关闭连接的客户端则自己承担它们，复用连接的连接池让双方的 TIME-WAIT 都更少。RFC 9293 §3.8.4 规定 TCP keep-alive 是可选的、默认关闭，默认间隔不少于两小时；探测报文的 SEG.SEQ = SND.NXT − 1，是一个旧序号，所以对方会回复 ACK。",
    },
    rfc: "§3.8.4",
    link: "/learn/teardown",
  },
];
