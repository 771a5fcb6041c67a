// What a learner is told when a file cannot be read as a capture: one sentence saying what is wrong and what to do.
import type { Text } from "@/lib/tcp";

export type CaptureProblem =
  | { code: "not-a-capture" }
  | { code: "truncated"; offset?: number }
  | { code: "unsupported-link-type"; linkType?: number }
  | { code: "corrupt"; offset?: number }
  | { code: "too-big"; bytes: number; limit: number }
  | { code: "empty" };

const MB = 1024 * 1024;

/** The sentence for a problem, in both languages. */
export function problemText(problem: CaptureProblem): Text {
  switch (problem.code) {
    case "not-a-capture":
      return {
        en: "This is not a packet capture: SynAck reads .pcap and .pcapng files, as tcpdump -w and Wireshark save them.",
        zh: "这不是抓包文件：SynAck 读取 tcpdump -w 和 Wireshark 保存的 .pcap 与 .pcapng 文件。",
      };
    case "truncated":
      return {
        en: "The file ends in the middle of a packet: it was cut off (a copy that did not finish, or tcpdump stopped without flushing). Capture again, or open what Wireshark can save of it.",
        zh: "文件在某个数据包中间结束：它被截断了（复制没有完成，或 tcpdump 没有写完就停止了）。请重新抓包，或用 Wireshark 另存其中可读的部分。",
      };
    case "unsupported-link-type":
      return {
        en: `The capture's link type${problem.linkType === undefined ? "" : ` (${problem.linkType})`} is not one SynAck reads: it reads Ethernet, raw IP, Linux cooked captures (tcpdump -i any) and BSD loopback.`,
        zh: `该抓包的链路类型${problem.linkType === undefined ? "" : `（${problem.linkType}）`}不是 SynAck 能读取的：它支持以太网、原始 IP、Linux cooked 抓包（tcpdump -i any）和 BSD 环回。`,
      };
    case "corrupt":
      return {
        en: "The file is damaged: a record's length makes no sense. Open it in Wireshark to see where, or capture again.",
        zh: "文件已损坏：某条记录的长度不合理。可以用 Wireshark 打开查看出错位置，或重新抓包。",
      };
    case "too-big":
      return {
        en: `The file is ${Math.ceil(problem.bytes / MB)} MB, more than the ${problem.limit / MB} MB a browser tab can explain. Cut it to one connection (tcpdump -r file -w small.pcap 'port 80'), or run npm run -s cli -- capture on it.`,
        zh: `文件有 ${Math.ceil(problem.bytes / MB)} MB，超过了浏览器标签页能处理的 ${problem.limit / MB} MB。请截取出一个连接（tcpdump -r file -w small.pcap 'port 80'），或对它运行 npm run -s cli -- capture。`,
      };
    case "empty":
      return {
        en: "The file is empty: it holds no packets. Capture while the connection runs (tcpdump -i any -w file.pcap port 80).",
        zh: "文件是空的：其中没有任何数据包。请在连接进行时抓包（tcpdump -i any -w file.pcap port 80）。",
      };
  }
}
