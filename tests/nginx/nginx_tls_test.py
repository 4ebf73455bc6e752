#!/usr/bin/env python3
"""A real nginx, configured from the shipped sample site, in front of the built server.

Makes a throwaway CA and certificate, starts `ehealthbugs-server serve` on a free loopback port
with a temporary SQLite file, renders packaging/server/nginx/ehealthbugs.conf for loopback ports
and temporary paths, checks it with `nginx -t`, starts nginx, and sends reports through it over
TLS. Everything started is stopped again, also on failure.

Usage: nginx_tls_test.py SERVER_BINARY SITE_CONF
Standard library only.
"""

import ctypes
import http.client
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

DEADLINE_S = 30  # for anything to start or stop


class TestFailure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise TestFailure(message)
    print(f"PASS: {message}")


def find_tool(name):
    # nginx lives in /usr/sbin, which is not on every user's PATH.
    path = shutil.which(name, path=os.pathsep.join(
        [os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin", "/sbin"]))
    if not path:
        raise TestFailure(f"{name} not found: run packaging/dev/install-deps.sh")
    return path


def die_with_parent():
    # Whatever happens to this script (ctest's timeout kills it), its children get SIGTERM.
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, what):
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise TestFailure(f"{what} exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise TestFailure(f"{what} did not listen on port {port} within {DEADLINE_S} s")


def stop(process, what):
    if process is None or process.poll() is not None:
        return process.returncode if process else None
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=DEADLINE_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise TestFailure(f"{what} did not stop on SIGTERM within {DEADLINE_S} s")


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, timeout=DEADLINE_S, **kwargs)


def make_certificates(openssl, directory):
    """A throwaway CA and a server certificate for 127.0.0.1 and localhost signed by it."""
    ca_key, ca_cert = f"{directory}/ca.key", f"{directory}/ca.pem"
    key, csr, cert = f"{directory}/server.key", f"{directory}/server.csr", f"{directory}/server.pem"
    ext = f"{directory}/server.ext"
    with open(ext, "w") as out:
        out.write("basicConstraints=critical,CA:FALSE\n"
                  "keyUsage=critical,digitalSignature\n"
                  "extendedKeyUsage=serverAuth\n"
                  "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                  "subjectKeyIdentifier=hash\n"
                  "authorityKeyIdentifier=keyid\n")
    steps = [
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "2", "-subj", "/CN=eHealth Bugs test CA", "-keyout", ca_key,
         "-out", ca_cert, "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        [openssl, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-subj", "/CN=localhost", "-keyout", key, "-out", csr],
        [openssl, "x509", "-req", "-in", csr, "-CA", ca_cert, "-CAkey", ca_key,
         "-CAcreateserial", "-days", "2", "-extfile", ext, "-out", cert],
    ]
    for step in steps:
        result = run(step)
        if result.returncode != 0:
            raise TestFailure(f"openssl failed: {' '.join(step)}\n{result.stderr}")
    return ca_cert, cert, key


def substitute(text, old, new, count):
    """Replaces `old` exactly `count` times, so that a changed sample fails here, loudly,
    instead of silently testing something else."""
    found = text.count(old)
    if found != count:
        raise TestFailure(f"the sample site has {found} x {old!r}, the test expects {count}")
    return text.replace(old, new)


def render_site(sample, tmp, https_port, http_port, server_port, cert, key):
    site = sample
    site = substitute(site, "listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;", 1)
    site = substitute(site, "listen [::]:443 ssl http2;\n", "", 1)
    site = substitute(site, "listen 80;", f"listen 127.0.0.1:{http_port};", 1)
    site = substitute(site, "listen [::]:80;\n", "", 1)
    site = substitute(site, "/etc/letsencrypt/live/bugs.example.org/fullchain.pem", cert, 1)
    site = substitute(site, "/etc/letsencrypt/live/bugs.example.org/privkey.pem", key, 1)
    # Both upstream entries point at the one test instance (SQLite: one instance only).
    site = substitute(site, "server 127.0.0.1:8081 ", f"server 127.0.0.1:{server_port} ", 1)
    site = substitute(site, "server 127.0.0.1:8082 ", f"server 127.0.0.1:{server_port} ", 1)
    site = substitute(site, "/var/log/nginx/", f"{tmp}/logs/", 4)
    site = substitute(site, "root /var/www/html;", f"root {tmp}/www;", 1)
    directives = "\n".join(line.split("#", 1)[0] for line in site.splitlines())
    leftovers = re.findall(r"(?:/etc|/var|/run)/\S*", directives)
    if leftovers:
        raise TestFailure(f"the rendered site still names system paths: {leftovers}")
    return site


def render_main(tmp, site_path):
    # What Debian's /etc/nginx/nginx.conf provides around the site, with every path temporary.
    # As root, workers would switch to "nobody", who cannot enter the private temp dir.
    user = "user root root;\n" if os.geteuid() == 0 else ""
    return (f"{user}worker_processes 1;\n"
            f"pid {tmp}/nginx.pid;\n"
            f"error_log {tmp}/logs/global.error.log info;\n"
            "events { worker_connections 64; }\n"
            "http {\n"
            f"    client_body_temp_path {tmp}/temp/body;\n"
            f"    proxy_temp_path {tmp}/temp/proxy;\n"
            f"    fastcgi_temp_path {tmp}/temp/fastcgi;\n"
            f"    uwsgi_temp_path {tmp}/temp/uwsgi;\n"
            f"    scgi_temp_path {tmp}/temp/scgi;\n"
            f"    include {site_path};\n"
            "}\n")


def report_json(report_id):
    now = datetime.now(timezone.utc).replace(microsecond=0)
    stamp = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps({
        "id": report_id,
        "revision": 1,
        "installation": str(uuid.uuid4()),
        "service": "recip-e",
        "started_at": stamp(now - timedelta(minutes=15)),
        "ended_at": None,
        "reported_at": stamp(now),
        "symptoms": ["timeout", "error_message"],
        "error_text": "SOA-00001: Recip-e service unavailable",
        "client": {"app_version": "0.1.0", "os": "Debian 12", "locale": "fr_BE"},
    }).encode()


class Client:
    """HTTPS to nginx, verified against the test CA, over one kept-alive connection."""

    def __init__(self, port, ca_cert, source="127.0.0.1"):
        self.port, self.source = port, source
        self.context = ssl.create_default_context(cafile=ca_cert)
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        if self.connection is None:
            self.connection = http.client.HTTPSConnection(
                "127.0.0.1", self.port, context=self.context, timeout=DEADLINE_S,
                source_address=(self.source, 0))
        self.connection.request(method, path, body=body, headers=headers or {})
        response = self.connection.getresponse()
        data = response.read()
        if response.will_close:
            self.close()
        return response.status, response, data

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def json_error_code(data):
    try:
        return json.loads(data)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


def exercise(https_port, http_port, ca_cert):
    client = Client(https_port, ca_cert)
    headers = {"Content-Type": "application/json"}
    report_id = str(uuid.uuid4())
    body = report_json(report_id)
    path = f"/api/v1/reports/{report_id}"

    status, response, data = client.request("PUT", path, body, headers)
    check(status == 201, f"PUT a new report through nginx over TLS -> 201 (got {status} {data!r})")
    answer = json.loads(data)
    check(answer.get("id") == report_id and answer.get("status") == "created",
          f"the answer names the report and says created ({answer})")
    check(response.getheader("Strict-Transport-Security", "").startswith("max-age="),
          "HSTS header on the answer")
    check(response.getheader("Server") == "nginx", "no nginx version in the Server header")

    status, _, data = client.request("PUT", path, body, headers)
    check(status == 200 and json.loads(data).get("status") == "replayed",
          f"the same PUT again -> 200 replayed (got {status} {data!r})")

    # Larger than client_max_body_size: nginx answers, the server never sees it.
    oversized = Client(https_port, ca_cert)
    big_id = str(uuid.uuid4())
    try:
        status, response, data = oversized.request(
            "PUT", f"/api/v1/reports/{big_id}", b"{" + b" " * (70 * 1024) + b"}", headers)
    finally:
        oversized.close()
    check(status == 413 and json_error_code(data) == "payload_too_large",
          f"a 70 KiB body -> 413 payload_too_large in the API's JSON shape (got {status} {data!r})")

    status, response, data = client.request("GET", "/api/v1/services")
    services = [service.get("id") for service in json.loads(data).get("services", [])]
    check(status == 200 and "recip-e" in services,
          f"GET /api/v1/services -> 200 with the catalogue (got {status}, {len(services)} services)")

    # /metrics is for this machine only; 127.0.0.2 is another loopback address.
    status, _, _ = Client(https_port, ca_cert, source="127.0.0.2").request("GET", "/metrics")
    check(status == 403, f"GET /metrics from 127.0.0.2 -> 403 (got {status})")
    status, _, _ = client.request("GET", "/metrics")
    check(status != 403, f"GET /metrics from 127.0.0.1 is passed to the server (got {status})")

    # Plain HTTP: the same PUT is redirected, method and body kept (308).
    plain = http.client.HTTPConnection("127.0.0.1", http_port, timeout=DEADLINE_S)
    plain.request("PUT", path, body=body, headers=headers)
    response = plain.getresponse()
    response.read()
    plain.close()
    location = response.getheader("Location", "")
    check(response.status == 308 and location.startswith("https://") and location.endswith(path),
          f"PUT over plain HTTP -> 308 to https (got {response.status} {location})")

    # The report limit: one PUT plus a burst of 20, then one a second (two PUTs were sent
    # above); the 429 is in the API's shape.
    accepted, limited = 2, None
    for _ in range(100):
        status, response, data = client.request("PUT", path, body, headers)
        if status == 429:
            limited = (response, data)
            break
        if status != 200:
            raise TestFailure(f"PUT {accepted + 1} within the burst -> {status} {data!r}")
        accepted += 1
    check(limited is not None and accepted >= 21,
          f"PUTs beyond the burst -> 429 (after {accepted} accepted PUTs, burst 20)")
    check(json_error_code(limited[1]) == "rate_limited"
          and limited[0].getheader("Retry-After") is not None,
          "the 429 says rate_limited with a Retry-After")
    status, _, _ = client.request("GET", "/api/v1/services")
    check(status == 200, f"other requests are still served meanwhile (got {status})")
    client.close()

    return report_id, big_id, accepted


def exercise_server_down(https_port, ca_cert):
    status, response, data = Client(https_port, ca_cert).request("GET", "/api/v1/services")
    check(status == 503 and json_error_code(data) == "service_unavailable"
          and response.getheader("Retry-After") is not None,
          f"with the server stopped -> 503 service_unavailable, Retry-After (got {status} {data!r})")


def check_logs(logs, accepted, big_id):
    """Read once nginx has stopped: it writes a log line after sending the answer."""
    with open(f"{logs}/ehealthbugs.access.log") as log:
        access_log = log.read()
    lines = access_log.splitlines()
    check(len(lines) == accepted + 8, f"the access log has a line per request ({len(lines)})")
    check(not re.search(r"\b127\.0\.0\.[12]\b", access_log),
          "the access log holds no client address")
    check(any('"GET /metrics ' in line and " up=- " not in line for line in lines),
          "the request for /metrics from 127.0.0.1 reached the server")
    check(any(f"PUT /api/v1/reports/{big_id} " in line and " 413 " in line and " up=- " in line
              for line in lines),
          "the 413 came from nginx (no upstream status in its log line)")
    with open(f"{logs}/ehealthbugs.error.log") as log:
        error_log = log.read()
    check("client:" not in error_log, "the site's error log holds no client address")


def start_server(server_binary, database, tmp):
    """The server, on a port of its choosing; it prints the address once it listens."""
    args = [server_binary, "serve", "--listen", "127.0.0.1:0", "--database", f"sqlite:{database}"]
    # Added with the server's own guards; pass it once the binary knows it.
    if "--trusted-proxy" in run([server_binary, "--help"]).stdout:
        args += ["--trusted-proxy", "127.0.0.1"]
    output = f"{tmp}/server.out"
    with open(output, "w") as out:
        server = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT,
                                  preexec_fn=die_with_parent)
    print("server: " + " ".join(args[1:]))
    deadline = time.monotonic() + DEADLINE_S
    while True:
        with open(output) as out:
            text = out.read()
        match = re.search(r"Listening on http://127\.0\.0\.1:(\d+)", text)
        if match:
            return server, int(match.group(1))
        if server.poll() is not None or time.monotonic() > deadline:
            stop(server, "the server")
            raise TestFailure(f"the server did not start:\n{text}")
        time.sleep(0.05)


