#!/usr/bin/env python3
"""Records the sample packet captures in public/captures/ from real Linux sockets, and the states Linux showed.

Run as root from anywhere: `sudo python3 tests/kernel/record_captures.py`. For each sample it creates a network
namespace of its own (`ip netns add`), runs itself inside it (`ip netns exec <ns> python3 record_captures.py
--inside <sample>`) and deletes it, so no socket of one sample (a TIME-WAIT lasts 60 s) is seen by the next, and all
of them can use the same ports: the client on 127.0.0.1:40001 (or [::1]:40001), the server on :40002.

Inside, tcpdump (or dumpcap) captures on lo while the sockets go through the sample's scenario, and a thread
samples both sockets' states from /proc/net/tcp and /proc/net/tcp6 every millisecond, as driver.py's Observer does.
It writes the capture files and tests/capture/linux-states.json: for each file, the sequence of states each endpoint
went through while the capture ran (RFC 9293 names, consecutive duplicates collapsed).

On lo a segment arrives within microseconds, too soon for /proc/net/tcp to show SYN-SENT, SYN-RECEIVED, FIN-WAIT-1
or LAST-ACK. This machine's kernel has neither netem (tc) nor nft's queue, so the namespace's network is made slow
by hand: an nft rule at prerouting passes every segment the kernel sends (TTL 64) to this script over
nfnetlink_log and drops it; DELAY later the script puts it back on lo with a packet socket, with TTL (hop limit) 63
and its checksums completed, and this copy is what the receiver gets. The capture's tap on lo comes before
prerouting, so it sees both; its filter keeps only the copies (TTL not 64): the capture is what the receiver got,
each segment once, as if one router hop away over a link with a DELAY one-way delay. A segment the scenario loses
is put back with LOST_MARK, which the first rule drops: the capture shows it, the receiver never gets it, as on a
real network where the loss is past the capture point.
"""
import json
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from driver import checksum  # noqa: E402  (the kernel test's own: the Internet checksum, RFC 1071)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CAPTURES = os.path.join(ROOT, "public", "captures")
STATES_JSON = os.path.join(ROOT, "tests", "capture", "linux-states.json")

CPORT, SPORT = 40001, 40002
DELAY = 0.03  # one way: every state then lasts at least a round trip (60 ms), which a 1 ms poll cannot miss
PAUSE = 0.2  # between socket calls, so that each state the application holds (ESTABLISHED, CLOSE-WAIT) shows
KERNEL_TTL, DELIVERED_TTL = 64, 63
LOST_MARK = 1
NFLOG_GROUP = 1
# Only the segments put back (TTL 63), not the kernel's own (TTL 64) that were taken off lo.
CAPTURE_FILTER = f"tcp and ((ip and ip[8] != {KERNEL_TTL}) or (ip6 and ip6[7] != {KERNEL_TTL}))"

# /proc/net/tcp's hex codes, in RFC 9293's names
NAMES = {"01": "ESTABLISHED", "02": "SYN-SENT", "03": "SYN-RECEIVED", "04": "FIN-WAIT-1", "05": "FIN-WAIT-2",
         "06": "TIME-WAIT", "07": "CLOSED", "08": "CLOSE-WAIT", "09": "LAST-ACK", "0A": "LISTEN", "0B": "CLOSING"}
FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10


def nft_rules():
    """Every TCP segment the kernel sends goes to the script instead of the receiver; a lost one is dropped."""
    rules = f"""
table inet synack {{
  chain pre {{
    type filter hook prerouting priority -300; policy accept;
    meta l4proto tcp meta mark {LOST_MARK} drop
    ip ttl {KERNEL_TTL} meta l4proto tcp log group {NFLOG_GROUP} drop
    ip6 hoplimit {KERNEL_TTL} meta l4proto tcp log group {NFLOG_GROUP} drop
  }}
}}
"""
    subprocess.run(["nft", "-f", "-"], input=rules, text=True, check=True)


