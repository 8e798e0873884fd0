"""A loopback fault server and the list of fault and hostile-input cases (tests and bench/faults.py share them)."""