def start_nginx(nginx, sample, tmp, server_port, cert, key):
    """nginx on two free loopback ports, from the rendered sample, after `nginx -t`."""
    logs = f"{tmp}/logs"
    site_path, conf_path = f"{tmp}/ehealthbugs.conf", f"{tmp}/nginx.conf"
    args = [nginx, "-p", tmp, "-c", conf_path, "-e", f"{logs}/startup.log"]
    # A free port can be taken between the probe and nginx's bind: try again then.
    for attempt in range(3):
        https_port, http_port = free_port(), free_port()
        with open(site_path, "w") as out:
            out.write(render_site(sample, tmp, https_port, http_port, server_port, cert, key))
        with open(conf_path, "w") as out:
            out.write(render_main(tmp, site_path))

        result = run(args + ["-t"])
        check(result.returncode == 0 and "test is successful" in result.stderr
              and "[warn]" not in result.stderr,
              "nginx -t accepts the rendered sample site without warnings"
              + ("" if "[warn]" not in result.stderr and result.returncode == 0
                 else f":\n{result.stderr}"))

        process = subprocess.Popen(args + ["-g", "daemon off;"], stderr=subprocess.PIPE,
                                   text=True, preexec_fn=die_with_parent)
        try:
            wait_for_port(https_port, process, "nginx")
            wait_for_port(http_port, process, "nginx")
            print(f"nginx: https 127.0.0.1:{https_port}, http 127.0.0.1:{http_port}")
            return process, https_port, http_port
        except TestFailure:
            stop(process, "nginx")
            errors = process.stderr.read()
            for log in ("startup.log", "global.error.log"):
                if os.path.exists(f"{logs}/{log}"):
                    with open(f"{logs}/{log}") as text:
                        errors += text.read()
            if "Address already in use" not in errors or attempt == 2:
                raise TestFailure(f"nginx did not start:\n{errors}")


