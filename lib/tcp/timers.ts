// The two timers the handshake and teardown wait on, and how long real stacks let them run.
import type { Timer } from "./connection";
import type { Text } from "./states";

export type TimerInfo = {
  timer: Timer;
  name: Text;
  /** What expiring does. */
  onExpiry: Text;
  /** A typical first duration in seconds, and where that figure comes from. */
  seconds: number;
  source: Text;
};

export const TIMER_INFO: Record<Timer, TimerInfo> = {
  RTO: {
    timer: "RTO",
    name: { en: "Retransmission timer", zh: "重传计时器" },
    onExpiry: {
      en: "resends the oldest unacknowledged segment",
      zh: "重传最早一个未被确认的报文段",
    },
    // RFC 6298 §2.1: the initial RTO is 1 second (Linux: TCP_TIMEOUT_INIT), doubling on each expiry.
    seconds: 1,
    source: { en: "RFC 6298 §2.1 (Linux TCP_TIMEOUT_INIT)", zh: "RFC 6298 §2.1（Linux 的 TCP_TIMEOUT_INIT）" },
  },
  "2MSL": {
    timer: "2MSL",
    name: { en: "TIME-WAIT timer (2MSL)", zh: "TIME-WAIT 计时器（2MSL）" },
    onExpiry: {
      en: "deletes the connection: any old duplicate has died out",
      zh: "删除连接：网络中残留的旧报文段都已消失",
    },
    // RFC 9293 §3.4.2 takes MSL as 2 minutes; Linux waits a fixed 60 s (TCP_TIMEWAIT_LEN).
    seconds: 60,
    source: {
      en: "Linux TCP_TIMEWAIT_LEN (RFC 9293 §3.4.2 suggests MSL = 2 min, so 2MSL = 4 min)",
      zh: "Linux 的 TCP_TIMEWAIT_LEN（RFC 9293 §3.4.2 建议 MSL 取 2 分钟，即 2MSL 为 4 分钟）",
    },
  },
};
