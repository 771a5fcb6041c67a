#!/usr/bin/env python3
"""Drives real Linux TCP sockets through one SynAck scenario, inside a private network namespace.

Run as root with `ip netns exec <ns> python3 driver.py <scenario>`. It opens a client socket on port 40001
and a server socket on port 40002 of 127.0.0.1, uses nftables rules (in the namespace) to drop chosen
segments so each state lasts long enough to be seen, replays captured segments with a raw socket when two
segments must cross on the wire (simultaneous open and close), and samples both sockets' states from
/proc/net/tcp. It prints one JSON object: {"observed": [[client_hex, server_hex], ...], "settled": [...],
"segments": [[side, flags, seq, ack, len], ...]} with "--" for no socket (CLOSED): every pair seen, the pairs
that held still long enough to be a consistent snapshot (a scan of /proc/net/tcp is not atomic across sockets),
and every segment the kernel sent, in order (before any drop rule: a segment the scenario loses is sent all the
same). It does not know the expected answer: the TypeScript test compares what it saw with lib/tcp's engine.
"""
import json
import socket
import struct
import subprocess
import sys
import threading
import time

HOST = "127.0.0.1"
CPORT, SPORT = 40001, 40002
KERNEL_TTL = 64  # segments the kernel sends; replayed ones carry 63 so the drop rules let them through
FLAGS = {"fin": 0x01, "syn": 0x02, "rst": 0x04, "psh": 0x08, "ack": 0x10}


def nft(rules):
    """Replace the namespace's drop rules. Each rule is (flags that must be set exactly, destination port)."""
    lines = ["table inet synack", "delete table inet synack", "table inet synack {",
             "  chain pre { type filter hook prerouting priority -300; policy accept;"]
    for flags, dport in rules:
        mask = "fin|syn|rst|psh|ack"
        lines.append(f"    ip ttl {KERNEL_TTL} tcp dport {dport} tcp flags & ({mask}) == {flags} drop")
    lines += ["  }", "}"]
    subprocess.run(["nft", "-f", "-"], input="\n".join(lines) + "\n", text=True, check=True)


def states():
    """(client, server) states from /proc/net/tcp as hex codes, or '--' when there is no socket."""
    client = server_conn = listener = "--"
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            fields = line.split()
            lport = int(fields[1].split(":")[1], 16)
            rport = int(fields[2].split(":")[1], 16)
            st = fields[3]
            if lport == CPORT and rport == SPORT:
                client = st
            elif lport == SPORT and rport == CPORT:
                server_conn = st
            elif lport == SPORT and rport == 0 and st == "0A":
                listener = st
    return client, server_conn, listener


class Observer:
    def __init__(self):
        self.observed = []  # every change seen, for each endpoint's own sequence of states
        self.settled = []  # pairs that held still: consistent snapshots, for the order across endpoints
        self.seen_server_connection = False
        # Where the server listens again after its connection is gone (a half-open connection reset), its state
        # is the listener's once more.
        self.listens_again = False

    def sample(self):
        client, conn, listener = states()
        if conn != "--":
            self.seen_server_connection = True
        if self.listens_again and conn == "--":
            server = listener
        else:
            server = conn if self.seen_server_connection else listener
        pair = [client, server]
        if not self.observed or self.observed[-1] != pair:
            self.observed.append(pair)
        return pair

    def settle(self, quiet=0.25, limit=5.0):
        """Sample until nothing has changed for `quiet` seconds."""
        end = time.time() + limit
        last, since = self.sample(), time.time()
        while time.time() < end and time.time() - since < quiet:
            time.sleep(0.002)
            now = self.sample()
            if now != last:
                last, since = now, time.time()
        # A scan of /proc/net/tcp is not atomic: only a pair that stayed the same is a true snapshot.
        if time.time() - since >= quiet and (not self.settled or self.settled[-1] != last):
            self.settled.append(last)

    def until(self, predicate, limit, poll=0.002):
        end = time.time() + limit
        while time.time() < end:
            if predicate(self.sample()):
                self.settle()
                return
            time.sleep(poll)
        raise SystemExit(f"timed out after {limit} s waiting; saw {self.observed}")


