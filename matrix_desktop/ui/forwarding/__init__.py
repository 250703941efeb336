"""The Matrix (who amplifies whom) and Forwarding (plans, approval, campaigns) areas."""
