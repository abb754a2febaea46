"""Output capture: per case, per run, and a live stream to the JavaScript side.

Everything printed goes through one Sink. The sink keeps the first `case_cap` characters of the
current case and the first `run_cap` characters of the whole run (counting the rest), and
forwards up to `run_cap` characters to the real stdout, which Pyodide hands to JavaScript as
the live output stream.
"""
import io
import sys

STREAM_CUT_NOTICE = "\n… [output truncated]\n"


class Sink:
    def __init__(self, case_cap, run_cap):
        self.case_cap = case_cap
        self.run_cap = run_cap
        self.stream = sys.__stdout__
        self.run_parts, self.run_len, self.run_total = [], 0, 0
        self.case_parts, self.case_len, self.case_total = [], 0, 0
        self.streamed = 0
        self.stream_cut = False
        self.quiet = False

    def write(self, text):
        n = len(text)
        if not n:
            return 0
        if self.quiet:
            # A hidden case: its output would reveal its inputs, so it is counted, never kept.
            return n
        self.run_total += n
        self.case_total += n
        if self.run_len < self.run_cap:
            part = text[: self.run_cap - self.run_len]
            self.run_parts.append(part)
            self.run_len += len(part)
        if self.case_len < self.case_cap:
            part = text[: self.case_cap - self.case_len]
            self.case_parts.append(part)
            self.case_len += len(part)
        self._forward(text)
        return n

    def _forward(self, text):
        if self.stream is None:
            return
        try:
            if self.streamed < self.run_cap:
                part = text[: self.run_cap - self.streamed]
                self.streamed += len(part)
                self.stream.write(part)
                self.stream.flush()
            elif not self.stream_cut:
                self.stream_cut = True
                self.stream.write(STREAM_CUT_NOTICE)
                self.stream.flush()
        except (OSError, ValueError):
            pass

    def begin_case(self):
        self.case_parts, self.case_len, self.case_total = [], 0, 0

    def end_case(self):
        """(kept text, total characters) of the current case."""
        return "".join(self.case_parts), self.case_total

    def run_output(self):
        return "".join(self.run_parts), self.run_total


class Writer(io.TextIOBase):
    """A text stream (sys.stdout / sys.stderr replacement) that writes into a Sink."""

    def __init__(self, sink, name):
        super().__init__()
        self._sink = sink
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        return self._sink.write(text)
