"""Render the sample reports as an HTML report and photograph it with headless Chromium, to see
what an editor sees: ``bench/html-report.png``.

    python bench/html_screenshot.py [--open N]

Needs Chromium (Debian: ``apt-get install chromium``) and a CJK font (``fonts-wqy-microhei``).
``--open N`` shows the page with the explanation of the first file's N-th finding open, as
hovering it would. Not a test: CI may lack Chromium.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "html-report.png"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--window-size=1200,1600",
]


def html_report() -> str:
    from checker.cli import main

    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        main(["check", "seeds", "--format", "html", "-o", str(page)])
        return page.read_text(encoding="utf-8")


def screenshot(html: str, output: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium not found (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(html, encoding="utf-8")
        profile = Path(folder) / "profile"
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={output}",
                        page.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", type=int, metavar="N",
                        help="open the explanation of the N-th finding of the first file")
    args = parser.parse_args()
    os.chdir(ROOT)  # the report names the files as seeds/…
    html = html_report()
    if args.open is not None:
        html = html.replace("</style>", f"#file0-{args.open} .tip {{ display: block; }}</style>", 1)
    screenshot(html, OUTPUT)
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