class Sniffer:
    """Captures every TCP segment the kernel sends on lo (before the drop rules see it)."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
        self.sock.bind(("lo", 0))
        self.sock.settimeout(0.2)
        self.packets = []
        self.running = True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while self.running:
            try:
                frame, addr = self.sock.recvfrom(65535)
            except socket.timeout:
                continue
            if addr[2] != socket.PACKET_OUTGOING:
                continue
            ip = frame[14:]
            if len(ip) < 40 or ip[9] != socket.IPPROTO_TCP or ip[8] != KERNEL_TTL:
                continue
            ihl = (ip[0] & 0x0F) * 4
            sport, dport = struct.unpack("!HH", ip[ihl:ihl + 4])
            flags = ip[ihl + 13]
            self.packets.append((sport, dport, flags, bytes(ip)))

    def forget_since(self, mark):
        """Drops what was captured since `mark` (len(self.packets) then): segments the scenario does not send."""
        time.sleep(0.05)
        del self.packets[mark:]

    @staticmethod
    def segments_of(packets):
        """Every captured segment of the two test ports as [side, flags, seq, ack or None, payload length]."""
        out = []
        for sport, dport, flags, ip in packets:
            if {sport, dport} != {CPORT, SPORT}:
                continue
            ihl = (ip[0] & 0x0F) * 4
            total = struct.unpack("!H", ip[2:4])[0]
            seq, ack = struct.unpack("!II", ip[ihl + 4:ihl + 12])
            doff = (ip[ihl + 12] >> 4) * 4
            names = [name for name, bit in (("SYN", 0x02), ("RST", 0x04), ("FIN", 0x01), ("ACK", 0x10)) if flags & bit]
            label = ",".join(n for n in ("SYN", "FIN", "RST", "ACK") if n in names)
            out.append(["client" if sport == CPORT else "server", label, seq, ack if flags & 0x10 else None,
                        total - ihl - doff])
        return out

    def first(self, sport, flags, limit=5.0, since=0):
        """The first segment from `sport` with exactly these flags, captured at or after index `since`."""
        end = time.time() + limit
        while time.time() < end:
            for s, _, f, ip in self.packets[since:]:
                if s == sport and f & 0x1F == flags:
                    return ip
            time.sleep(0.005)
        seen = [(s, d, hex(f)) for s, d, f, _ in self.packets]
        raise SystemExit(f"no segment with flags {flags:#x} from port {sport} was captured; saw {seen}; states {states()}")


def checksum(data):
    if len(data) % 2:
        data += b"\x00"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def replay(ip):
    """Sends a captured IPv4 packet again with TTL 63, which the drop rules do not match."""
    packet = bytearray(ip)
    packet[8] = KERNEL_TTL - 1
    packet[10:12] = b"\x00\x00"  # the kernel fills in the header checksum
    # On lo the kernel leaves the TCP checksum to "hardware", so the captured one is unfinished: redo it.
    ihl = (packet[0] & 0x0F) * 4
    total_length = struct.unpack("!H", packet[2:4])[0]
    tcp = packet[ihl:total_length]
    tcp[16:18] = b"\x00\x00"
    pseudo = bytes(packet[12:20]) + struct.pack("!BBH", 0, socket.IPPROTO_TCP, len(tcp))
    tcp[16:18] = struct.pack("!H", checksum(pseudo + bytes(tcp)))
    packet[ihl:total_length] = tcp
    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
    raw.sendto(bytes(packet), (HOST, 0))
    raw.close()


def craft(sport, dport, seq, ack, flags):
    """An IPv4 packet with a TCP segment from 127.0.0.1:sport to :dport, TTL 63 (the drop rules let it through)."""
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 0, 0, 0)
    src = dst = socket.inet_aton(HOST)
    pseudo = src + dst + struct.pack("!BBH", 0, socket.IPPROTO_TCP, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0, KERNEL_TTL - 1, socket.IPPROTO_TCP, 0, src, dst)
    raw = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW)
    raw.sendto(ip + tcp, (HOST, 0))
    raw.close()


def parse(ip):
    ihl = (ip[0] & 0x0F) * 4
    return struct.unpack("!II", ip[ihl + 4:ihl + 12])


def bound(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, port))
    return s


def connect_nonblocking(s, port):
    s.setblocking(False)
    s.connect_ex((HOST, port))


def finish_handshake(obs, sniffer):
    """The client's next SYN is answered; its ACK is held until the server is seen in SYN-RECEIVED, which on lo
    would otherwise last too short a time for /proc/net/tcp to show."""
    nft([(ACK, SPORT)])
    mark = len(sniffer.packets)
    obs.until(lambda p: p[1] == IS["SYN_RECV"], 10)
    replay(sniffer.first(CPORT, FLAGS["ack"], since=mark))
    obs.until(lambda p: p == [IS["ESTAB"], IS["ESTAB"]], 5)


def established(obs, sniffer):
    """A connection set up before the scenario starts: its handshake tells the ISNs, and is not the scenario's."""
    listener = bound(SPORT)
    listener.listen(1)
    client = bound(CPORT)
    client.connect((HOST, SPORT))
    server, _ = listener.accept()
    listener.close()
    obs.settle()
    time.sleep(0.05)
    sniffer.setup = len(sniffer.packets)
    return client, server


