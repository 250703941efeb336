"""The insight areas: Today (the home page), analytics with charts, keyword monitoring, audits."""