def tcp_of(ip):
    """(offset of the TCP header, end of the segment) in an IPv4 or IPv6 packet (no IPv6 extension headers)."""
    if ip[0] >> 4 == 4:
        return (ip[0] & 0x0F) * 4, struct.unpack("!H", ip[2:4])[0]
    return 40, 40 + struct.unpack("!H", ip[4:6])[0]


def delivered(ip):
    """The packet as it goes back on lo: an Ethernet frame (lo's addresses are all zero), TTL 63, checksums done."""
    p = bytearray(ip)
    start, end = tcp_of(p)
    if p[0] >> 4 == 4:
        p[8] = DELIVERED_TTL
        p[10:12] = b"\x00\x00"
        p[10:12] = struct.pack("!H", checksum(bytes(p[:start])))
        pseudo = bytes(p[12:20]) + struct.pack("!BBH", 0, socket.IPPROTO_TCP, end - start)
        ethertype = 0x0800
    else:
        p[7] = DELIVERED_TTL
        pseudo = bytes(p[8:40]) + struct.pack("!I3xB", end - start, socket.IPPROTO_TCP)
        ethertype = 0x86DD
    # On lo the kernel leaves the TCP checksum to "hardware", so the one it wrote is unfinished: redo it.
    p[start + 16:start + 18] = b"\x00\x00"
    p[start + 16:start + 18] = struct.pack("!H", checksum(pseudo + bytes(p[start:end])))
    return b"\x00" * 12 + struct.pack("!H", ethertype) + bytes(p[:end])


# nfnetlink_log, as <linux/netfilter/nfnetlink_log.h> defines it
NETLINK_NETFILTER = 12
NFNL_SUBSYS_ULOG = 4
NFULNL_MSG_PACKET, NFULNL_MSG_CONFIG = 0, 1
NFULA_PAYLOAD = 9
NFULA_CFG_CMD, NFULA_CFG_MODE, NFULA_CFG_TIMEOUT, NFULA_CFG_QTHRESH = 1, 2, 4, 5
NFULNL_CFG_CMD_BIND = 1
NFULNL_COPY_PACKET = 2
NLMSG_ERROR = 2
NLM_F_REQUEST, NLM_F_ACK = 1, 4


def nlattr(kind, data):
    length = 4 + len(data)
    return struct.pack("=HH", length, kind) + data + b"\x00" * (-length % 4)


