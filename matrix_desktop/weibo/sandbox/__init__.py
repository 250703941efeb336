"""A local Weibo Open API v2 emulator: same paths, parameters, JSON shapes, error codes and limits.

`server.SandboxServer` runs it; `demo` holds the demo company 星河乳业 and its ground truth.
"""