SYN, SYNACK, ACK, FINACK, RST = "syn", "syn|ack", "ack", "fin|ack", "rst"
IS = {"ESTAB": "01", "SYN_SENT": "02", "SYN_RECV": "03", "FIN_WAIT1": "04", "FIN_WAIT2": "05", "TIME_WAIT": "06",
      "CLOSE_WAIT": "08", "LISTEN": "0A", "NONE": "--"}


def handshake(obs, sniffer, hold=0.0):
    obs.settle()
    listener = bound(SPORT)
    listener.listen(8)
    obs.settle()
    nft([(SYNACK, CPORT)])  # hold the SYN,ACK: client stays in SYN-SENT, server in SYN-RECEIVED
    client = bound(CPORT)
    connect_nonblocking(client, SPORT)
    obs.settle()
    # Held past the client's retransmission timer (1 s), the SYN comes again: both sides then retransmit.
    time.sleep(hold)
    nft([])  # the retransmitted SYN,ACK completes the handshake
    obs.until(lambda p: p == [IS["ESTAB"], IS["ESTAB"]], 10)
    return [listener, client]


def handshake_lost_ack(obs, sniffer):
    obs.settle()
    listener = bound(SPORT)
    listener.listen(8)
    obs.settle()
    nft([(SYNACK, CPORT), (ACK, SPORT)])
    client = bound(CPORT)
    connect_nonblocking(client, SPORT)
    obs.settle()
    nft([(ACK, SPORT)])  # the next SYN,ACK gets through; the client's ACK of it is lost
    obs.until(lambda p: p[0] == IS["ESTAB"], 10)
    nft([])  # the server resends its SYN,ACK; the client acknowledges it again, and this ACK arrives
    obs.until(lambda p: p == [IS["ESTAB"], IS["ESTAB"]], 15)
    return [listener, client]


def teardown(obs, sniffer, lose):
    client, server = established(obs, sniffer)
    if lose == "fin-ack":
        nft([(ACK, CPORT)])  # the server's ACK of the client's FIN is lost, and so is its answer to the FIN resent
        client.close()
        obs.until(lambda p: p == [IS["FIN_WAIT1"], IS["CLOSE_WAIT"]], 5)
        time.sleep(1.5)
        nft([])
    else:
        nft([(FINACK, SPORT)])  # hold the client's FIN: FIN-WAIT-1 until the FIN is sent again
        client.close()
        obs.settle()
        nft([])
    obs.until(lambda p: p[0] == IS["FIN_WAIT2"], 10)
    if lose == "last-ack":
        nft([(ACK, SPORT)])  # the client's last ACK is lost: it is in TIME-WAIT, the server in LAST-ACK
    else:
        nft([(FINACK, CPORT)])  # hold the server's FIN: the server sits in LAST-ACK until it sends it again
    server.close()
    obs.settle()
    nft([])
    obs.until(lambda p: p[1] == IS["NONE"], 15)
    obs.until(lambda p: p == [IS["NONE"], IS["NONE"]], 75, poll=0.05)  # Linux's TIME-WAIT lasts 60 s
    return []


