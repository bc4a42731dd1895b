"""The "Is this the right service for me?" check: its content and its state machine."""
