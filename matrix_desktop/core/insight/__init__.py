"""Insight: how the matrix is doing — follower history, the interactive-fan ratio, today's work,
keyword monitoring, the page-setup and following-list audits. Pure rules and records, no I/O."""
