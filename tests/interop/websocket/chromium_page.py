#!/usr/bin/python3
"""Opens a page in headless Chromium and waits for its verdict, for ProtoViz's interop tests.

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no port to find, nothing
listening): opens URL in a fresh profile, then reads the text of the element with id "result" until it
starts with PASS or FAIL (the page writes it when its WebSocket exchange is over), prints it, and exits
0 for PASS. Chromium is always terminated and its profile removed; the whole run is bounded by --timeout.

usage: chromium_page.py URL [--timeout SECONDS] [--chromium PROGRAM]
"""
import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time


class DevTools:
    def __init__(self, write_fd, read_fd):
        self.write_fd = write_fd
        self.read_fd = read_fd
        self.buffer = b""
        self.next_id = 0

    def call(self, method, params, deadline, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer to {method}")
            ready, _, _ = select.select([self.read_fd], [], [], left)
            if ready:
                chunk = os.read(self.read_fd, 65536)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buffer += chunk


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--chromium", default="chromium")
    arguments = parser.parse_args()
    deadline = time.monotonic() + arguments.timeout
    profile = tempfile.mkdtemp(prefix="protoviz-chromium-")
    to_chromium_read, to_chromium_write = os.pipe()
    from_chromium_read, from_chromium_write = os.pipe()

    def child_fds():
        os.dup2(to_chromium_read, 3)
        os.dup2(from_chromium_write, 4)

    process = subprocess.Popen(
        [arguments.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank"],
        pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_chromium_read)
    os.close(from_chromium_write)
    verdict = ""
    try:
        devtools = DevTools(to_chromium_write, from_chromium_read)
        target = devtools.call("Target.createTarget", {"url": arguments.url}, deadline)["targetId"]
        session = devtools.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                deadline)["sessionId"]
        expression = "(document.getElementById('result') || {}).textContent || ''"
        while not verdict.startswith(("PASS", "FAIL")):
            result = devtools.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   deadline, session)
            verdict = str(result.get("result", {}).get("value", ""))
            if not verdict.startswith(("PASS", "FAIL")):
                time.sleep(0.1)
        print(verdict, flush=True)
    except Exception as error:  # the test reads the reason from the output
        print(f"error {type(error).__name__}: {error} (last: {verdict!r})", flush=True)
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        os.close(to_chromium_write)
        os.close(from_chromium_read)
        shutil.rmtree(profile, ignore_errors=True)
    return 0 if verdict.startswith("PASS") else 1


if __name__ == "__main__":
    sys.exit(main())
