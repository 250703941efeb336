"""The interaction inbox's Qt-free heart: triage, the answer manual, suggested replies and the tone guard.

Seeds 001–004 say it plainly: no interaction, no Weibo; an unanswered complaint becomes a crisis; the
after-sales answer manual belongs in the Weibo team's hands; crisis signs go to PR at once.
"""

