"""The interaction inbox (list, conversation, keyboard triage) and the review queue with the answer manual."""
