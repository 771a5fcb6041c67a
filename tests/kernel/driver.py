#!/usr/bin/env python3
"""Drives real Linux TCP sockets through one SynAck scenario, inside a private network namespace.

Run as root with `ip netns exec <ns> python3 driver.py <scenario>`. It opens a client socket on port 40001
and a server socket on port 40002 of 127.0.0.1, uses nftables rules (in the namespace) to drop chosen
segments so each state lasts long enough to be seen, replays captured segments with a raw socket when two
segments must cross on the wire (simultaneous open and close), and samples both sockets' states from
/proc/net/tcp. It prints one JSON object: {"observed": [[client_hex, server_hex], ...], "settled": [...]}
with "--" for no socket (CLOSED): every pair seen, and the pairs that held still long enough to be a
consistent snapshot (a scan of /proc/net/tcp is not atomic across sockets). It does not know the expected answer:
the TypeScript test compares what it saw with lib/tcp's scenario engine.
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

    def sample(self):
        client, conn, listener = states()
        if conn != "--":
            self.seen_server_connection = True
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

    def first(self, sport, flags, limit=5.0):
        end = time.time() + limit
        while time.time() < end:
            for s, _, f, ip in self.packets:
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


def bound(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((HOST, port))
    return s


def connect_nonblocking(s, port):
    s.setblocking(False)
    s.connect_ex((HOST, port))


def established(obs):
    listener = bound(SPORT)
    listener.listen(1)
    client = bound(CPORT)
    client.connect((HOST, SPORT))
    server, _ = listener.accept()
    listener.close()
    obs.settle()
    return client, server


SYN, SYNACK, ACK, FINACK, RST = "syn", "syn|ack", "ack", "fin|ack", "rst"
IS = {"ESTAB": "01", "SYN_SENT": "02", "SYN_RECV": "03", "FIN_WAIT2": "05", "TIME_WAIT": "06", "NONE": "--"}


def handshake(obs):
    obs.settle()
    listener = bound(SPORT)
    listener.listen(8)
    obs.settle()
    nft([(SYNACK, CPORT)])  # hold the SYN,ACK: client stays in SYN-SENT, server in SYN-RECEIVED
    client = bound(CPORT)
    connect_nonblocking(client, SPORT)
    obs.settle()
    nft([])  # the retransmitted SYN,ACK completes the handshake
    obs.until(lambda p: p == [IS["ESTAB"], IS["ESTAB"]], 10)
    return [listener, client]


def handshake_lost_ack(obs):
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


def teardown(obs, lose_last_ack):
    client, server = established(obs)
    nft([(FINACK, SPORT)])  # hold the client's FIN: FIN-WAIT-1
    client.close()
    obs.settle()
    nft([])
    obs.until(lambda p: p[0] == IS["FIN_WAIT2"], 10)
    if lose_last_ack:
        nft([(ACK, SPORT)])  # the client's last ACK is lost: it is in TIME-WAIT, the server in LAST-ACK
    else:
        nft([(FINACK, CPORT)])  # hold the server's FIN: the server sits in LAST-ACK
    server.close()
    obs.settle()
    nft([])
    obs.until(lambda p: p[1] == IS["NONE"], 15)
    obs.until(lambda p: p == [IS["NONE"], IS["NONE"]], 75, poll=0.05)  # Linux's TIME-WAIT lasts 60 s
    return []


def simultaneous_open(obs):
    sniffer = Sniffer()
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
    sniffer.running = False
    return [client, server]


def simultaneous_close(obs):
    client, server = established(obs)
    sniffer = Sniffer()
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
    sniffer.running = False
    return []


def abort(obs):
    client, server = established(obs)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()  # SO_LINGER 0: close() sends RST
    obs.until(lambda p: p == [IS["NONE"], IS["NONE"]], 5)
    return [server]


def refused(obs):
    obs.settle()
    nft([(RST + "|ack", CPORT)])  # hold the RST: the client stays in SYN-SENT
    client = bound(CPORT)
    connect_nonblocking(client, SPORT)
    obs.settle()
    nft([])  # the retransmitted SYN is refused again, and this RST arrives
    obs.until(lambda p: p[0] == IS["NONE"], 10)
    return [client]


SCENARIOS = {
    "handshake": handshake,
    "handshake-lost-ack": handshake_lost_ack,
    "teardown": lambda obs: teardown(obs, lose_last_ack=False),
    "teardown-lost-ack": lambda obs: teardown(obs, lose_last_ack=True),
    "simultaneous-open": simultaneous_open,
    "simultaneous-close": simultaneous_close,
    "abort": abort,
    "refused": refused,
}


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in SCENARIOS:
        print(f"usage: driver.py {'|'.join(SCENARIOS)}", file=sys.stderr)
        sys.exit(2)
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    nft([])
    obs = Observer()
    keep = SCENARIOS[sys.argv[1]](obs)
    print(json.dumps({"observed": obs.observed, "settled": obs.settled}))
    for s in keep:
        s.close()


if __name__ == "__main__":
    main()
