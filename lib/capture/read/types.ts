// The shapes the capture reader hands out: one TCP packet, and what it counted of the whole file.

/** One TCP segment as a capture file holds it, with its headers' raw numbers. */
export type TcpPacket = {
  /** 1-based number of the record in the file, counting every packet record (TCP or not), as tshark numbers frames. */
  frame: number;
  /** Capture time in seconds since the Unix epoch, at the file's resolution as far as a double holds it. */
  time: number;
  ipVersion: 4 | 6;
  /** IPv4 dotted; IPv6 in RFC 5952 form (lowercase, "::" for the longest run of zero groups, ::ffff:a.b.c.d). */
  src: string;
  dst: string;
  srcPort: number;
  dstPort: number;
  /** The TCP flags byte: FIN 0x01 SYN 0x02 RST 0x04 PSH 0x08 ACK 0x10 URG 0x20 ECE 0x40 CWR 0x80. */
  flags: number;
  /** The raw 32-bit sequence and acknowledgment numbers (ack as written, even when ACK is off). */
  seq: number;
  ack: number;
  /** Payload length from the IP header's lengths, not the captured bytes: a packet cut by the snap length keeps it. */
  len: number;
  /** The raw window field, unscaled; 0 when the capture cut the header before it. */
  window: number;
  /** The window scale option's shift count, when the option is in the captured bytes. */
  windowScale: number | null;
  /** The MSS option, when it is in the captured bytes. */
  mss: number | null;
  /** Fewer bytes captured than were sent (the snap length), or the TCP header itself is cut short. */
  truncated: boolean;
};

export type CaptureFormat = "pcap" | "pcapng";

/** What the reader has seen so far; packets = tcp + skipped + cut. */
export type CaptureStats = {
  /** null until the first four bytes are read. */
  format: CaptureFormat | null;
  /**
   * Frames read: every packet record, TCP or not, and the pcapng blocks Wireshark also numbers as frames (systemd
   * journal entries, custom blocks), so that frame numbers are tshark's.
   */
  packets: number;
  /** TCP packets reported. */
  tcp: number;
  /** Frames that are not TCP over IPv4/IPv6 (ARP, UDP, ICMP, later IP fragments, malformed headers, journal entries). */
  skipped: number;
  /** Packets the snap length cut before the TCP sequence, acknowledgment and flags. */
  cut: number;
  /** Bytes pushed into the reader. */
  bytes: number;
  /** The link types the file declares (pcap's header, pcapng's interfaces), each once, in the order first seen. */
  linkTypes: number[];
};