def simultaneous_open(obs, sniffer):
    obs.settle()
    nft([(SYN, SPORT), (SYN, CPORT), (SYNACK, SPORT), (SYNACK, CPORT), (ACK, SPORT), (ACK, CPORT)])
    client, server = bound(CPORT), bound(SPORT)
    connect_nonblocking(client, SPORT)
    obs.settle()
    connect_nonblocking(server, CPORT)
    obs.settle()
    client_syn, server_syn = sniffer.first(CPORT, FLAGS["syn"]), sniffer.first(SPORT, FLAGS["syn"])
    replay(server_syn)  # the SYNs cross: each arrives while its receiver is in SYN-SENT
    obs.settle()
    replay(client_syn)
    obs.settle()
    synack = FLAGS["syn"] | FLAGS["ack"]
    client_synack, server_synack = sniffer.first(CPORT, synack), sniffer.first(SPORT, synack)
    replay(server_synack)
    obs.settle()
    replay(client_synack)
    obs.until(lambda p: p == [IS["ESTAB"], IS["ESTAB"]], 10)
    return [client, server]


def simultaneous_close(obs, sniffer):
    client, server = established(obs, sniffer)
    nft([(FINACK, SPORT), (FINACK, CPORT), (ACK, SPORT), (ACK, CPORT)])
    client.close()
    obs.settle()
    server.close()
    obs.settle()
    fin = FLAGS["fin"] | FLAGS["ack"]
    client_fin, server_fin = sniffer.first(CPORT, fin), sniffer.first(SPORT, fin)
    replay(server_fin)  # the FINs cross: each arrives before the ACK of the receiver's own FIN
    obs.settle()
    replay(client_fin)
    obs.settle()
    nft([])  # retransmitted FINs now acknowledge the other side's FIN
    obs.until(lambda p: p == [IS["TIME_WAIT"], IS["TIME_WAIT"]], 15)
    obs.until(lambda p: p == [IS["NONE"], IS["NONE"]], 75, poll=0.05)
    return []


def abort(obs, sniffer):
    client, server = established(obs, sniffer)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()  # SO_LINGER 0: close() sends RST
    obs.until(lambda p: p == [IS["NONE"], IS["NONE"]], 5)
    return [server]


def refused(obs, sniffer):
    obs.settle()
    nft([(RST + "|ack", CPORT)])  # hold the RST: the client stays in SYN-SENT
    client = bound(CPORT)
    connect_nonblocking(client, SPORT)
    obs.settle()
    nft([])  # the retransmitted SYN is refused again, and this RST arrives
    obs.until(lambda p: p[0] == IS["NONE"], 10)
    return [client]


def reboot_client(obs, sniffer, client):
    """The client's host forgets the connection without a word: an abort whose RST never leaves, and is not counted."""
    nft([(RST + "|ack", SPORT)])
    mark = len(sniffer.packets)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()
    obs.until(lambda p: p[0] == IS["NONE"], 5)
    sniffer.forget_since(mark)
    nft([])


def forged_rst(obs, sniffer):
    client, server = established(obs, sniffer)
    isn, _ = parse(sniffer.first(CPORT, FLAGS["syn"]))
    # A RST from the client's port, 1,000 inside the server's window but not at its RCV.NXT (the client's ISN + 1).
    craft(CPORT, SPORT, (isn + 1 + 1000) % 2**32, 0, FLAGS["rst"])
    time.sleep(0.3)
    obs.settle()
    return [client, server]