class Network:
    """The slow network between the two sockets: takes each segment the kernel sends (nft logs it to group 1 and
    drops it) and puts it back on lo DELAY later, in the order sent; the ones `lose` picks are put back marked."""

    def __init__(self):
        self.nl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_NETFILTER)
        self.nl.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        self.nl.bind((0, 0))
        self.seq = 0
        self.configure(nlattr(NFULA_CFG_CMD, bytes([NFULNL_CFG_CMD_BIND])))
        # The whole packet, each one at once: by default the kernel batches up to 100 packets or 1 s.
        self.configure(nlattr(NFULA_CFG_MODE, struct.pack("!IBB", 0xFFFF, NFULNL_COPY_PACKET, 0)),
                       nlattr(NFULA_CFG_TIMEOUT, struct.pack("!I", 0)),
                       nlattr(NFULA_CFG_QTHRESH, struct.pack("!I", 1)))
        self.out = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
        self.out.bind(("lo", 0))
        self.lossy = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
        self.lossy.setsockopt(socket.SOL_SOCKET, socket.SO_MARK, LOST_MARK)
        self.lossy.bind(("lo", 0))
        self.losses = []  # (source port, flags or None, with data or not): each loses one segment
        self.held = []  # (time to put back, frame, lost)
        self.sent = []  # (source port, flags, payload length, lost) of every segment, for the report on stderr
        self.lock = threading.Lock()
        self.running = True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def configure(self, *attrs):
        self.seq += 1
        body = bytes([socket.AF_UNSPEC, 0]) + struct.pack("!H", NFLOG_GROUP) + b"".join(attrs)
        kind = (NFNL_SUBSYS_ULOG << 8) | NFULNL_MSG_CONFIG
        self.nl.send(struct.pack("=IHHII", 16 + len(body), kind, NLM_F_REQUEST | NLM_F_ACK, self.seq, 0) + body)
        reply = self.nl.recv(65536)
        kind, = struct.unpack("=H", reply[4:6])
        error, = struct.unpack("=i", reply[16:20])
        if kind == NLMSG_ERROR and error:
            raise OSError(-error, f"nfnetlink_log configuration: {os.strerror(-error)}")

    def lose(self, sport, flags=None, data=False):
        """The next segment from `sport` with exactly these flags (FIN SYN RST PSH ACK), or carrying data, is lost."""
        with self.lock:
            self.losses.append((sport, flags, data))

    def take(self, ip):
        start, end = tcp_of(ip)
        sport, = struct.unpack("!H", ip[start:start + 2])
        flags = ip[start + 13] & 0x1F
        length = end - start - (ip[start + 12] >> 4) * 4
        lost = False
        with self.lock:
            for loss in self.losses:
                port, want, data = loss
                if port == sport and (want is None or want == flags) and (not data or length > 0):
                    self.losses.remove(loss)
                    lost = True
                    break
            self.held.append((time.monotonic() + DELAY, delivered(ip), lost))
            self.sent.append((sport, flags, length, lost))

    def run(self):
        while self.running:
            with self.lock:
                due = self.held[0][0] if self.held else None
            wait = 0.05 if due is None else max(0.0, due - time.monotonic())
            if select.select([self.nl], [], [], wait)[0]:
                data = self.nl.recv(1 << 20)
                while len(data) >= 16:
                    length, kind = struct.unpack("=IH", data[:6])
                    if kind == (NFNL_SUBSYS_ULOG << 8) | NFULNL_MSG_PACKET:
                        at = 20  # nlmsghdr, nfgenmsg
                        while at + 4 <= length:
                            size, attr = struct.unpack("=HH", data[at:at + 4])
                            if size < 4:
                                break
                            if attr & 0x3FFF == NFULA_PAYLOAD:
                                self.take(data[at + 4:at + size])
                            at += (size + 3) & ~3
                    data = data[(length + 3) & ~3:]
            now = time.monotonic()
            while True:
                with self.lock:
                    if not self.held or self.held[0][0] > now:
                        break
                    _, frame, lost = self.held.pop(0)
                (self.lossy if lost else self.out).send(frame)

    def idle(self):
        with self.lock:
            return not self.held