def print_logs(tmp):
    names = [f"logs/{name}" for name in sorted(os.listdir(f"{tmp}/logs"))] + ["server.out"]
    for name in names:
        try:
            with open(f"{tmp}/{name}") as log:
                print(f"--- {name}\n{log.read()[-4000:]}", file=sys.stderr)
        except OSError:
            pass


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    server_binary, sample_path = sys.argv[1], sys.argv[2]
    # ctest's timeout or Ctrl+C: run the cleanup below instead of leaving processes behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped by SIGTERM"))

    tmp = tempfile.mkdtemp(prefix="ehb-nginx-")
    for directory in ("logs", "temp", "www"):
        os.makedirs(f"{tmp}/{directory}")
    database = f"{tmp}/server.sqlite"
    server = nginx = None
    ok = False
    try:
        nginx_binary, openssl = find_tool("nginx"), find_tool("openssl")
        with open(sample_path) as sample_file:
            sample = sample_file.read()
        ca_cert, cert, key = make_certificates(openssl, tmp)
        server, server_port = start_server(server_binary, database, tmp)
        nginx, https_port, http_port = start_nginx(nginx_binary, sample, tmp, server_port,
                                                   cert, key)

        report_id, big_id, accepted = exercise(https_port, http_port, ca_cert)

        check(stop(server, "the server") == 0, "the server stops cleanly on SIGTERM")
        exercise_server_down(https_port, ca_cert)
        check(stop(nginx, "nginx") == 0, "nginx stops cleanly")
        check_logs(f"{tmp}/logs", accepted, big_id)
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT revision, service FROM reports WHERE id = ?",
                              (report_id,)).fetchall()
            total = db.execute("SELECT count(*) FROM reports").fetchone()[0]
        check(rows == [(1, "recip-e")], f"the report is in the server's database ({rows})")
        check(total == 1, f"and nothing else is: the oversized one never arrived ({total} rows)")
        ok = True
    except TestFailure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
    finally:
        for process, what in ((nginx, "nginx"), (server, "the server")):
            try:
                stop(process, what)
            except TestFailure as failure:
                print(f"FAIL: {failure}", file=sys.stderr)
                ok = False
        if not ok:
            print_logs(tmp)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
