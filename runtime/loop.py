"""The app's event loop: one thread runs app code, one event at a time, as in JavaScript.

Anything may *post* work (transfers on the network thread, timers, test drivers); only the
thread inside :meth:`EventLoop.run_until_idle` *runs* it.  "Idle" means: nothing queued, no
timer due or pending, and no outstanding work (transfers in flight) registered with
:meth:`EventLoop.hold`.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections import deque
from typing import Any, Callable


class Timer:
    """A scheduled callback; ``cancel()`` stops it."""

    __slots__ = ("due", "callback", "interval", "cancelled", "keeps_alive")

    def __init__(self, due: float, callback: Callable[[], Any], interval: float | None, keeps_alive: bool) -> None:
        self.due = due
        self.callback = callback
        self.interval = interval
        self.cancelled = False
        self.keeps_alive = keeps_alive

    def cancel(self) -> None:
        self.cancelled = True


class EventLoop:
    """A single-threaded run queue with timers and a count of outstanding outside work."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._queue: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._microtasks: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._timers: list[tuple[float, int, Timer]] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._holds = 0
        self._job_started: float | None = None  # the loop's "now" while a job runs
        self.on_error: Callable[[BaseException], None] = lambda exc: None

    # -- posting (any thread) ------------------------------------------------------------------
    def post(self, callback: Callable[..., Any], *args: Any) -> None:
        with self._cond:
            self._queue.append((callback, args))
            self._cond.notify_all()

    def queue_microtask(self, callback: Callable[..., Any], *args: Any) -> None:
        """Run ``callback`` when the current job ends, before any other job or timer (promise
        reactions).  App thread only: microtasks come from app code."""
        self._microtasks.append((callback, args))

    def call_later(self, delay: float, callback: Callable[[], Any], *, interval: float | None = None, keeps_alive: bool = True) -> Timer:
        """Run ``callback`` after ``delay`` seconds (again every ``interval`` if given).

        A timer with ``keeps_alive=False`` fires if the loop is still running but does not keep
        it from being idle (used for OS housekeeping such as handler expiry)."""
        # Delays count from when the running job started, as JS engines count from their loop's
        # cached time: timers set in one job keep their order however long the job takes.
        base = self._job_started if self._job_started is not None else self._clock()
        timer = Timer(base + max(0.0, delay), callback, interval, keeps_alive)
        with self._cond:
            heapq.heappush(self._timers, (timer.due, next(self._seq), timer))
            self._cond.notify_all()
        return timer

    def hold(self) -> None:
        """Register outstanding outside work (e.g. a transfer); the loop is not idle until released."""
        with self._cond:
            self._holds += 1

    def release(self) -> None:
        with self._cond:
            self._holds -= 1
            self._cond.notify_all()

    # -- running (the app thread) --------------------------------------------------------------
    def _pending_timer(self) -> Timer | None:
        while self._timers and self._timers[0][2].cancelled:
            heapq.heappop(self._timers)
        return self._timers[0][2] if self._timers else None

    def is_idle(self) -> bool:
        with self._cond:
            return self._idle_locked()

    def _idle_locked(self) -> bool:
        if self._queue or self._holds or self._microtasks:
            return False
        return not any(t.keeps_alive and not t.cancelled for _, _, t in self._timers)

    def run_until_idle(self, timeout: float | None = None) -> bool:
        """Run callbacks until idle; return True if idle, False if ``timeout`` ran out first."""
        deadline = None if timeout is None else self._clock() + timeout
        while True:
            with self._cond:
                job = self._next_job_locked()
                if job is None:
                    if self._idle_locked():
                        return True
                    now = self._clock()
                    if deadline is not None and now >= deadline:
                        return False
                    timer = self._pending_timer()
                    wait = None if timer is None else max(0.0, timer.due - now)
                    if deadline is not None:
                        wait = deadline - now if wait is None else min(wait, deadline - now)
                    self._cond.wait(wait if wait is None else max(wait, 0.0005))
                    continue
            self._run(job)

    def _next_job_locked(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        if self._microtasks:  # queued outside a job (a Python caller): run them first
            return self._drain_microtasks, ()
        if self._queue:
            return self._queue.popleft()
        timer = self._pending_timer()
        if timer is not None and timer.due <= self._clock():
            heapq.heappop(self._timers)
            if timer.interval is not None:
                timer.due = self._clock() + timer.interval
                heapq.heappush(self._timers, (timer.due, next(self._seq), timer))
            return timer.callback, ()
        return None

    def _run(self, job: tuple[Callable[..., Any], tuple[Any, ...]]) -> None:
        self._job_started = self._clock()
        self._call(*job)
        self._drain_microtasks()
        self._job_started = None

    def _drain_microtasks(self) -> None:
        while self._microtasks:
            self._call(*self._microtasks.popleft())

    def _call(self, callback: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            callback(*args)
        except Exception as exc:  # an app handler failed: log it, keep the loop going (as JS does)
            self.on_error(exc)
