"""``ti2py demo``: convert the bundled URL-session sample and run it against a local server.

No network and no account: the sample's raw.github.com image URL is rewritten to a server on
127.0.0.1 that this command starts and stops.
"""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path
from typing import TextIO

from ti2py.runtime.paths import write_atomically

from .cli import report
from .pipeline import convert

SAMPLE = "seed/url_session_download.js"
BUTTON = "Download Image (url)"
REMOTE_PREFIX = "https://raw.github.com/appcelerator-developer-relations/KitchenSink/master/Resources/"


def sample_source() -> str:
    checkout = Path(__file__).resolve().parent.parent / "samples" / SAMPLE
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    return resources.files("ti2py.samples").joinpath(SAMPLE).read_text(encoding="utf-8")


def run_demo(out: TextIO, err: TextIO, keep: Path | None = None, plain: bool = False) -> int:
    from ti2py.runtime.devserver import DevServer
    from ti2py.runtime.runner import Action, RunOptions, run_app

    source = sample_source()
    result = convert(source, "app.js")
    report(result, err)
    if result.code is None:
        return 1
    with tempfile.TemporaryDirectory(prefix="ti2py-demo-") as folder:
        home = keep or Path(folder)
        target = home / "app.py"
        write_atomically(target, result.code)
        if keep is not None:
            write_atomically(home / "app.js", source)
            print(f"== wrote the bundled sample (the seed's URL-session example) to {home / 'app.js'}, "
                  f"converted to {target}", file=out)
        else:
            print("== converted the bundled sample (the seed's URL-session example) in a temporary folder, "
                  "deleted on exit (ti2py demo --keep DIR keeps app.js and app.py)", file=out)
        print(f"== {len(result.code.splitlines())} lines of Python; first lines of main():", file=out)
        body = result.code.split("def main():", 1)[1].splitlines()[1:9]
        for line in body:
            print(f"   {line}", file=out)
        with DevServer(rate=2_000_000) as server:
            print(f"== local server on {server.url} stands in for raw.github.com", file=out)
            print(f"== running the app, then tapping '{BUTTON}'", file=out, flush=True)
            options = RunOptions(
                actions=[Action("tap", BUTTON)],
                url_map=[(REMOTE_PREFIX, server.url)],
                timeout=60,
                data_dir=Path(folder) / "data",
                trace=True,
                live=False if plain else None,
                name="demo",
            )
            code = run_app(target, options, out, err)
            print(f"== done (exit {code}); the server answered {len(server.requests)} request(s)", file=out)
        if keep is not None:
            print(f"== try it yourself: in another terminal, ti2py serve {home} (the same local server, on port 8000), "
                  "then", file=out)
            print(f"   ti2py run {target} --tap '{BUTTON}' --url-map https://raw.github.com/=http://127.0.0.1:8000/",
                  file=out)
        else:
            print("== try it yourself: ti2py demo --keep gallery, then the two commands it prints", file=out)
        return code
