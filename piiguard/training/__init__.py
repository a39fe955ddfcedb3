"""The consent gate and the training sinks: where consented, masked text goes.

Import from the modules: `piiguard.training.gate`, `.sink`, `.jsonl`,
`.redis_stream`, `.memory`, `.retention`.
"""
