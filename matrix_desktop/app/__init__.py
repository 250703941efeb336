"""The composition root: builds services from settings, and the command line."""