def half_open(obs, sniffer):
    """RFC 9293 Figure 9: the client reboots and connects again; the server, still ESTABLISHED, is reset."""
    client, server = established(obs, sniffer)
    reboot_client(obs, sniffer, client)
    obs.listens_again = True
    # Linux resends a SYN within milliseconds of the RST it sends in SYN-SENT (Transition.linux on that row), long
    # before the server's application could listen again; the RFC's client waits for its RTO. So the client's SYNs
    # are held, the first let through by hand, and the rest released once the server listens.
    nft([(SYN, SPORT)])
    mark = len(sniffer.packets)
    again = bound(CPORT)
    connect_nonblocking(again, SPORT)
    replay(sniffer.first(CPORT, FLAGS["syn"], since=mark))
    obs.until(lambda p: p[1] == IS["NONE"], 5)  # challenge ACK, the client's RST, and the server's connection is gone
    listener = bound(SPORT)
    listener.listen(8)
    obs.settle()
    finish_handshake(obs, sniffer)
    return [listener, again, server]


def half_open_data(obs, sniffer):
    """RFC 9293 Figure 10: the client's host reboots; the server's data is answered with a RST."""
    client, server = established(obs, sniffer)
    reboot_client(obs, sniffer, client)
    server.send(b"x" * 10)
    obs.until(lambda p: p[1] == IS["NONE"], 5)
    return []


def old_duplicate_syn(obs, sniffer):
    """RFC 9293 Figure 8: an old SYN reaches the server before the client's own."""
    obs.listens_again = True
    obs.settle()
    listener = bound(SPORT)
    listener.listen(8)
    obs.settle()
    nft([(SYN, SPORT)])  # the client's SYN is held up in the network
    client = bound(CPORT)
    connect_nonblocking(client, SPORT)
    isn, _ = parse(sniffer.first(CPORT, FLAGS["syn"]))
    # On lo the client's RST would end SYN-RECEIVED before /proc/net/tcp could show it: it is held, then let through.
    nft([(SYN, SPORT), (RST, SPORT)])
    craft(CPORT, SPORT, (isn - 10) % 2**32, 0, FLAGS["syn"])  # an old duplicate of an earlier connection's SYN
    obs.until(lambda p: p[1] == IS["SYN_RECV"], 5)
    replay(sniffer.first(CPORT, FLAGS["rst"]))
    obs.until(lambda p: p[1] == IS["LISTEN"], 5)  # the client's RST sent the server back to LISTEN
    finish_handshake(obs, sniffer)  # the client's SYN, sent again, now gets through
    return [listener, client]


SCENARIOS = {
    "handshake": handshake,
    "handshake-lost-ack": handshake_lost_ack,
    "handshake-lost-synack": lambda obs, sniffer: handshake(obs, sniffer, hold=1.6),
    "teardown": lambda obs, sniffer: teardown(obs, sniffer, lose=None),
    "teardown-lost-ack": lambda obs, sniffer: teardown(obs, sniffer, lose="last-ack"),
    "teardown-lost-fin": lambda obs, sniffer: teardown(obs, sniffer, lose=None),
    "teardown-lost-fin-ack": lambda obs, sniffer: teardown(obs, sniffer, lose="fin-ack"),
    "teardown-lost-second-fin": lambda obs, sniffer: teardown(obs, sniffer, lose=None),
    "simultaneous-open": simultaneous_open,
    "simultaneous-close": simultaneous_close,
    "abort": abort,
    "refused": refused,
    "forged-rst": forged_rst,
    "half-open": half_open,
    "half-open-data": half_open_data,
    "old-duplicate-syn": old_duplicate_syn,
}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in SCENARIOS:
        print(f"usage: driver.py {'|'.join(SCENARIOS)}", file=sys.stderr)
        sys.exit(2)
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    nft([])
    obs = Observer()
    sniffer = Sniffer()
    keep = SCENARIOS[sys.argv[1]](obs, sniffer)
    time.sleep(0.2)
    sniffer.running = False
    # A connection set up before the scenario (established()) gives the ISNs; its handshake is not the scenario's.
    setup = getattr(sniffer, "setup", 0)
    before = Sniffer.segments_of(sniffer.packets[:setup])
    isn = {side: next((seq for who, flags, seq, _, _ in before if who == side and "SYN" in flags), None)
           for side in ("client", "server")}
    print(json.dumps({"observed": obs.observed, "settled": obs.settled,
                      "segments": Sniffer.segments_of(sniffer.packets[setup:]), "isn": isn}))
    for s in keep:
        s.close()


if __name__ == "__main__":
    main()
