"""The training sinks: where consented, masked text goes (the consent gate that decides
is `piiguard.consent.gate`).

Import from the modules: `.sink`, `.jsonl`, `.redis_stream`, `.memory`, `.retention`.
"""
