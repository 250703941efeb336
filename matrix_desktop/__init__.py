"""Matrix Desktop: run a company's Weibo matrix from one local-first desktop app."""

__version__ = "0.1.0"
