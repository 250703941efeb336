"""The Accounts area: the registry of the matrix's accounts."""
