from __future__ import annotations

import subprocess
import sys
import time

from bench.cpu import cpu_by_service, per_request_ms

BURN = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ninput()"


def test_a_process_groups_cpu_time_is_counted_and_divided_per_request():
    child = subprocess.Popen([sys.executable, "-c", BURN], stdin=subprocess.PIPE, start_new_session=True)
    try:
        groups = {"burner": child.pid, "nobody": 2**22 + 1}
        before = dict.fromkeys([*groups, "postgres"], 0.0)
        deadline = time.monotonic() + 10
        spent = cpu_by_service(groups)
        while spent["burner"] < 0.3 and time.monotonic() < deadline:
            time.sleep(0.05)
            spent = cpu_by_service(groups)
        assert spent["nobody"] == 0.0
        figures = per_request_ms(before, spent, requests=100)
        assert figures["burner"] >= 3.0 and figures["total"] >= figures["burner"]
    finally:
        child.communicate(b"\n", timeout=10)