class Observer:
    """Samples both endpoints' states from /proc/net/tcp{,6} every millisecond, in a thread of its own. The server's
    state is its listener's until its connection socket appears (as in driver.py's Observer)."""

    def __init__(self):
        self.client, self.server = [], []
        self.seen_connection = False
        self.current = (None, None)
        self.running = True
        self.sample()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def sample(self):
        client = connection = listener = None
        for path in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(path) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    lport = int(fields[1].split(":")[1], 16)
                    rport = int(fields[2].split(":")[1], 16)
                    state = NAMES.get(fields[3], "?" + fields[3])
                    if lport == CPORT and rport == SPORT:
                        client = state
                    elif lport == SPORT and rport == CPORT:
                        connection = state
                    elif lport == SPORT and rport == 0 and state == "LISTEN":
                        listener = state
        if connection is not None:
            self.seen_connection = True
        server = connection if self.seen_connection else listener
        client, server = client or "CLOSED", server or "CLOSED"
        for states, state in ((self.client, client), (self.server, server)):
            if not states or states[-1] != state:
                states.append(state)
        self.current = (client, server)

    def run(self):
        while self.running:
            time.sleep(0.001)
            self.sample()

    def until(self, client=None, server=None, limit=5.0):
        """Waits until the client and the server (either may be None: any state) are in these states."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            c, s = self.current
            if client in (None, c) and server in (None, s):
                return
            time.sleep(0.002)
        raise SystemExit(f"timed out waiting for client {client}, server {server}; "
                         f"client went {self.client}, server {self.server}")

    def stop(self):
        self.running = False
        self.thread.join()
        self.sample()


class Capture:
    """tcpdump or dumpcap, started and waited for until it says it is capturing."""

    def __init__(self, argv, ready, path):
        self.argv, self.path = argv, path
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.said = []
        while True:
            line = self.proc.stderr.readline()
            if not line:
                raise SystemExit(f"{argv[0]} did not start: {''.join(self.said)}")
            self.said.append(line)
            if ready in line:
                break
        # The rest of what it says (the packet counts at the end) is read on stop.
        self.reader = threading.Thread(target=lambda: self.said.extend(self.proc.stderr), daemon=True)
        self.reader.start()

    def stop(self, expected):
        if self.argv[0] == "dumpcap":
            # dumpcap has no immediate mode: libpcap hands it a ring buffer block only when the block's timer runs
            # out (its read timeout, 250 ms); a packet in a block not yet handed over would be lost on SIGINT.
            time.sleep(1.0)
        # SIGINT: tcpdump and dumpcap write out what they hold and close the file; wait for them to be done.
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=10)
        self.reader.join(timeout=5)
        if code != 0:
            raise SystemExit(f"{' '.join(self.argv)} exited with {code}: {''.join(self.said)}")
        os.chmod(self.path, 0o644)  # dumpcap writes 0600
        count = packets_in(self.path)
        if count != expected:
            raise SystemExit(f"{self.path} holds {count} packets, not the {expected} put back on lo: {self.said}")


def packets_in(path):
    """How many packets a pcap or pcapng file holds (pcapng: enhanced and simple packet blocks)."""
    with open(path, "rb") as f:
        data = f.read()
    count = 0
    if data[:4] == b"\x0a\x0d\x0d\x0a":
        at, order = 0, "<"
        while at + 12 <= len(data):
            if struct.unpack("<I", data[at:at + 4])[0] == 0x0A0D0D0A:
                order = "<" if data[at + 8:at + 12] == b"\x4d\x3c\x2b\x1a" else ">"
            kind, length = struct.unpack(order + "II", data[at:at + 8])
            count += kind in (3, 6)
            at += length
        return count
    order = "<" if data[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    at = 24
    while at + 16 <= len(data):
        at += 16 + struct.unpack(order + "I", data[at + 8:at + 12])[0]
        count += 1
    return count


def tcpdump(interface="lo", *options):
    # -U and --immediate-mode: every packet is written as it comes, none left in a buffer when it is stopped.
    # -Z root: Debian's tcpdump otherwise drops to the tcpdump user after opening the device.
    return lambda path: (["tcpdump", "-i", interface, "-U", "--immediate-mode", "-Z", "root", *options, "-w", path,
                          CAPTURE_FILTER], "listening on")


def dumpcap(path):
    return ["dumpcap", "-i", "lo", "-f", CAPTURE_FILTER, "-w", path], "Capturing on"


def pause():
    time.sleep(PAUSE)


def receive(s, count):
    data = b""
    while len(data) < count:
        chunk = s.recv(count - len(data))
        if not chunk:
            raise SystemExit(f"connection closed after {len(data)} of {count} bytes")
        data += chunk
    return data


class Sockets:
    def __init__(self, family, host):
        self.family, self.host = family, host
        self.listener = None

    def listen(self):
        self.listener = socket.socket(self.family, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((self.host, SPORT))
        self.listener.listen(8)

    def client(self):
        s = socket.socket(self.family, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((self.host, CPORT))
        return s

    def connect(self, obs):
        """The handshake: the client's connect() returns after its SYN-SENT, the server's accept() after the ACK."""
        client = self.client()
        client.connect((self.host, SPORT))
        server, _ = self.listener.accept()
        self.listener.close()
        obs.until("ESTABLISHED", "ESTABLISHED")
        pause()
        return client, server


def exchange(client, server, request=100, reply=200):
    client.sendall(b"q" * request)
    receive(server, request)
    pause()
    server.sendall(b"r" * reply)
    receive(client, reply)
    pause()


def close(obs, first, second, first_role, last_ack_lost=None):
    """`first` closes, then `second`: the first ends in TIME-WAIT, the second (from LAST-ACK) in CLOSED."""
    roles = {"client": ("FIN-WAIT-2", "CLOSE-WAIT"), "server": ("CLOSE-WAIT", "FIN-WAIT-2")}
    first.close()
    obs.until(*roles[first_role])
    pause()
    if last_ack_lost:
        last_ack_lost()
    second.close()
    done = {"client": ("TIME-WAIT", "CLOSED"), "server": ("CLOSED", "TIME-WAIT")}
    obs.until(*done[first_role], limit=5)


def client_closes(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server)
    close(obs, client, server, "client")


def server_closes_first(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server)
    close(obs, server, client, "server")


def half_close(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server)
    client.shutdown(socket.SHUT_WR)  # FIN: the client sends no more, but still receives
    obs.until("FIN-WAIT-2", "CLOSE-WAIT")
    if server.recv(100) != b"":
        raise SystemExit("the server did not read the end of the client's data")
    pause()
    server.sendall(b"s" * 150)  # data after the client's FIN
    receive(client, 150)
    pause()
    server.close()
    obs.until("TIME-WAIT", "CLOSED")
    client.close()


def simultaneous_close(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server)
    # Both FINs are sent within microseconds, and each takes DELAY to arrive: each reaches an endpoint in FIN-WAIT-1.
    client.close()
    server.close()
    obs.until("TIME-WAIT", "TIME-WAIT")


def refused(obs, net, sockets):
    client = sockets.client()
    error = client.connect_ex((sockets.host, SPORT))  # no listener: the SYN is answered with RST,ACK
    if error != 111:  # ECONNREFUSED
        raise SystemExit(f"connect to a port with no listener gave {os.strerror(error)}")
    obs.until("CLOSED", "CLOSED")
    client.close()


def abort(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server)
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()  # SO_LINGER 0: close() sends RST instead of FIN
    obs.until("CLOSED", "CLOSED")
    server.close()


def lost_syn(obs, net, sockets):
    net.lose(CPORT, SYN)  # the first SYN: the client sends it again after its 1 s retransmission timeout
    client_closes(obs, net, sockets)


def lost_final_ack(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server)
    # The client's ACK of the server's FIN is the next segment with only ACK from the client, once it is in FIN-WAIT-2.
    close(obs, client, server, "client", last_ack_lost=lambda: net.lose(CPORT, ACK))


def retransmitted_data(obs, net, sockets):
    net.lose(CPORT, data=True)  # the client's request: sent again after the retransmission timeout (200 ms or more)
    client_closes(obs, net, sockets)


def out_of_order(obs, net, sockets):
    """Three segments of a request, the first lost: the other two arrive beyond RCV.NXT and wait for it (§3.10.7.4)."""
    client, server = sockets.connect(obs)
    client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    net.lose(CPORT, data=True)
    for part in (b"a" * 100, b"b" * 100, b"c" * 100):
        client.send(part)
        time.sleep(0.002)
    receive(server, 300)
    pause()
    server.sendall(b"r" * 200)
    receive(client, 200)
    pause()
    close(obs, client, server, "client")


def short_connection(obs, net, sockets):
    client, server = sockets.connect(obs)
    exchange(client, server, request=10, reply=20)
    close(obs, client, server, "client")


V4, V6 = (socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")

# name: (scenario, address family and host, captures: file name and the command that writes it)
SAMPLES = {
    "handshake-data-client-close": (client_closes, V4, [("handshake-data-client-close.pcap", tcpdump())]),
    "server-closes-first": (server_closes_first, V4, [("server-closes-first.pcap", tcpdump())]),
    "half-close": (half_close, V4, [("half-close.pcap", tcpdump())]),
    "simultaneous-close": (simultaneous_close, V4, [("simultaneous-close.pcap", tcpdump())]),
    "refused": (refused, V4, [("refused.pcap", tcpdump())]),
    "abort": (abort, V4, [("abort.pcap", tcpdump())]),
    "lost-syn": (lost_syn, V4, [("lost-syn.pcap", tcpdump())]),
    "lost-final-ack": (lost_final_ack, V4, [("lost-final-ack.pcap", tcpdump())]),
    "retransmitted-data": (retransmitted_data, V4, [("retransmitted-data.pcap", tcpdump())]),
    "out-of-order": (out_of_order, V4, [("out-of-order.pcap", tcpdump())]),
    "ipv6": (client_closes, V6, [("ipv6.pcap", tcpdump())]),
    # This tcpdump writes Linux cooked v2 (SLL2) for -i any; the same connection is also captured in v1 (SLL).
    "any-interface": (client_closes, V4, [("any-interface.pcap", tcpdump("any")),
                                          ("any-interface-sll.pcap", tcpdump("any", "-y", "LINUX_SLL"))]),
    "pcapng": (client_closes, V4, [("pcapng.pcapng", dumpcap)]),
    "nanosecond": (short_connection, V4, [("nanosecond.pcap", tcpdump("lo", "--time-stamp-precision=nano"))]),
}


def endpoint(host, port):
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def inside(name):
    """One sample, in its own namespace: prints {file name: {client, server, clientAddress, serverAddress}}."""
    scenario, (family, host), files = SAMPLES[name]
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    # A packet put back with a packet socket comes in on lo without the route it went out with: to be routed as it
    # comes in, not dropped as a martian, a packet to 127.0.0.0/8 and from a local address must be allowed on lo.
    for setting in ("route_localnet", "accept_local"):
        with open(f"/proc/sys/net/ipv4/conf/lo/{setting}", "w") as f:
            f.write("1")
    nft_rules()
    net = Network()
    paths = [os.path.join(CAPTURES, file) for file, _ in files]
    captures = [Capture(*command(path), path) for path, (_, command) in zip(paths, files)]
    time.sleep(0.1)
    sockets = Sockets(family, host)
    if scenario is not refused:
        sockets.listen()
    obs = Observer()
    scenario(obs, net, sockets)
    obs.stop()
    # Nothing is in flight once the last state is reached; wait a little all the same, for the capture to see it.
    time.sleep(0.1)
    while not net.idle():
        time.sleep(0.01)
    time.sleep(0.05)
    for capture in captures:
        capture.stop(expected=len(net.sent))
    net.running = False
    # What crossed the network, in tcpdump's notation, on stderr: "c" the client, "s" the server, "lost" after a loss.
    wire = []
    for sport, flags, length, lost in net.sent:
        names = "".join(n for n, bit in (("S", SYN), ("F", FIN), ("R", RST), ("P", PSH), (".", ACK)) if flags & bit)
        side = "c" if sport == CPORT else "s"
        wire.append(f"{side}[{names}]{length if length else ''}{' lost' if lost else ''}")
    print(f"  {name}: {', '.join(wire)}", file=sys.stderr)
    states = {"client": obs.client, "server": obs.server,
              "clientAddress": endpoint(host, CPORT), "serverAddress": endpoint(host, SPORT)}
    print(json.dumps({file: states for file, _ in files}))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--inside":
        inside(sys.argv[2])
        return
    if os.geteuid() != 0:
        raise SystemExit("run as root: it needs network namespaces, nftables and packet sockets")
    os.makedirs(CAPTURES, exist_ok=True)
    os.makedirs(os.path.dirname(STATES_JSON), exist_ok=True)
    # Named samples only (record_captures.py out-of-order ...), the others' files and states kept as they are.
    names = sys.argv[1:] or list(SAMPLES)
    unknown = [n for n in names if n not in SAMPLES]
    if unknown:
        raise SystemExit(f"no sample {', '.join(unknown)}: the samples are {', '.join(SAMPLES)}")
    result = {}
    if sys.argv[1:] and os.path.exists(STATES_JSON):
        with open(STATES_JSON) as f:
            result = json.load(f)
    for name in names:
        namespace = f"synack-capture-{os.getpid()}"
        subprocess.run(["ip", "netns", "add", namespace], check=True)
        try:
            out = subprocess.run(["ip", "netns", "exec", namespace, sys.executable, os.path.abspath(__file__),
                                  "--inside", name], stdout=subprocess.PIPE, text=True, timeout=60, check=True)
        finally:
            subprocess.run(["ip", "netns", "del", namespace], check=True)
        for file, states in json.loads(out.stdout).items():
            result[file] = states
            print(f"{file}: client {' > '.join(states['client'])}; server {' > '.join(states['server'])}")
    with open(STATES_JSON, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
