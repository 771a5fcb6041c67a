// The sample captures in public/captures, recorded from real Linux sockets (tests/kernel/record_captures.py), for a
// learner without a capture of their own. tests/capture checks each against the states Linux showed.
import type { Text } from "@/lib/tcp";

export type Sample = { file: string; title: Text; summary: Text };

export const SAMPLES: readonly Sample[] = [
  {
    file: "handshake-data-client-close.pcap",
    title: { en: "Handshake, data, the client closes", zh: "握手、数据、客户端先关闭" },
    summary: {
      en: "The three-way handshake, a request and a reply, and the four-way teardown begun by the client.",
      zh: "三次握手、一次请求与应答，以及由客户端发起的四次挥手。",
    },
  },
  {
    file: "server-closes-first.pcap",
    title: { en: "The server closes first", zh: "服务器先关闭" },
    summary: {
      en: "The same connection with the roles of the teardown swapped: the server ends up in TIME-WAIT.",
      zh: "同样的连接，但挥手的角色互换：TIME-WAIT 落在服务器一侧。",
    },
  },
  {
    file: "half-close.pcap",
    title: { en: "A half-close", zh: "半关闭" },
    summary: {
      en: "The client shuts down its sending side; the server still sends data before it closes.",
      zh: "客户端关闭发送方向；服务器在关闭之前仍继续发送数据。",
    },
  },
  {
    file: "simultaneous-close.pcap",
    title: { en: "A simultaneous close", zh: "同时关闭" },
    summary: {
      en: "Both FINs cross on the wire: both sides go through CLOSING to TIME-WAIT.",
      zh: "两个 FIN 在线路上交错：双方都经过 CLOSING 进入 TIME-WAIT。",
    },
  },
  {
    file: "refused.pcap",
    title: { en: "A connection refused", zh: "连接被拒绝" },
    summary: {
      en: "A SYN to a port nobody listens on, answered with RST,ACK.",
      zh: "发往无人监听端口的 SYN，被 RST,ACK 回应。",
    },
  },
  {
    file: "abort.pcap",
    title: { en: "An abort", zh: "中止连接" },
    summary: {
      en: "close() with SO_LINGER 0: a RST instead of a FIN, and no TIME-WAIT.",
      zh: "把 SO_LINGER 设为 0 后调用 close()：发送 RST 而不是 FIN，也没有 TIME-WAIT。",
    },
  },
  {
    file: "lost-syn.pcap",
    title: { en: "A lost SYN", zh: "SYN 丢失" },
    summary: {
      en: "The first SYN never arrives; the client sends it again a second later.",
      zh: "第一个 SYN 没有到达；一秒后客户端重发它。",
    },
  },
  {
    file: "lost-final-ack.pcap",
    title: { en: "A lost final ACK", zh: "最后的 ACK 丢失" },
    summary: {
      en: "The last ACK of the teardown is lost: the server resends its FIN from LAST-ACK, and TIME-WAIT answers it.",
      zh: "挥手的最后一个 ACK 丢失：服务器在 LAST-ACK 状态重发 FIN，由 TIME-WAIT 一方再次确认。",
    },
  },
  {
    file: "retransmitted-data.pcap",
    title: { en: "Data retransmitted", zh: "数据重传" },
    summary: {
      en: "A data segment is lost and sent again when the retransmission timer expires.",
      zh: "一个数据报文段丢失，重传计时器超时后再次发送。",
    },
  },
  {
    file: "out-of-order.pcap",
    title: { en: "Out of order", zh: "乱序到达" },
    summary: {
      en: "The first of three data segments is lost: the other two wait beyond RCV.NXT until it is sent again, and one ACK covers all three.",
      zh: "三个数据报文段中的第一个丢失：另外两个超出 RCV.NXT，暂存到它重传之后，一个 ACK 确认全部三个。",
    },
  },
  {
    file: "ipv6.pcap",
    title: { en: "Over IPv6", zh: "IPv6 上的连接" },
    summary: { en: "A whole connection on ::1.", zh: "在 ::1 上的一个完整连接。" },
  },
  {
    file: "any-interface.pcap",
    title: { en: "tcpdump -i any", zh: "在所有接口上抓包" },
    summary: {
      en: "A Linux cooked capture, as tcpdump writes when it listens on every interface.",
      zh: "Linux cooked 格式的抓包，即 tcpdump 监听所有接口时写出的格式。",
    },
  },
  {
    file: "pcapng.pcapng",
    title: { en: "A pcapng file", zh: "pcapng 文件" },
    summary: {
      en: "A connection saved in pcapng, the format Wireshark writes.",
      zh: "以 Wireshark 默认的 pcapng 格式保存的连接。",
    },
  },
];
